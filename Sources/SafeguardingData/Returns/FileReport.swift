/// What reading one file did: how many rows it had, how many were used, and every problem.
///
/// `rowsRead == rowsAccepted + rowsRejected` always; blank lines are not rows. Every rejected row
/// has a problem with its line and, where it is one field's fault, its column.
public struct FileReport: Sendable, Hashable {
    /// The file path.
    public var path: String
    /// The table the file holds (`episodes`, `header`, `cin_census`, `statistical_neighbours`, …),
    /// as recognised from its header columns or root element.
    public var table: String
    /// Data rows (or records) read.
    public internal(set) var rowsRead = 0
    /// Rows used.
    public internal(set) var rowsAccepted = 0
    /// Rows rejected, each with a problem in ``problems``.
    public internal(set) var rowsRejected = 0
    /// Problems, in the order found.
    public internal(set) var problems: [DataProblem] = []

    /// Creates an empty report.
    public init(path: String, table: String = "") {
        self.path = path
        self.table = table
    }

    /// Counts a row as read and accepted, with any warnings about it.
    public mutating func accept(warnings: [DataProblem] = []) {
        rowsRead += 1
        rowsAccepted += 1
        problems += warnings
    }

    /// Counts a row as read and rejected, for the reason given.
    public mutating func reject(_ problem: DataProblem) {
        rowsRead += 1
        rowsRejected += 1
        problems.append(problem)
    }

    /// Records a problem about the file rather than one row (a missing column, a short list).
    public mutating func note(_ problem: DataProblem) {
        problems.append(problem)
    }

    /// The problems that rejected rows.
    public var errors: [DataProblem] { problems.filter { $0.severity == .error } }
    /// The problems about rows that were kept.
    public var warnings: [DataProblem] { problems.filter { $0.severity == .warning } }

    /// Whether the file fails validation: a row was rejected (at any severity, including a row
    /// left out at ``SafeguardingMetrics/DataProblem/Severity/info`` level, such as a population
    /// row of a geographic level that is not read) or the file has an error. `validate` exits 1
    /// when any file fails.
    public var fails: Bool { rowsRejected > 0 || problems.contains { $0.severity == .error } }

    /// Adds the rows and problems of `piece`, the report of the part of this file that follows
    /// the part this report is of (a file read in pieces on several threads).
    mutating func append(piece: FileReport) {
        rowsRead += piece.rowsRead
        rowsAccepted += piece.rowsAccepted
        rowsRejected += piece.rowsRejected
        problems += piece.problems
    }

    /// Records a rejected row whose reading was already counted.
    mutating func reject(line: Int, column: Int? = nil, name: String? = nil, _ reason: String) {
        rowsRejected += 1
        problems.append(DataProblem(reason, at: SourceLocation(file: path, line: line, column: column, columnName: name), severity: .error))
    }

    /// Records a warning about a row that is kept.
    mutating func warn(line: Int, column: Int? = nil, name: String? = nil, _ reason: String) {
        problems.append(DataProblem(reason, at: SourceLocation(file: path, line: line, column: column, columnName: name), severity: .warning))
    }
}

/// The result of loading returns: the cohort and a report for every file.
public struct LoadedCohort: Sendable {
    /// The merged cohort.
    public var cohort: Cohort
    /// One report per file read, in the order read.
    public var files: [FileReport]

    /// Creates a result.
    public init(cohort: Cohort, files: [FileReport]) {
        self.cohort = cohort
        self.files = files
    }
}
