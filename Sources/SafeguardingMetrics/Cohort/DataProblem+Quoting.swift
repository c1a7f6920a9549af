extension DataProblem {
    /// The most characters of an input value a problem's reason quotes (before the ellipsis).
    public static let quotedValueLimit = 40

    /// One offending value as a problem's reason quotes it: in single quotes, shortened to
    /// ``quotedValueLimit`` characters with an ellipsis, line breaks and other control characters
    /// shown as spaces.
    ///
    /// Reasons quote the one value that is wrong, never a whole row: a diagnostic goes to a
    /// terminal, a log or a ticket, where a child's identifier beside their date of birth must not.
    ///
    /// ```swift
    /// DataProblem.quote("31/02/2010")              // '31/02/2010'
    /// DataProblem.quote(String(repeating: "x", count: 50))
    /// // 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
    /// ```
    public static func quote(_ value: some StringProtocol) -> String {
        var shown = ""
        var count = 0
        for character in value {
            if count == quotedValueLimit { return "'" + shown + "…'" }
            shown.append(character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } ? " " : character)
            count += 1
        }
        return "'" + shown + "'"
    }
}
