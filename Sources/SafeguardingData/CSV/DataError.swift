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

/// An input file that cannot be read at all, or a value that stops a whole file from loading.
///
/// Problems confined to one row are not thrown: readers reject the row, record a problem with its
/// location and go on, so that every row is accounted for.
@frozen
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in words a person can act on.
    public var reason: String

    /// Creates an error at `location`.
    public init(_ reason: String, at location: SourceLocation) {
        self.reason = reason
        self.location = location
    }

    /// `file:line[:column]: reason`.
    public var description: String { "\(location): \(reason)" }
}
