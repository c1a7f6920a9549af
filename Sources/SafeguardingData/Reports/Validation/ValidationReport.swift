import SafeguardingMetrics

/// A data-quality report for input files (the `validate` command's): rows read, accepted and
/// rejected for every file, and every problem with its line, column, severity and reason.
///
/// Its `Encodable` form is the contract's JSON: `{"files":[{"path","table","rows_read",
/// "rows_accepted","rows_rejected","problems":[{"line","column","severity","reason"}]}]}`, lines
/// numbered from 1 with the header as line 1; `rows_read` = `rows_accepted` + `rows_rejected` always.
///
/// ```swift
/// var builder = CohortBuilder()
/// let report = ValidationReport([try SSDA903CSVReader().read(upload, context: nil, into: &builder)])
/// print(report.text())
/// ```
public struct ValidationReport: Sendable, Hashable, Encodable {
    /// One report per file, in the order read.
    public var files: [FileReport]

    /// A report of `files`.
    public init(_ files: [FileReport]) {
        self.files = files
    }

    /// Encodes the contract's JSON (``json()``).
    public func encode(to encoder: any Encoder) throws {
        try json().encode(to: encoder)
    }

    /// The contract's JSON: `{"files":[{"path","table","rows_read","rows_accepted","rows_rejected","problems":[…]}]}`.
    public func json() -> JSONValue {
        .object([("files", .array(files.map { report in
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
    public func csv() -> String {
        let reports = files
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

    /// A summary per file, with its first `problemsShown` problems.
    public func text(problemsShown: Int = 10) -> String {
        let reports = files
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
