/// Reads SSDA903 CSV files into a ``SafeguardingMetrics/CohortBuilder``, streaming, with no allocation per row.
///
/// Which table a file holds is recognised from its header columns. Which authority and year its
/// rows belong to comes from `LA` and `YEAR` columns when the file has them, otherwise from the
/// ``ReturnContext`` given (the folder layout `…/<LA code>/<YYYY>/…`).
///
/// Row policy (every row is accepted or rejected, never dropped):
/// - rejected (error): no `CHILD`; a key date (`DECOM`, `MIS_START`) blank or unreadable; an
///   unreadable `DEC` or `MIS_END` (an episode whose end cannot be read cannot be placed in time);
///   any unreadable date in the tables no indicator uses.
/// - kept with a warning: a code not in its code list (stored as invalid and counted as coverage),
///   an unreadable `DOB` (age unknown), an SDQ score outside 0-40, a row with more or fewer fields
///   than the header, a stray quote.
/// - a quote that is never closed rejects the line it opens on (an error naming that line and
///   field), and reading goes on with the next line: rows are never merged.
/// - a field, line or record past the reader's ``ReadLimits`` stops the read with a ``DataError``.
public struct SSDA903CSVReader: Sendable {
    /// How authority text in an `LA` column (or a folder name) becomes an authority code.
    public var resolveAuthority: @Sendable (String) -> String?
    /// How two-digit years in dates are read.
    public var twoDigitYears: TwoDigitYearPolicy
    /// The largest field, line and record the reader accepts.
    public var limits: ReadLimits

    /// Creates a reader. By default authorities are read with the bundled directory (E-code, DfE number or name).
    public init(resolveAuthority: @escaping @Sendable (String) -> String? = ReturnContext.bundledAuthorities,
                twoDigitYears: TwoDigitYearPolicy = .posix, limits: ReadLimits = .standard) {
        self.resolveAuthority = resolveAuthority
        self.twoDigitYears = twoDigitYears
        self.limits = limits
    }

    /// Reads one file into `builder`.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - context: the authority and year of the return, when the file has no `LA` and `YEAR` columns.
    ///   - builder: the cohort being built, which the rows are added to.
    /// - Throws: ``DataError`` when the file cannot be read, is not an SSDA903 table, has no
    ///   way to tell its authority and year, or has a piece past ``limits``. `builder` may then
    ///   hold some of the file's rows: discard it.
    /// - Complexity: O(n) in the file's size.
    public func read(file path: String, context: ReturnContext?, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        var claims = ReturnClaims()
        return try read(CSVReader(path: path, limits: limits), context: context, into: &builder, claims: &claims)
    }

    /// Reads one table from `reader` (a file, or bytes in memory) into `builder`; the reader's
    /// path names it in the report and every location. A file placed by `context` (it has no
    /// `LA` and `YEAR` columns) claims its table of that return in `claims` first, and is left
    /// unread when another file holds that table of that return; a file with those columns claims
    /// each return as a row first names it, and leaves unread (with a warning per return) the rows
    /// of a return another file holds.
    func read(_ reader: CSVReader, context: ReturnContext?, into builder: inout CohortBuilder,
              claims: inout ReturnClaims) throws(DataError) -> FileReport {
        let path = reader.path
        guard try reader.next(), !reader.isBlankLine else {
            var report = FileReport(path: path, table: "empty")
            report.warn(line: 1, "the file is empty: no header line")
            return report
        }
        let header = reader.strings().map { $0.trimmingCharacters(in: " \t").uppercased() }
        guard let table = SSDA903Table.recognise(columns: header) else {
            let identifying = "the columns that identify one (CHILD with SEX and DOB, DECOM, MIS_START, SDQ_SCORE, IN_TOUCH, …)"
            throw DataError(.notRecognised, HeaderLine.listed(header, separator: ",").map { "not an SSDA903 table: the header (\($0)) has none of " + identifying }
                                ?? "not an SSDA903 table: " + HeaderLine.looksLikeData(header) + " It needs " + identifying,
                            at: SourceLocation(file: path, line: 1))
        }
        var report = FileReport(path: path, table: table.rawValue)
        let missingColumns = table.requiredColumns.filter { !header.contains($0) }
        if !missingColumns.isEmpty {
            throw DataError(.missingColumns, "the \(table.rawValue) table has no \(missingColumns.joined(separator: ", ")) column",
                            at: SourceLocation(file: path, line: 1))
        }
        var rows = RowContext(reader: reader.record, header: header, report: report, fileIndex: builder.file(path),
                              resolveAuthority: resolveAuthority, twoDigitYears: twoDigitYears, fixedContext: context)
        guard rows.laColumn >= 0 && rows.yearColumn >= 0 || context != nil else {
            throw DataError(.unplaced, "cannot tell which authority and year this file belongs to: it has no LA and YEAR columns "
                + "and its path is not …/<LA code>/<YYYY>/…; put the files in such a folder, or add LA and YEAR columns",
                at: SourceLocation(file: path, line: 1))
        }
        if rows.laColumn < 0 || rows.yearColumn < 0, let context,
           let first = claims.claim([table.rawValue], of: context, for: path) {
            return FileReport(sameReturn: path, table: table.rawValue, as: first, context: context)
        }
        // A file whose rows name their return claims each return as a row first names it; rows
        // of a return an earlier file gave are left unread.
        var named = rows.laColumn >= 0 && rows.yearColumn >= 0 ? ReturnsNamedByRows(table: table.rawValue, path: path) : nil
        reader.stopsAtUnclosedQuote = false
        while try reader.next() {
            if let quote = reader.unclosedQuote {
                rows.report.reject(SSDA903CSVReader.unclosed(quote, header: header))
                continue
            }
            if reader.isBlankLine { continue }
            rows.reader = reader.record
            if named != nil, named!.leavesUnread(rows, claims: &claims) { continue }
            rows.readRow(table, into: &builder)
        }
        report = rows.report
        if let named, !named.held.isEmpty {
            // A file all of whose rows another file gave is a file left unread, as one placed by
            // its folder is; otherwise it is read, and says which of its rows were left unread.
            if report.rowsRead == 0 { report = FileReport(path: path, table: FileReport.sameReturnTable) }
            for warning in named.warnings { report.note(warning) }
        }
        return report
    }

    /// The problem of a line cut at a quote that is never closed, with its column's name.
    static func unclosed(_ quote: DataProblem, header: [String]) -> DataProblem {
        var problem = quote
        if let column = quote.location.column, column <= header.count { problem.location.columnName = header[column - 1] }
        problem.reason += "; the line is rejected, and reading goes on with the next line"
        return problem
    }
}
