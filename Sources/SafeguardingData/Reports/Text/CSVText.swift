import Foundation

/// CSV output: RFC 4180 quoting, one header row, `\n` line ends.
package struct CSVText: Sendable {
    /// The table so far.
    package private(set) var text = ""

    /// Starts a table with `header`.
    package init(header: [String]) {
        append(header)
    }

    /// Appends one row; `nil` fields are written empty.
    package mutating func append(_ fields: [String?]) {
        text += fields.map { CSVText.quote($0 ?? "") }.joined(separator: ",") + "\n"
    }

    /// A field, quoted when it holds a comma, quote or line break.
    package static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
