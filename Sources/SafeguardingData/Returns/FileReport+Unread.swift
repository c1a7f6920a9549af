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

extension FileReport {
    /// The ``table`` of the report of an entry of an input folder left unread because it is not a
    /// regular file (a FIFO, socket or device).
    public static let skippedTable = "skipped"

    /// The report of an entry of an input folder that is not a regular file: no rows, one warning.
    public init(skipped path: String) {
        self.init(path: path, table: FileReport.skippedTable)
        note(DataProblem("not a regular file (a FIFO, socket or device) in an input folder; it is skipped",
                         at: SourceLocation(file: path, line: 0), severity: .warning))
    }

    /// Whether the file was left unread: a duplicate of a file already read, a second file of a
    /// return already read, or an entry of a folder that is not a regular file. Its report has
    /// one warning saying which.
    public var isUnread: Bool {
        table == FileReport.duplicateTable || table == FileReport.skippedTable || table == FileReport.sameReturnTable
    }
}

extension FileReport {
    /// The ``table`` of the report of a file left unread because another file, read first, holds
    /// the same table of the same return (authority and collection year).
    public static let sameReturnTable = "same_return"

    /// The report of `path`, a file of the table `table` of the return `context`, which the file
    /// `first` already gave: no rows, one warning naming both paths. Only `first` is read: two
    /// copies of a return are never merged record by record.
    public init(sameReturn path: String, table: String, as first: String, context: ReturnContext) {
        self.init(path: path, table: FileReport.sameReturnTable)
        note(DataProblem("this file holds the \(table) of the return of \(context.authority) for collection year "
                         + "\(context.collectionYear), which \(first) already gave; only \(first) is read "
                         + "(of two files of one return, the first in sorted path order)",
                         at: SourceLocation(file: path, line: 0), severity: .warning))
    }
}
