import Foundation
import SafeguardingData

extension ValidateCommand {
    /// What a return file holds, by where it was given and its extension.
    enum FileKind { case ssda903CSV, ssda903XML, cin }

    /// The files under `path` (itself when it is a file) with one of `extensions`, sorted.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the path does not exist or a folder holds no
    ///   such file.
    static func files(under path: String, extensions: Set<String>, what: String) throws(ToolError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .invalidData("\(path): no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        var found: [String] = []
        for case let relative as String in FileManager.default.enumerator(atPath: path) ?? FileManager.DirectoryEnumerator()
        where extensions.contains((relative as NSString).pathExtension.lowercased()) {
            found.append((path as NSString).appendingPathComponent(relative))
        }
        guard !found.isEmpty else {
            let kinds = extensions.sorted().map { "." + $0 }.joined(separator: " or ")
            throw .invalidData("\(path): no \(what) files (\(kinds)) in this folder")
        }
        return found.sorted()
    }

    /// One return file's report; a file that cannot be read at all is a report with one error.
    static func read(_ path: String, kind: FileKind, context: ReturnContext?, resolve: @escaping @Sendable (String) -> String?,
                     into builder: inout CohortBuilder) -> FileReport {
        do {
            switch kind {
            case .ssda903CSV:
                return try SSDA903CSVReader(resolveAuthority: resolve).read(file: path, context: context, into: &builder)
            case .ssda903XML:
                return try SSDA903XMLReader().read(file: path, context: context, into: &builder)
            case .cin:
                return try CINCensusReader(resolveAuthority: resolve).read(file: path, context: context, into: &builder)
            }
        } catch {
            return unreadable(path, error)
        }
    }

    /// The report of a file that could not be read: no rows, one error saying why.
    static func unreadable(_ path: String, _ error: DataError) -> FileReport {
        var report = FileReport(path: path, table: "unreadable")
        report.note(DataProblem(error.reason, at: error.location, severity: .error))
        return report
    }

    /// The population file's report, with an error for each authority that has no population
    /// for the period asked for.
    static func readPopulation(_ path: String, directory: LocalAuthorityDirectory, period: ReportingPeriod?,
                               authorities: Set<String>) -> FileReport {
        let result: ReadResult<PopulationTable>
        do { result = try PopulationTable.read(path: path, directory: directory) } catch { return unreadable(path, error) }
        var report = result.report
        if report.table.isEmpty { report.table = "population" }
        guard let period else { return report }
        for code in authorities.sorted() {
            do {
                _ = try result.value.population(for: .localAuthority(code), period: period)
            } catch {
                report.note(DataProblem("no population for the period \(period): \(error)",
                                        at: SourceLocation(file: path, line: 0), severity: .error))
            }
        }
        return report
    }
}

/// The `validate` report in the tool's formats.
enum ValidationRendering {
    /// The contract's JSON: `{"files":[{"path","table","rows_read","rows_accepted","rows_rejected","problems":[…]}]}`.
    static func json(_ reports: [FileReport]) -> JSONValue {
        .object([("files", .array(reports.map { report in
            .object([
                ("path", .string(report.path)),
                ("table", .string(report.table)),
                ("rows_read", .integer(report.rowsRead)),
                ("rows_accepted", .integer(report.rowsAccepted)),
                ("rows_rejected", .integer(report.rowsRejected)),
                ("problems", .array(report.problems.map { problem in
                    .object([
                        ("line", .integer(problem.location.line)),
                        ("column", .integer(problem.location.column)),
                        ("severity", .string(problem.severity.rawValue)),
                        ("reason", .string(problem.reason)),
                    ])
                })),
            ])
        }))])
    }

    /// One CSV row per problem (a file with none has one row with the problem fields empty).
    static func csv(_ reports: [FileReport]) -> String {
        var csv = CSVText(header: ["path", "table", "rows_read", "rows_accepted", "rows_rejected", "line", "column",
                                   "column_name", "severity", "reason"])
        for report in reports {
            let file = [report.path, report.table, String(report.rowsRead), String(report.rowsAccepted),
                        String(report.rowsRejected)]
            if report.problems.isEmpty { csv.append(file + [nil, nil, nil, nil, nil]) }
            for problem in report.problems {
                csv.append(file + [String(problem.location.line), problem.location.column.map(String.init),
                                   problem.location.columnName, problem.severity.rawValue, problem.reason])
            }
        }
        return csv.text
    }

    /// A summary per file, with its first problems.
    static func text(_ reports: [FileReport], problemsShown: Int = 10) -> String {
        var lines: [String] = []
        for report in reports {
            let errors = report.errors.count, warnings = report.warnings.count
            let verdict = errors > 0 ? "ERRORS" : warnings > 0 ? "warnings" : "ok"
            lines.append("\(report.path) (\(report.table)): \(verdict) — \(report.rowsRead) rows read, "
                + "\(report.rowsAccepted) accepted, \(report.rowsRejected) rejected; \(errors) errors, \(warnings) warnings")
            for problem in report.problems.prefix(problemsShown) {
                var location = "line \(problem.location.line)"
                if let column = problem.location.column { location += ", column \(column)" }
                if let name = problem.location.columnName { location += " (\(name))" }
                lines.append("  \(location): \(problem.severity.rawValue): \(problem.reason)")
            }
            if report.problems.count > problemsShown {
                lines.append("  … and \(report.problems.count - problemsShown) more (all of them with --format json or csv)")
            }
        }
        let read = reports.reduce(0) { $0 + $1.rowsRead }, rejected = reports.reduce(0) { $0 + $1.rowsRejected }
        lines.append("")
        lines.append("\(reports.count) files, \(read) rows read, \(rejected) rejected.")
        return lines.joined(separator: "\n") + "\n"
    }
}
