/// What reading one file did: how many rows it had, how many were used, and every problem.
///
/// `rowsRead == rowsAccepted + rowsRejected` always; blank lines are not rows.
public struct FileReport: Sendable, Hashable {
    /// The file path.
    public var path: String
    /// The table the file holds (`episodes`, `header`, `cin_census`, …), as recognised from its
    /// header columns or root element.
    public var table: String
    /// Data rows (or records) read.
    public var rowsRead = 0
    /// Rows used.
    public var rowsAccepted = 0
    /// Rows rejected, each with an error in ``problems``.
    public var rowsRejected = 0
    /// Problems, in file order.
    public var problems: [CohortProblem] = []

    /// Creates an empty report.
    public init(path: String, table: String) {
        self.path = path
        self.table = table
    }

    /// Records a rejected row.
    mutating func reject(line: Int, column: Int? = nil, name: String? = nil, _ reason: String) {
        rowsRejected += 1
        problems.append(CohortProblem(.error, at: SourceLocation(file: path, line: line, column: column, columnName: name), reason))
    }

    /// Records a warning about a row that is kept.
    mutating func warn(line: Int, column: Int? = nil, name: String? = nil, _ reason: String) {
        problems.append(CohortProblem(.warning, at: SourceLocation(file: path, line: line, column: column, columnName: name), reason))
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
