extension FileReport {
    /// The ``table`` of the report of a file left unread because the same file (by device and
    /// inode, whatever path or link reached it) was already read.
    public static let duplicateTable = "duplicate"

    /// The report of `path`, the same file as `first` reached again: no rows, one warning naming
    /// both paths. The file is read once, as `first`.
    public init(duplicate path: String, of first: String) {
        self.init(path: path, table: FileReport.duplicateTable)
        note(DataProblem("this is the same file as \(first), already read; it is read once",
                         at: SourceLocation(file: path, line: 0), severity: .warning))
    }

    /// Whether this is the report of a file left unread as a duplicate of one already read.
    public var isDuplicate: Bool { table == FileReport.duplicateTable }
}
