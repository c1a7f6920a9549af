import SafeguardingMetrics

/// What happened to every row of an input file: read = accepted + rejected, always, with a
/// located problem for every rejected row.
///
/// ```swift
/// let result = try IndicatorTable.read(path: "cla_la.csv", columns: mapping, directory: directory)
/// let report = result.report
/// print(report.rowsRead, report.rowsAccepted, report.rowsRejected)   // 3214 3060 154
/// ```
@frozen
public struct ReadReport: Sendable, Hashable {
    /// The file path, or the name given to in-memory data.
    public var path: String
    /// Data rows read (the header and blank lines are not rows).
    public private(set) var rowsRead: Int
    /// Rows used.
    public private(set) var rowsAccepted: Int
    /// Rows not used; each has at least one problem of severity error or info.
    public private(set) var rowsRejected: Int
    /// Every problem, in file order.
    public private(set) var problems: [ReadProblem]

    /// Creates an empty report for `path`.
    public init(path: String) {
        self.path = path
        self.rowsRead = 0
        self.rowsAccepted = 0
        self.rowsRejected = 0
        self.problems = []
    }

    /// Counts a row as accepted, with any warnings about it.
    public mutating func accept(warnings: [ReadProblem] = []) {
        rowsRead += 1
        rowsAccepted += 1
        problems += warnings
    }

    /// Counts a row as rejected because of `problem`.
    public mutating func reject(_ problem: ReadProblem) {
        rowsRead += 1
        rowsRejected += 1
        problems.append(problem)
    }

    /// Records a problem that belongs to no single row (for example an authority with too few
    /// neighbours), without counting a row.
    public mutating func note(_ problem: ReadProblem) {
        problems.append(problem)
    }

    /// The problems of severity ``ReadProblem/Severity/error``.
    public var errors: [ReadProblem] { problems.filter { $0.severity == .error } }
    /// The problems of severity ``ReadProblem/Severity/warning``.
    public var warnings: [ReadProblem] { problems.filter { $0.severity == .warning } }
}
