extension BoardReport {
    /// What ``explainCommand(indicator:authority:period:inputs:)`` writes for the returns when it
    /// is not given their paths.
    public static let returnsPlaceholder = "DIR"

    /// `argument` as a POSIX shell reads it back as one word: unchanged when it is only letters,
    /// digits and `_ @ % + = : , . / -` (and not empty), else in single quotes, each `'` in it
    /// written `'\''`.
    ///
    /// ```swift
    /// BoardReport.shellQuoted("/data/returns")        // /data/returns
    /// BoardReport.shellQuoted("/data/our returns")    // '/data/our returns'
    /// BoardReport.shellQuoted("/data/council's")      // '/data/council'\''s'
    /// ```
    public static func shellQuoted(_ argument: String) -> String {
        let plain = !argument.isEmpty && argument.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "@", "%", "+", "=", ":", ",", ".", "/", "-": true
            default: false
            }
        }
        if plain { return argument }
        return "'" + argument.replacing("'", with: "'\\''") + "'"
    }
}
