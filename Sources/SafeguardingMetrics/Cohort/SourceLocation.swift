/// A place in an input file: the file, the line (the header is line 1) and, when known, the
/// column (1-based field number) and its name.
@frozen
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as given.
    public var file: String
    /// The line, counting from 1 (the header line of a CSV is 1).
    public var line: Int
    /// The 1-based column (field number), when the problem is in one field.
    public var column: Int?
    /// The column's name from the header, when known.
    public var columnName: String?

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil, columnName: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
    }

    /// `file:line:column (NAME)`, the form compilers use, so editors can jump to it.
    public var description: String {
        var text = "\(file):\(line)"
        if let column { text += ":\(column)" }
        if let columnName { text += " (\(columnName))" }
        return text
    }
}
