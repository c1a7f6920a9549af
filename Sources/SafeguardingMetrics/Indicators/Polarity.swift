/// Which direction of an indicator is better. Polarity drives status, direction of travel, RAG,
/// rank and quartile bands.
@frozen
public enum Polarity: String, Sendable, Hashable, CaseIterable, Codable {
    /// A higher value is better (assessment timeliness, care leavers in education or work).
    case higher
    /// A lower value is better (re-referrals, repeat plans, placement moves).
    case lower
    /// The target value itself is best; any difference is a miss.
    case hold
    /// A context measure with no judgement (most rates per 10,000).
    case none

    /// Whether `value` is strictly better than `other` under this polarity; always `false` for
    /// ``hold`` and ``none``.
    @inlinable
    public func isBetter<T: Comparable>(_ value: T, than other: T) -> Bool {
        switch self {
        case .higher: value > other
        case .lower: value < other
        case .hold, .none: false
        }
    }
}
