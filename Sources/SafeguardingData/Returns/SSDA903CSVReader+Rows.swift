/// A date field as read: blank, a day, or text that is not a date.
enum DateField: Equatable {
    case blank
    case day(Day)
    case invalid
}

/// The per-file state of the SSDA903 CSV reader: column positions, the current return and the
/// report. Each row is read straight from the reader's buffer.
struct RowContext<Source: FieldSource> {
    /// The record being read (for CSV, replaced before each row).
    var reader: Source
    let header: [String]
    var report: FileReport
    let fileIndex: UInt16
    let resolveAuthority: @Sendable (String) -> String?
    let twoDigitYears: TwoDigitYearPolicy
    let fixedContext: ReturnContext?
    let laColumn: Int
    let yearColumn: Int
    /// Column positions of the fields the reader uses (-1 when absent), found once per file.
    let columns: Columns
    private var lastReturnKey: (String, String)?
    private var lastReturn: UInt16?

    init(reader: Source, header: [String], report: FileReport, fileIndex: UInt16,
         resolveAuthority: @escaping @Sendable (String) -> String?, twoDigitYears: TwoDigitYearPolicy,
         fixedContext: ReturnContext?) {
        self.reader = reader
        self.header = header
        self.report = report
        self.fileIndex = fileIndex
        self.resolveAuthority = resolveAuthority
        self.twoDigitYears = twoDigitYears
        self.fixedContext = fixedContext
        laColumn = header.firstIndex(of: "LA") ?? -1
        yearColumn = header.firstIndex(of: "YEAR") ?? -1
        columns = Columns(header)
    }

    /// The position of a column by name (for the tables read rarely).
    func column(_ name: String) -> Int { header.firstIndex(of: name) ?? -1 }

    // MARK: Fields

    func isBlank(_ column: Int) -> Bool {
        reader.withField(column) { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }

    func date(_ column: Int) -> DateField {
        if column < 0 || isBlank(column) { return .blank }
        return reader.withField(column) { bytes in
            Day.parse(utf8: bytes, twoDigitYears: twoDigitYears).map { .day($0) } ?? .invalid
        }
    }

    func code<Definition: CodeListDefinition>(_ column: Int, _: Definition.Type = Definition.self) -> Code<Definition> {
        column < 0 ? .blank : Code(rawValue: reader.withField(column) { Definition.list.lookup($0) })
    }

    func text(_ column: Int) -> String { reader.string(at: column).trimmingCharacters(in: " \t") }

    // MARK: Rows

    /// The return the current row belongs to, from its LA and YEAR columns or the file's context.
    /// The authority and year the current row names in its `LA` and `YEAR` columns, when it
    /// names both readably; `nil` otherwise (the row is then judged by ``currentReturn(_:)``).
    func ownContext() -> ReturnContext? {
        guard laColumn >= 0, yearColumn >= 0, !isBlank(laColumn), let authority = resolveAuthority(text(laColumn)),
              let year = Int(text(yearColumn)), (1990...2100).contains(year) else { return nil }
        return ReturnContext(authority: authority, collectionYear: year)
    }

    mutating func currentReturn(_ builder: inout CohortBuilder) -> UInt16? {
        if laColumn >= 0, yearColumn >= 0, !isBlank(laColumn) || fixedContext == nil {
            let key = (text(laColumn), text(yearColumn))
            if let lastReturnKey, lastReturnKey == key, let lastReturn { return lastReturn }
            guard let authority = resolveAuthority(key.0) else {
                report.reject(line: reader.line, column: laColumn + 1, name: "LA",
                              "\(DataProblem.quote(key.0)) is not a local authority code this reader knows")
                return nil
            }
            guard let year = Int(key.1), (1990...2100).contains(year) else {
                report.reject(line: reader.line, column: yearColumn + 1, name: "YEAR", "\(DataProblem.quote(key.1, limit: DataProblem.fieldValueLimit)) is not a collection year")
                return nil
            }
            let index = builder.returnIndex(authority: builder.authority(authority), collectionYear: year,
                                            source: .ssda903, file: report.path)
            lastReturnKey = key
            lastReturn = index
            return index
        }
        guard let context = fixedContext else {
            report.reject(line: reader.line, column: laColumn + 1, name: "LA", "blank LA: the row's authority is not known")
            return nil
        }
        if let lastReturn { return lastReturn }
        let index = builder.returnIndex(authority: builder.authority(context.authority),
                                        collectionYear: context.collectionYear, source: .ssda903, file: report.path)
        lastReturn = index
        return index
    }

    /// Reads the current row of `table`, accepting or rejecting it.
    mutating func readRow(_ table: SSDA903Table, into builder: inout CohortBuilder) {
        report.rowsRead += 1
        let line = reader.line
        if reader.fieldCount != header.count {
            report.warn(line: line, "the row has \(reader.fieldCount) fields but the header has \(header.count)")
        }
        if reader.recordHasQuoteProblem { report.warn(line: line, "a quote is out of place; the text is kept as written") }
        let childColumn = columns.child
        if childColumn < 0 || isBlank(childColumn) {
            report.reject(line: line, column: childColumn + 1, name: "CHILD", "no child identifier (CHILD is blank)")
            return
        }
        guard let returnIndex = currentReturn(&builder) else { return }
        let accepted: Bool
        switch table {
        case .header: accepted = readHeader(returnIndex, childColumn, &builder)
        case .episodes: accepted = readEpisode(returnIndex, childColumn, &builder)
        case .oc2: accepted = readOC2(returnIndex, childColumn, &builder)
        case .oc3: accepted = readOC3(returnIndex, childColumn, &builder)
        case .missing: accepted = readMissing(returnIndex, childColumn, &builder)
        case .uasc: accepted = readUASC(returnIndex, childColumn, &builder)
        case .ad1: accepted = readAdoption(returnIndex, childColumn, &builder)
        case .placedForAdoption: accepted = readPlacedForAdoption(returnIndex, childColumn, &builder)
        case .previousPermanence: accepted = readPreviousPermanence(returnIndex, childColumn, &builder)
        default: accepted = checkDates(table)
        }
        if accepted { report.rowsAccepted += 1 }
    }

    /// Warns when a code is not in its list (and, when `required`, when it is blank).
    mutating func checkCode<Definition>(_ code: Code<Definition>, _ column: Int, _ name: String, required: Bool = false) {
        if code.isInvalid {
            report.warn(line: reader.line, column: column + 1, name: name,
                        "\(DataProblem.quote(text(column), limit: DataProblem.fieldValueLimit)) is not a code of \(Definition.list.name); kept and counted as not known")
        } else if required, code.isBlank {
            report.warn(line: reader.line, column: column + 1, name: name, "\(name) is blank")
        }
    }

    /// A date that may be blank; an unreadable one is warned about and treated as unknown.
    mutating func optionalDate(_ col: Int, _ name: String) -> Day {
        switch date(col) {
        case .blank: return .unknown
        case .day(let day): return day
        case .invalid:
            report.warn(line: reader.line, column: col + 1, name: name, "\(DataProblem.quote(text(col), limit: DataProblem.fieldValueLimit)) is not a date; treated as not known")
            return .unknown
        }
    }

    /// A date the row cannot do without: `nil` (and the row rejected) when blank or unreadable.
    mutating func requiredDate(_ col: Int, _ name: String) -> Day? {
        switch date(col) {
        case .day(let day): return day
        case .blank:
            report.reject(line: reader.line, column: col + 1, name: name, "\(name) is blank")
        case .invalid:
            report.reject(line: reader.line, column: col + 1, name: name, "\(DataProblem.quote(text(col), limit: DataProblem.fieldValueLimit)) is not a date")
        }
        return nil
    }

    /// An end date: blank means open; unreadable rejects the row.
    mutating func endDate(_ col: Int, _ name: String) -> Day? {
        switch date(col) {
        case .blank: return .open
        case .day(let day): return day
        case .invalid:
            report.reject(line: reader.line, column: col + 1, name: name, "\(DataProblem.quote(text(col), limit: DataProblem.fieldValueLimit)) is not a date")
            return nil
        }
    }

    /// For tables no indicator reads: every non-blank date must be a date.
    mutating func checkDates(_ table: SSDA903Table) -> Bool {
        for name in table.dateColumns {
            let col = column(name)
            if date(col) == .invalid {
                report.reject(line: reader.line, column: col + 1, name: name, "\(DataProblem.quote(text(col), limit: DataProblem.fieldValueLimit)) is not a date")
                return false
            }
        }
        return true
    }
}
