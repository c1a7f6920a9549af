/// The result of a test for trend: a significant rise, a significant fall, or neither.
///
/// ```swift
/// TrendDirection.noSignificantChange.rawValue   // "no_significant_change"
/// ```
@frozen
public enum TrendDirection: String, Sendable, Hashable, CaseIterable, Codable {
    /// A significant upward trend.
    case increasing
    /// A significant downward trend.
    case decreasing
    /// No significant trend.
    case noSignificantChange = "no_significant_change"
}
