/// A value at a date on a scorecard: the baseline, or the expected value at the scorecard date.
///
/// The value is at the row's display precision, or `nil` when there is none (no trajectory yet).
///
/// ```swift
/// row.expectedAt  // 2024-01: 816
/// ```
@frozen
public struct ScorecardDatedValue: Sendable, Hashable, CustomStringConvertible {
    /// The date.
    public var date: FrameworkDate
    /// The value at display precision, if there is one.
    public var value: FixedDecimal?

    /// Creates a dated value.
    public init(date: FrameworkDate, value: FixedDecimal?) {
        self.date = date
        self.value = value
    }

    /// `2024-01: 816`, or `2024-01: none`.
    public var description: String { "\(date): \(value.map { "\($0)" } ?? "none")" }
}
