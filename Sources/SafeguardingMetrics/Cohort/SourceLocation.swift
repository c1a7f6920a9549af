/// A place in an input file: the file, the line (the header is line 1) and, when known, the
/// column and its name: in a CSV file the 1-based field number, in an XML file the 1-based
/// position in the line, counted in bytes.
@frozen
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as given.
    public var file: String
    /// The line, counting from 1 (the header line of a CSV is 1).
    public var line: Int
    /// The 1-based column, when known: the field number in a CSV file, the byte position in the
    /// line in an XML file.
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
