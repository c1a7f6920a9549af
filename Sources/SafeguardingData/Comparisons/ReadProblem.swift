import SafeguardingMetrics

/// A problem with one row (or one cell) of an input file, with where it is and what to do about it.
///
/// ```swift
/// let result = try StatisticalNeighbourSet.read(path: "sn_2021.csv", version: "2021", directory: directory)
/// for problem in result.report.problems { print(problem) }
/// // sn_2021.csv:14:7 (sn_new_la_code): error: neighbour E06000028 is not in the directory
/// ```
@frozen
public struct ReadProblem: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is, and whether its row was used.
    @frozen
    public enum Severity: String, Sendable, Hashable, CaseIterable, Codable {
        /// The row is wrong and was rejected.
        case error
        /// The row was accepted, but something in it was left out or replaced (a cell that could
        /// not be read, a duplicate that replaces an earlier row).
        case warning
        /// The row is fine but not used, and was rejected (another geographic level, a row
        /// outside the requested filter).
        case info
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in words a person can act on.
    public var reason: String

    /// Creates a problem.
    public init(_ reason: String, at location: SourceLocation, severity: Severity) {
        self.location = location
        self.severity = severity
        self.reason = reason
    }

    /// `file:line[:column] (column name): severity: reason`.
    public var description: String { "\(location): \(severity.rawValue): \(reason)" }
}
