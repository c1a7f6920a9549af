/// A small CSV file held in memory as strings: a header and numbered rows.
///
/// For reference files (neighbour lists, published tables, frameworks, populations) where
/// convenience matters more than speed. Large record files go through ``CSVReader`` directly.
///
/// ```swift
/// let table = try CSVTable(path: "statistical_neighbours_2025_long.csv")
/// let rank = table.columnIndex("sn_rank")!
/// for row in table.rows { print(row.line, row.fields[rank]) }
/// ```
public struct CSVTable: Sendable, Hashable {
    /// One data row, with the line it starts on.
    public struct Row: Sendable, Hashable {
        /// The line the row starts on (the header is line 1).
        public var line: Int
        /// The fields, as many as the row has (which may differ from the header).
        public var fields: [String]

        /// Creates a row.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        /// Field `index`, or an empty string when the row is shorter.
        public subscript(index: Int) -> String {
            index < fields.count ? fields[index] : ""
        }
    }

    /// The file path, or the name given to in-memory data.
    public var path: String
    /// The header's column names, with surrounding blanks removed.
    public var header: [String]
    /// The data rows, in file order; blank lines are left out and counted in ``blankLines``.
    public var rows: [Row]
    /// How many blank lines the file had after the header.
    public var blankLines: Int

    /// Reads a whole CSV file.
    ///
    /// - Throws: ``DataError`` when the file cannot be read or has no header line.
    public init(path: String) throws(DataError) {
        try self.init(reader: CSVReader(path: path))
    }

    /// Reads CSV text held in memory; `name` stands in for the path in locations.
    public init(text: String, name: String) throws(DataError) {
        try self.init(reader: CSVReader(bytes: Array(text.utf8), name: name))
    }

    /// A table of cells already read (from a worksheet): `path` names it in locations.
    package init(path: String, header: [String], rows: [Row]) {
        self.path = path
        self.header = header.map { $0.trimmingCharacters(in: " \t") }
        self.rows = rows
        self.blankLines = 0
    }

    /// Reads every record of `reader`, the first being the header.
    public init(reader: CSVReader) throws(DataError) {
        guard try reader.next(), !reader.isBlankLine else {
            throw DataError("the file is empty: expected a header line", at: SourceLocation(file: reader.path, line: 1))
        }
        path = reader.path
        header = reader.strings().map { $0.trimmingCharacters(in: " \t") }
        rows = []
        blankLines = 0
        while try reader.next() {
            if reader.isBlankLine { blankLines += 1; continue }
            rows.append(Row(line: reader.line, fields: reader.strings()))
        }
    }

    /// The 0-based index of the column named `name` (compared without regard to case).
    public func columnIndex(_ name: String) -> Int? {
        let wanted = name.lowercased()
        return header.firstIndex { $0.lowercased() == wanted }
    }

    /// The location of field `column` (0-based) of `row`, for problems and errors.
    public func location(of row: Row, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: row.line, column: column.map { $0 + 1 },
                       columnName: column.flatMap { $0 < header.count ? header[$0] : nil })
    }
}

extension String {
    /// The string without leading and trailing characters from `characters`.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
