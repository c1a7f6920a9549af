/// How an authority's value stands against a comparator, compared at the indicator's published
/// precision (both rounded half up to its decimal places, so values that display the same are
/// ``same``).
///
/// For indicators where higher or lower is better the outcome is ``better``, ``worse`` or
/// ``same``; for indicators with no polarity (or `hold`) it is ``higher``, ``lower`` or ``same``.
///
/// ```swift
/// ComparisonOutcome(FixedDecimal(66), against: FixedDecimal(63), polarity: .higher)  // .better
/// ComparisonOutcome(FixedDecimal(66), against: FixedDecimal(69), polarity: .higher)  // .worse
/// ComparisonOutcome(FixedDecimal(184), against: FixedDecimal(125), polarity: .none)  // .higher
/// ```
@frozen
public enum ComparisonOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// Better than the comparator.
    case better
    /// Worse than the comparator.
    case worse
    /// Equal at the published precision.
    case same
    /// Higher than the comparator (no better direction).
    case higher
    /// Lower than the comparator (no better direction).
    case lower

    /// The outcome of `value` against `comparator` under `polarity`.
    public init(_ value: FixedDecimal, against comparator: FixedDecimal, polarity: Polarity) {
        if value == comparator {
            self = .same
        } else if polarity == .higher || polarity == .lower {
            self = polarity.isBetter(value, than: comparator) ? .better : .worse
        } else {
            self = value > comparator ? .higher : .lower
        }
    }
}
