import SafeguardingMetrics

/// How figures are shown in a report: as computed, or with a suppression policy for publication
/// (``SafeguardingMetrics/SuppressionPolicy/dfe``, INDICATORS.md §1).
///
/// Every figure follows the one rule of ``SafeguardingMetrics/SuppressionPolicy/suppresses(numerator:denominator:unit:)``:
/// computed results are suppressed by the computation itself (``SafeguardingMetrics/IndicatorRequest/suppression``),
/// and a publication applies the same rule to what a report adds to them: published comparison
/// values (``shown(_:unit:)-(NeighbourComparison,_)``) and framework actuals
/// (``shown(_:)-(Scorecard)``). A value with no counts (a typed-in framework figure, most
/// published cells) is shown as it is.
///
/// ```swift
/// let publication = Publication(policy: .dfe)
/// let comparison = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
/// let shown = publication.shown(comparison, unit: .ratePer10k)   // counts of 1 to 5 shown as c
/// ```
public struct Publication: Sendable, Hashable {
    /// The policy applied, or `nil` for internal use (no suppression).
    public var policy: SuppressionPolicy?

    /// A publication under `policy`; `nil` for internal use.
    public init(policy: SuppressionPolicy?) {
        self.policy = policy
    }

    /// No suppression.
    public static let internalUse = Publication(policy: nil)

    /// The DfE's suppression when `suppress` is true, else none.
    public static func suppressing(_ suppress: Bool) -> Publication {
        suppress ? Publication(policy: .dfe) : .internalUse
    }

    /// A published value as it may be shown: `c` when its counts are suppressed.
    public func shown(_ value: IndicatorValue?, unit: MeasureUnit) -> IndicatorValue? {
        guard let policy, var value else { return value }
        if policy.suppresses(numerator: value.numerator, denominator: value.denominator, unit: unit) {
            value = IndicatorValue(published: .symbol(.confidential))
        }
        return value
    }

    /// Whether a framework figure with these counts is suppressed. A count row's figure is its own
    /// count when it is a whole number; any other figure is judged by its numerator and denominator.
    public func suppresses(numerator: Int64?, denominator: Int64?, value: FixedDecimal?, unit: MeasureUnit) -> Bool {
        guard let policy else { return false }
        if unit == .count, let value, value.decimals == 0 || value == value.rounded(toDecimals: 0) {
            return policy.suppresses(count: value.rounded(toDecimals: 0).units)
        }
        return policy.suppresses(numerator: numerator, denominator: denominator, unit: unit)
    }

    /// A comparison as it may be shown: suppressed values become `c`, and the neighbour statistic
    /// is recomputed without them (so no hidden value can be recovered from it); a suppressed
    /// authority has no rank or band.
    public func shown(_ comparison: NeighbourComparison, unit: MeasureUnit) -> NeighbourComparison {
        guard policy != nil else { return comparison }
        var shown = comparison
        shown.value = self.shown(comparison.value, unit: unit)
        shown.neighbours = comparison.neighbours.map { neighbour in
            var copy = neighbour
            copy.value = self.shown(neighbour.value, unit: unit)
            return copy
        }
        shown.comparator = NeighbourComparator(comparison.comparator.statistic, of: shown.neighbours.map(\.value), unit: unit)
        if shown.value?.number == nil {
            shown.rank = nil
            shown.quartileBand = nil
            shown.versusNeighbours = nil
            shown.interval = nil
            shown.significance = nil
        } else if let number = shown.value?.number, let comparator = shown.comparator.rounded(toDecimals: shown.decimals) {
            shown.versusNeighbours = ComparisonOutcome(number, against: comparator, polarity: shown.polarity)
        }
        return shown
    }
}
