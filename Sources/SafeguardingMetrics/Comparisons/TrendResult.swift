/// The outcome of a chi-square test for trend in proportions over several periods.
///
/// ```swift
/// let result = TrendTest.assess(numerators: [40, 45, 52, 60, 71], denominators: [200, 200, 200, 200, 200])!
/// print(result.direction, result.chiSquare > TrendTest.criticalValue)   // increasing true
/// ```
@frozen
public struct TrendResult: Sendable, Hashable {
    /// The test statistic χ² (one degree of freedom).
    public var chiSquare: Double
    /// The critical value it was judged against.
    public var criticalValue: Double
    /// Whether the proportion rises, falls, or has no significant trend.
    public var direction: TrendDirection
    /// The number of periods tested.
    public var periods: Int

    /// Creates a result from its parts.
    public init(chiSquare: Double, criticalValue: Double, direction: TrendDirection, periods: Int) {
        self.chiSquare = chiSquare
        self.criticalValue = criticalValue
        self.direction = direction
        self.periods = periods
    }

    /// Whether the trend is significant (χ² above the critical value).
    public var isSignificant: Bool { direction != .noSignificantChange }
}
