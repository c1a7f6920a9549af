/// Which way a value moved since the previous point, whatever the polarity: shown ↑ ↓ =.
///
/// ```swift
/// Movement(from: FixedDecimal(833), to: FixedDecimal(798)).symbol // "↓"
/// ```
@frozen
public enum Movement: String, Sendable, Hashable, CaseIterable, Codable {
    /// The value went up.
    case up
    /// The value went down.
    case down
    /// The value did not change (at display precision).
    case level

    /// The movement from `previous` to `current`, compared exactly (round them first to compare
    /// at display precision).
    public init(from previous: FixedDecimal, to current: FixedDecimal) {
        self = current > previous ? .up : current < previous ? .down : .level
    }

    /// `↑`, `↓` or `=`.
    public var symbol: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .level: "="
        }
    }
}
