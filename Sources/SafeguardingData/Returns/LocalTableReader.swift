/// Reads a council's local tables (INDICATORS.md §4) from CSV, recognised by their columns:
///
/// | table | columns |
/// |---|---|
/// | events | `la,child,date,kind` |
/// | episodes | `la,child,start,end,kind` (blank `end`: still open) |
/// | attendance | `la,child,period_start,period_end,possible_sessions,attended_sessions` |
/// | audits | `la,date,domain,grade` (grade: outstanding, good, requires improvement, inadequate) |
///
/// `la` is an authority in any form the resolver knows; `child` is the same identifier as in the
/// statutory returns, so local records join the child's CIN and SSDA903 records. Dates are
/// `yyyy-mm-dd` or `dd/mm/yyyy`. Each row is accepted or rejected with its line and column.
public struct LocalTableReader: Sendable {
    /// How authority text becomes an E-code.
    public var resolveAuthority: @Sendable (String) -> String?

    /// Creates a reader.
    public init(resolveAuthority: @escaping @Sendable (String) -> String? = ReturnContext.bundledAuthorities) {
        self.resolveAuthority = resolveAuthority
    }

    /// The local tables.
    public enum Table: String, Sendable, CaseIterable {
        /// Events.
        case events
        /// Episodes.
        case episodes
        /// Attendance.
        case attendance
        /// Audits.
        case audits

        /// The table whose columns `header` has.
        static func recognise(_ header: [String]) -> Table? {
            let names = Set(header)
            if names.isSuperset(of: ["possible_sessions", "attended_sessions"]) { return .attendance }
            if names.isSuperset(of: ["domain", "grade"]) { return .audits }
            if names.isSuperset(of: ["start", "end", "kind"]) { return .episodes }
            if names.isSuperset(of: ["date", "kind"]) { return .events }
            return nil
        }

        var required: [String] {
            switch self {
            case .events: ["la", "child", "date", "kind"]
            case .episodes: ["la", "child", "start", "end", "kind"]
            case .attendance: ["la", "child", "period_start", "period_end", "possible_sessions", "attended_sessions"]
            case .audits: ["la", "date", "domain", "grade"]
            }
        }
    }

    /// Reads one local table into `builder`.
    ///
    /// - Throws: ``DataError`` when the file cannot be read or is not one of the local tables.
    public func read(file path: String, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        try read(CSVTable(path: path), into: &builder)
    }

    /// Reads one local table held in memory into `builder`; the file's name stands in for its path.
    ///
    /// - Throws: ``DataError`` when the bytes cannot be read or are not one of the local tables.
    public func read(_ file: DataFile, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        try read(CSVTable(reader: CSVReader(bytes: file.bytes, name: file.name)), into: &builder)
    }

    /// Reads one local table, already split into rows, into `builder`.
    func read(_ table: CSVTable, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        let path = table.path
        let header = table.header.map { $0.lowercased() }
        guard let kind = Table.recognise(header) else {
            throw DataError(.notRecognised, "not a local table: expected the columns of events (la,child,date,kind), episodes "
                + "(la,child,start,end,kind), attendance or audits", at: SourceLocation(file: path, line: 1))
        }
        let missing = kind.required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw DataError(.missingColumns, "the \(kind.rawValue) table has no \(missing.joined(separator: ", ")) column",
                            at: SourceLocation(file: path, line: 1))
        }
        func at(_ name: String) -> Int { header.firstIndex(of: name)! }
        var report = FileReport(path: path, table: "local_\(kind.rawValue)")
        for row in table.rows {
            func problem(_ column: String, _ reason: String) -> DataProblem {
                DataProblem(reason, at: table.location(of: row, column: at(column)), severity: .error)
            }
            func date(_ column: String, blankIsOpen: Bool = false) -> Day? {
                let text = row[at(column)].trimmingCharacters(in: " \t")
                if text.isEmpty, blankIsOpen { return .open }
                return try? Day(parsing: text)
            }
            guard let authority = resolveAuthority(row[at("la")]) else {
                report.reject(problem("la", "\(DataProblem.quote(row[at("la")])) is not a local authority this reader knows"))
                continue
            }
            let la = builder.authority(authority)
            var child = ChildRow(rawValue: -1)
            if kind != .audits {
                let id = row[at("child")].trimmingCharacters(in: " \t")
                guard !id.isEmpty else { report.reject(problem("child", "no child identifier")); continue }
                child = builder.child(authority: la, identifier: id)
            }
            switch kind {
            case .events:
                guard let day = date("date") else { report.reject(problem("date", "\(DataProblem.quote(row[at("date")], limit: DataProblem.fieldValueLimit)) is not a date")); continue }
                builder.addLocalEvent(LocalEventTable.Row(child: child, date: day, kind: builder.localKind(row[at("kind")])))
            case .episodes:
                guard let start = date("start") else { report.reject(problem("start", "\(DataProblem.quote(row[at("start")], limit: DataProblem.fieldValueLimit)) is not a date")); continue }
                guard let end = date("end", blankIsOpen: true) else { report.reject(problem("end", "\(DataProblem.quote(row[at("end")], limit: DataProblem.fieldValueLimit)) is not a date")); continue }
                builder.addLocalEpisode(LocalEpisodeTable.Row(child: child, start: start, end: end,
                                                              kind: builder.localKind(row[at("kind")])))
            case .attendance:
                guard let start = date("period_start"), let end = date("period_end"), start <= end else {
                    report.reject(problem("period_start", "the period is not two dates in order")); continue
                }
                guard let possible = Int32(row[at("possible_sessions")].trimmingCharacters(in: " \t")),
                      let attended = Int32(row[at("attended_sessions")].trimmingCharacters(in: " \t")),
                      possible >= 0, attended >= 0, attended <= possible else {
                    report.reject(problem("attended_sessions", "sessions must be whole numbers with attended ≤ possible")); continue
                }
                builder.addAttendance(AttendanceTable.Row(child: child, start: start, end: end, possibleSessions: possible,
                                                          attendedSessions: attended))
            case .audits:
                guard let day = date("date") else { report.reject(problem("date", "\(DataProblem.quote(row[at("date")], limit: DataProblem.fieldValueLimit)) is not a date")); continue }
                let grade = Code<AuditGradeCodes>(rawValue: AuditGradeCodes.grade(row[at("grade")].trimmingCharacters(in: " \t")))
                guard !grade.isInvalid, !grade.isBlank else {
                    report.reject(problem("grade", "\(DataProblem.quote(row[at("grade")])) is not a grade (outstanding, good, requires improvement, inadequate)"))
                    continue
                }
                builder.addAudit(AuditTable.Row(authority: la, date: day, domain: builder.localKind(row[at("domain")]), grade: grade))
            }
            report.accept()
        }
        return report
    }
}
