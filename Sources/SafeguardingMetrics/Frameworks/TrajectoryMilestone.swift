/// A point a trajectory passes through: the baseline or a target with a value.
///
/// ```swift
/// let milestone = TrajectoryMilestone(date: "2023-10", value: FixedDecimal(825))
/// milestone.date.effectiveDay // 2023-10-31
/// ```
@frozen
public struct TrajectoryMilestone: Sendable, Hashable {
    /// The date; a month stands for its last day.
    public var date: FrameworkDate
    /// The value at that date.
    public var value: FixedDecimal

    /// Creates a milestone.
    public init(date: FrameworkDate, value: FixedDecimal) {
        self.date = date
        self.value = value
    }
}
