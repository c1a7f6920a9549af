/// The rule that turns a status into a red, amber, green or grey rating.
///
/// - ``baseline`` (the default, ``standard``; INDICATORS.md §5): green when the target is met or
///   beaten; amber when it is missed but the actual is not worse than the baseline; red when it is
///   missed and the actual is worse than the baseline (for `hold`: further from the aim than the
///   baseline is). A missed target with no baseline is amber: nothing shows it is worse.
/// - ``tolerance(_:)``: green when met or beaten; amber when missed by no more than the
///   tolerance; red beyond it.
/// - ``significance(_:)`` (INDICATORS.md §6): green when better (or best) than the comparator
///   beyond chance, amber when similar, red when worse (or worst). It needs the actual's
///   numerator and denominator and a comparator value, and a `higher` or `lower` polarity.
///
/// Every policy rates grey when there is no actual or the polarity is `none`; the target-based
/// policies also when there is no target (no status), the significance rule when no comparison
/// could be made. Values are compared at display precision.
///
/// ```swift
/// let input = RAGInput(polarity: .higher, status: .missed, actual: FixedDecimal(59),
///                      aim: FixedDecimal(60), baseline: FixedDecimal(58))
/// RAGPolicy.standard.rating(for: input)                        // .amber
/// RAGPolicy.tolerance(.units(FixedDecimal(0))).rating(for: input) // .red
/// ```
@frozen
public enum RAGPolicy: Sendable, Hashable {
    /// Green when met or better; amber when missed but not worse than the baseline; red when
    /// missed and worse than the baseline.
    case baseline
    /// Green when met or better; amber when missed within the tolerance; red beyond it.
    case tolerance(RAGTolerance)
    /// Green, amber or red by comparison with the comparator's value allowing for chance.
    case significance(SignificanceScheme)

    /// The default policy of INDICATORS.md §5: ``baseline``.
    public static let standard = RAGPolicy.baseline

    /// The rating of one actual under this policy.
    public func rating(for input: RAGInput) -> RAGRating {
        guard input.polarity != .none, let actual = input.actual else { return .grey }
        switch self {
        case .significance:
            switch input.significance {
            case .best, .better: return .green
            case .similar: return .amber
            case .worse, .worst: return .red
            case .higher, .lower, nil: return .grey
            }
        case .baseline:
            guard let status = input.status else { return .grey }
            if status.isOnTrack { return .green }
            guard let baseline = input.baseline else { return .amber }
            return RAGPolicy.isWorse(actual, than: baseline, polarity: input.polarity, aim: input.aim) ? .red : .amber
        case .tolerance(let tolerance):
            guard let status = input.status, let aim = input.aim else { return .grey }
            if status.isOnTrack { return .green }
            return tolerance.allows(actual, against: aim) ? .amber : .red
        }
    }

    /// Whether `actual` is worse than `baseline`: by polarity, or for `hold` further from `aim`.
    static func isWorse(_ actual: FixedDecimal, than baseline: FixedDecimal, polarity: Polarity,
                        aim: FixedDecimal?) -> Bool {
        switch polarity {
        case .higher, .lower:
            return polarity.isBetter(baseline, than: actual)
        case .hold:
            guard let aim else { return false }
            return FrameworkArithmetic.distance(actual, aim) > FrameworkArithmetic.distance(baseline, aim)
        case .none:
            return false
        }
    }
}

extension RAGPolicy: CustomStringConvertible {
    /// A short name: `baseline`, `tolerance 2 units`, `tolerance 5% of target`, `significance 95`.
    public var description: String {
        switch self {
        case .baseline: "baseline"
        case .tolerance(.units(let limit)): "tolerance \(limit) units"
        case .tolerance(.percentOfTarget(let percent)): "tolerance \(percent)% of target"
        case .significance(let levels): "significance \(levels.rawValue)"
        }
    }
}
