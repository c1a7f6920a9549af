/// What a ``RAGPolicy`` looks at to rate one actual.
///
/// Values are at the indicator's display precision (the ``Scorecard`` passes them so).
///
/// ```swift
/// let input = RAGInput(polarity: .lower, status: .missed, actual: FixedDecimal(43),
///                      aim: FixedDecimal(35), baseline: FixedDecimal(39))
/// RAGPolicy.standard.rating(for: input) // .red: missed, and worse than the baseline
/// ```
@frozen
public struct RAGInput: Sendable, Hashable {
    /// The indicator's polarity.
    public var polarity: Polarity
    /// The actual's status against the target or trajectory value, if it has one.
    public var status: TargetStatus?
    /// The actual, if there is one.
    public var actual: FixedDecimal?
    /// The target due at the actual's date, or the trajectory value there.
    public var aim: FixedDecimal?
    /// The baseline, if there is one.
    public var baseline: FixedDecimal?
    /// The comparison with the comparator, when it could be made (for the significance rule).
    public var significance: SignificanceComparison?

    /// Creates the input of a rating.
    public init(polarity: Polarity, status: TargetStatus?, actual: FixedDecimal?, aim: FixedDecimal?,
                baseline: FixedDecimal?, significance: SignificanceComparison? = nil) {
        self.polarity = polarity
        self.status = status
        self.actual = actual
        self.aim = aim
        self.baseline = baseline
        self.significance = significance
    }
}
