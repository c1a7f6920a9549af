/// A signed change with its unit: `-35 per 10,000`, `+4 pp`, `-4.2%`.
///
/// ```swift
/// let change = LabelledChange(value: FixedDecimal(4), unit: .percentagePoints)
/// print(change)   // +4 pp
/// ```
@frozen
public struct LabelledChange: Sendable, Hashable, CustomStringConvertible {
    /// The signed amount.
    public var value: FixedDecimal
    /// What the amount is measured in.
    public var unit: ChangeUnit

    /// Creates a labelled change.
    public init(value: FixedDecimal, unit: ChangeUnit) {
        self.value = value
        self.unit = unit
    }

    /// The amount with its sign (`+` for increases, `-` for decreases, none for 0) and unit.
    public var description: String {
        let sign = value.units > 0 ? "+" : ""
        switch unit {
        case .percent: return "\(sign)\(value)%"
        case .count, .score: return "\(sign)\(value)"
        default: return "\(sign)\(value) \(unit.symbol)"
        }
    }
}
