/// How an actual stands against the target due at its date, or the trajectory value when no
/// target falls on that date (INDICATORS.md §5).
///
/// Both values are rounded half up to the indicator's display precision first, so 20.4% against
/// a target of 20% at whole-number precision has *met* it. By polarity:
/// - `higher`: above is ``better``, equal ``met``, below ``missed``;
/// - `lower`: below is ``better``, equal ``met``, above ``missed``;
/// - `hold`: equal is ``met``, any difference ``missed`` (never better);
/// - `none`: no status.
///
/// The raw values are the snake-case names used in JSON.
///
/// ```swift
/// TargetStatus.assess(actual: FixedDecimal(798), against: FixedDecimal(825),
///                     polarity: .lower, decimals: 0)   // .better
/// ```
@frozen
public enum TargetStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Better than the target, by polarity.
    case better
    /// Equal to the target at display precision.
    case met
    /// Worse than the target (or, for `hold`, different from it).
    case missed

    /// The status of `actual` against `target`, both rounded half up to `decimals` places;
    /// `nil` for polarity `none`.
    ///
    /// - Precondition: `decimals` is 0 through 18.
    public static func assess(actual: FixedDecimal, against target: FixedDecimal, polarity: Polarity,
                              decimals: Int) -> TargetStatus? {
        let shown = actual.rounded(toDecimals: decimals)
        let aim = target.rounded(toDecimals: decimals)
        switch polarity {
        case .none: return nil
        case .hold: return shown == aim ? .met : .missed
        case .higher, .lower:
            if shown == aim { return .met }
            return polarity.isBetter(shown, than: aim) ? .better : .missed
        }
    }

    /// Whether the target was met or beaten.
    @inlinable
    public var isOnTrack: Bool { self != .missed }
}
