import SafeguardingMetrics

/// The returns the rows of one SSDA903 CSV file name in their `LA` and `YEAR` columns, each
/// claimed in ``ReturnClaims`` when a row first names it, so that a file holding several returns
/// (as the LIIA pipelines write them) never reads a second time a return an earlier file gave.
///
/// A row of a return that another file, first in sorted path order, already gave is left unread:
/// it is neither accepted nor rejected, and it is tallied here, so that the file's report says
/// how many rows of which return, on which lines, were left unread and which file gave that return.
/// Rows of the file's other returns are read as usual.
struct ReturnsNamedByRows {
    /// A return an earlier file gave, and this file's rows of it.
    struct Held: Sendable {
        /// The return.
        var context: ReturnContext
        /// The file that gave it.
        var first: String
        /// This file's rows of it, all left unread.
        var rows = 0
        /// The first and last line of those rows.
        var firstLine: Int
        var lastLine: Int
    }

    /// The table the file holds.
    let table: String
    /// The file.
    let path: String
    /// The `LA` and `YEAR` bytes of the last row looked at (with a separator), so that the return
    /// is worked out again only when a row names another.
    private var lastNamed: [UInt8] = []
    private var lastWasLooked = false
    /// The position in ``held`` of the last row's return; `nil` when that return is this file's
    /// to read (or the row names none, and is judged by the reader).
    private var lastHeld: Int?
    /// The returns other files gave, in the order this file first names them.
    private(set) var held: [Held] = []

    /// Creates the tally of a file of `table`.
    init(table: String, path: String) {
        self.table = table
        self.path = path
    }

    /// Whether the current row of `rows` belongs to a return another file already gave: then it
    /// is tallied, and must be left unread. The first row of each return claims it for this file.
    mutating func leavesUnread<Source: FieldSource>(_ rows: RowContext<Source>, claims: inout ReturnClaims) -> Bool {
        let reader = rows.reader
        let same = lastWasLooked && reader.withField(rows.laColumn) { authority in
            reader.withField(rows.yearColumn) { year in
                authority.count + 1 + year.count == lastNamed.count
                    && authority.elementsEqual(lastNamed.prefix(authority.count))
                    && year.elementsEqual(lastNamed.suffix(year.count))
            }
        }
        if !same {
            lastWasLooked = true
            lastNamed = reader.withField(rows.laColumn) { Array($0) } + [0] + reader.withField(rows.yearColumn) { Array($0) }
            lastHeld = nil
            // The return the reader files the row under: the columns', or the file's own when the
            // row's LA is blank (a row it cannot place is the reader's to reject).
            let named = rows.isBlank(rows.laColumn) ? rows.fixedContext : rows.ownContext()
            if let named, let first = claims.claim([table], of: named, for: path) {
                if let index = held.firstIndex(where: { $0.context == named }) {
                    lastHeld = index
                } else {
                    held.append(Held(context: named, first: first, firstLine: reader.line, lastLine: reader.line))
                    lastHeld = held.count - 1
                }
            }
        }
        guard let index = lastHeld else { return false }
        held[index].rows += 1
        held[index].lastLine = reader.line
        return true
    }

    /// One warning for each return left unread: its rows, their lines, and the file that gave it.
    var warnings: [DataProblem] {
        held.map { held in
            let lines = held.firstLine == held.lastLine ? "line \(held.firstLine)" : "lines \(held.firstLine)-\(held.lastLine)"
            let rows = held.rows == 1 ? "1 row (\(lines)) holds" : "\(held.rows) rows (\(lines)) hold"
            let they = held.rows == 1 ? "it is" : "they are"
            return DataProblem("\(rows) the \(table) of the return of \(held.context.authority) for collection year "
                               + "\(held.context.collectionYear), which \(held.first) already gave; \(they) left unread "
                               + "(of two files of one return, the first in sorted path order is read)",
                               at: SourceLocation(file: path, line: held.firstLine), severity: .warning)
        }
    }
}
