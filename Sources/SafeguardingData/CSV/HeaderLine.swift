/// How an error about a CSV header line describes that line without echoing a row of data.
///
/// A file whose header line is missing has a row of data as its first line: for a return, a
/// child's identifier, date of birth and ethnicity. Errors name the columns of a line only when
/// every field looks like a column name (it starts with a letter, has no more digits than
/// letters, and is not long); otherwise they say that the line looks like data and give its
/// number of fields, so no child-level record reaches a terminal or a log.
enum HeaderLine {
    /// The most fields an error lists.
    static let listedFields = 40

    /// Whether `field` looks like a column name rather than a value.
    static func looksLikeName(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first, first.properties.isAlphabetic,
              field.count <= DataProblem.quotedValueLimit else { return false }
        let letters = field.unicodeScalars.filter(\.properties.isAlphabetic).count
        let digits = field.unicodeScalars.filter { $0.properties.numericType != nil }.count
        return digits <= letters
    }

    /// `names` joined with `separator` when every non-blank one looks like a column name (and
    /// there are not too many to list); `nil` when the line looks like a row of data.
    static func listed(_ names: [String], separator: String) -> String? {
        let written = names.filter { !$0.isEmpty }
        guard !written.isEmpty, written.count <= listedFields, written.allSatisfy(looksLikeName) else { return nil }
        return names.joined(separator: separator)
    }

    /// "line 1 looks like a row of data (N fields), not a header line; is the header line missing?"
    static func looksLikeData(_ names: [String]) -> String {
        "line 1 looks like a row of data (\(names.count) field\(names.count == 1 ? "" : "s")), not a header line; "
            + "is the header line missing?"
    }
}
