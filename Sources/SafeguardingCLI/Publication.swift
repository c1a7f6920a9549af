import SafeguardingMetrics

/// How figures are shown: as computed, or with the DfE's publication suppression
/// (``SuppressionPolicy/dfe``, INDICATORS.md §1) when `--suppress` is given.
///
/// Suppression needs counts: a value whose numerator or denominator is 1 to 5 is shown as `c`
/// (averages are never suppressed); a value with no counts (a typed-in framework figure, most
/// published cells) is shown as it is.
struct Publication {
    /// The policy applied, or `nil` for internal use (no suppression).
    var policy: SuppressionPolicy?

    /// No suppression.
    static let internalUse = Publication(policy: nil)

    /// A published value as it may be shown: `c` when its counts are suppressed.
    func shown(_ value: IndicatorValue?, unit: MeasureUnit) -> IndicatorValue? {
        guard let policy, var value, unit != .averageScore else { return value }
        if isSuppressed(numerator: value.numerator, denominator: value.denominator, unit: unit, policy: policy) {
            value = IndicatorValue(published: .symbol(.confidential))
        }
        return value
    }

    /// Whether a figure with these counts is suppressed.
    func suppresses(numerator: Int64?, denominator: Int64?, value: FixedDecimal?, unit: MeasureUnit) -> Bool {
        guard let policy, unit != .averageScore else { return false }
        if unit == .count, let value, value.decimals == 0 || value == value.rounded(toDecimals: 0) {
            return policy.suppresses(count: value.rounded(toDecimals: 0).units)
        }
        return isSuppressed(numerator: numerator, denominator: denominator, unit: unit, policy: policy)
    }

    private func isSuppressed(numerator: Int64?, denominator: Int64?, unit: MeasureUnit, policy: SuppressionPolicy) -> Bool {
        if let numerator, policy.suppresses(count: numerator) { return true }
        if let denominator, policy.suppresses(count: denominator) { return true }
        return false
    }

    /// A comparison as it may be shown: suppressed values become `c`, and the neighbour statistic
    /// is recomputed without them (so no hidden value can be recovered from it); a suppressed
    /// authority has no rank or band.
    func shown(_ comparison: NeighbourComparison, unit: MeasureUnit) -> NeighbourComparison {
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
