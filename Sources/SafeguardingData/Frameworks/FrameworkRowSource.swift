import SafeguardingMetrics

/// Where one framework row came from in a CSV file: its line, and the column of each point.
///
/// ```swift
/// let source = loaded.sourceMap!.rows[0]
/// print(source.line, source.pointColumns)   // 2 [5, 6, 7, 8, 9]
/// ```
@frozen
public struct FrameworkRowSource: Sendable, Hashable {
    /// The line the row starts on (the header is line 1).
    public var line: Int
    /// The 0-based column of each point of the row, in `FrameworkIndicator.points` order.
    public var pointColumns: [Int]
    /// The 0-based column of a point's numerator, by point index.
    public var numeratorColumns: [Int: Int]
    /// The 0-based column of a point's denominator, by point index.
    public var denominatorColumns: [Int: Int]

    /// Creates a row source.
    public init(line: Int, pointColumns: [Int], numeratorColumns: [Int: Int] = [:], denominatorColumns: [Int: Int] = [:]) {
        self.line = line
        self.pointColumns = pointColumns
        self.numeratorColumns = numeratorColumns
        self.denominatorColumns = denominatorColumns
    }
}
