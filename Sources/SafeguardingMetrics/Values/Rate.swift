/// A rate or percentage kept as its exact integer numerator and denominator.
///
/// The value is `numerator / denominator × Scale.multiplier`. It is rounded (half up) only when
/// shown or compared at a published precision, so a result can always be recomputed and pooled.
/// A zero denominator is the explicit *undefined* state (published as `z`): it has no value,
/// never NaN and never 0.
///
/// Rates of different scales are different types. There is deliberately no `+`, `-` or `*`
/// between rates: adding a percentage to a rate, or multiplying two rates, does not compile.
/// Combining two areas is ``pooled(with:)``, which adds numerators and denominators.
///
/// ```swift
/// let rereferrals = Percentage(42, of: 224)
/// print(rereferrals.rounded(toDecimals: 1)!)   // 18.8 (18.75 exactly, rounded half up)
/// let cla = RatePer10k(1_566, of: 51_799)
/// print(cla.formatted(decimals: 0))           // 302
/// ```
@frozen
public struct Rate<Scale: RateScale>: Sendable, Hashable {
    /// The count being measured (children, referrals, plans).
    public var numerator: Int64
    /// The group or population it is measured against; 0 means the rate is undefined.
    public var denominator: Int64

    /// Creates the rate `numerator` out of `denominator`.
    ///
    /// - Precondition: both are 0 or more.
    @inlinable
    public init(_ numerator: Int64, of denominator: Int64) {
        precondition(numerator >= 0 && denominator >= 0, "a rate's numerator and denominator are counts (≥ 0)")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Whether the denominator is 0, so the rate has no value.
    @inlinable
    public var isUndefined: Bool { denominator == 0 }

    /// The exact value as a `Double`, or `nil` when undefined. For display and statistics; use
    /// ``rounded(toDecimals:)`` to compare with published figures.
    @inlinable
    public var value: Double? {
        isUndefined ? nil : Double(numerator) * Double(Scale.multiplier) / Double(denominator)
    }

    /// The value rounded half up to `decimals` places, computed exactly from the integers; `nil`
    /// when undefined.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func rounded(toDecimals decimals: Int) -> FixedDecimal? {
        Rounding.halfUp(numerator: numerator, denominator: denominator, scale: Scale.multiplier, decimals: decimals)
    }

    /// The value at `decimals` places as published (`18.8`), or `z` when undefined.
    public func formatted(decimals: Int) -> String {
        rounded(toDecimals: decimals)?.description ?? PublicationSymbol.notApplicable.rawValue
    }

    /// The rate of the two groups together: numerators and denominators added (the pooled rate
    /// of two areas, or of two shards of the same area).
    @inlinable
    public func pooled(with other: Rate) -> Rate {
        Rate(numerator + other.numerator, of: denominator + other.denominator)
    }

    /// Whether two rates have the same exact value (`1/2` and `2/4` do); undefined rates have
    /// the same value only as each other.
    @inlinable
    public func hasSameValue(as other: Rate) -> Bool {
        if isUndefined || other.isUndefined { return isUndefined && other.isUndefined }
        return Int128(numerator) * Int128(other.denominator) == Int128(other.numerator) * Int128(denominator)
    }
}

extension Rate where Scale: PopulationRateScale {
    /// The same rate on another population scale: a rate of 38.4 per 10,000 is 384 per 100,000.
    ///
    /// The numerator and denominator are unchanged, so the conversion is exact.
    @inlinable
    public func converted<Other: PopulationRateScale>(to scale: Other.Type) -> Rate<Other> {
        Rate<Other>(numerator, of: denominator)
    }
}

/// A rate per 10,000 children.
public typealias RatePer10k = Rate<PerTenThousand>
/// A rate per 100,000.
public typealias RatePer100k = Rate<PerHundredThousand>
/// A percentage: a share of a group, per 100.
public typealias Percentage = Rate<PerHundred>
