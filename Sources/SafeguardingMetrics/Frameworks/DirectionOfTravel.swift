/// Whether an indicator got better or worse since its previous point (the baseline, for the
/// first actual), by polarity (INDICATORS.md §5).
///
/// Values are compared at the indicator's display precision. By polarity:
/// - `higher`: up is ``improving``, down ``worsening``;
/// - `lower`: down is ``improving``, up ``worsening``;
/// - `hold`: closer to the value aimed for at the current date (the target or trajectory value)
///   is ``improving``, further ``worsening``, the same distance ``unchanged``;
/// - `none`: no judgement (the ``Movement`` and the signed change are still shown).
///
/// The raw values are the snake-case names used in JSON.
///
/// ```swift
/// DirectionOfTravel.assess(current: FixedDecimal(798), previous: FixedDecimal(833),
///                          polarity: .lower, decimals: 0)   // .improving
/// ```
@frozen
public enum DirectionOfTravel: String, Sendable, Hashable, CaseIterable, Codable {
    /// Better than the previous point.
    case improving
    /// The same as the previous point at display precision.
    case unchanged
    /// Worse than the previous point.
    case worsening

    /// The direction from `previous` to `current`, both rounded half up to `decimals`; for
    /// `hold`, `aim` is the value aimed for at the current date. `nil` for polarity `none`, and
    /// for `hold` without an `aim` when the value moved.
    ///
    /// - Precondition: `decimals` is 0 through 18.
    public static func assess(current: FixedDecimal, previous: FixedDecimal, polarity: Polarity,
                              decimals: Int, aim: FixedDecimal? = nil) -> DirectionOfTravel? {
        let now = current.rounded(toDecimals: decimals)
        let before = previous.rounded(toDecimals: decimals)
        switch polarity {
        case .none:
            return nil
        case .higher, .lower:
            if now == before { return .unchanged }
            return polarity.isBetter(now, than: before) ? .improving : .worsening
        case .hold:
            if now == before { return .unchanged }
            guard let aim = aim?.rounded(toDecimals: decimals) else { return nil }
            let nowDistance = FrameworkArithmetic.distance(now, aim)
            let beforeDistance = FrameworkArithmetic.distance(before, aim)
            if nowDistance == beforeDistance { return .unchanged }
            return nowDistance < beforeDistance ? .improving : .worsening
        }
    }
}
