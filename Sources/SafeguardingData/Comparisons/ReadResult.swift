import SafeguardingMetrics

/// A value read from a file, with the account of every row (``FileReport``).
///
/// ```swift
/// let result = try PopulationTable.read(path: "population.csv", directory: directory)
/// let populations = result.value
/// if !result.report.errors.isEmpty { print(result.report.errors) }
/// ```
@frozen
public struct ReadResult<Value: Sendable>: Sendable {
    /// What was read.
    public var value: Value
    /// What happened to each row.
    public var report: FileReport

    /// Creates a result.
    public init(value: Value, report: FileReport) {
        self.value = value
        self.report = report
    }
}
