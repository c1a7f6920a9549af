extension DataProblem {
    /// The most characters of an input value a problem's reason quotes (before the ellipsis).
    public static let quotedValueLimit = 40

    /// The most characters of a child-level field a reason quotes: the longest date
    /// (`dd/mm/yyyy`) or code of a return. A child's identifier and a date of birth cannot both
    /// fit, even in a value where damaged quoting or a lost line break has run fields together.
    public static let fieldValueLimit = 10

    /// One offending value as a problem's reason quotes it: in single quotes, cut with an
    /// ellipsis after `limit` characters or at a line break or other control character, whichever
    /// comes first.
    ///
    /// Reasons quote the one value that is wrong, never a whole row: a diagnostic goes to a
    /// terminal, a log or a ticket, where a child's identifier beside their date of birth must
    /// not. Quote a child-level field (a date, a code, an identifier) with ``fieldValueLimit``.
    ///
    /// ```swift
    /// DataProblem.quote("31/02/2010")                                   // '31/02/2010'
    /// DataProblem.quote("16/06/2011591038", limit: DataProblem.fieldValueLimit)   // '16/06/2011…'
    /// DataProblem.quote("first line\nsecond line")                      // 'first line…'
    /// ```
    public static func quote(_ value: some StringProtocol, limit: Int = quotedValueLimit) -> String {
        var shown = ""
        var count = 0
        for character in value {
            if count == limit || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return "'" + shown + "…'"
            }
            shown.append(character)
            count += 1
        }
        return "'" + shown + "'"
    }
}
