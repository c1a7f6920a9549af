/// How an area compares with its comparator (statistical neighbours, region or England),
/// allowing for chance (INDICATORS.md §6).
///
/// The comparator lies inside the area's 95% confidence interval: ``similar``. Otherwise the
/// area is ``better`` or ``worse`` by polarity; with two levels, ``best`` or ``worst`` when the
/// comparator lies outside the 99.8% interval too. Intervals are those of ``Rate``: Wilson for
/// percentages, Byar's or exact Poisson for rates per 10,000 and per 100,000. They need the
/// numerator and denominator, so only an actual with its counts can be assessed; average
/// scores, counts and days have no interval here. Intervals are computed in floating point (they
/// are statistical estimates); statuses are not. The raw values are the snake-case names used in
/// JSON.
///
/// ```swift
/// ComparatorSignificance.assess(numerator: 50, denominator: 51_799, unit: .ratePer10k,
///                               comparator: FixedDecimal(6), polarity: .lower,
///                               levels: .ninetyFive)   // .worse: 9.65 per 10,000, CI 7.16…12.73
/// ```
@frozen
public enum ComparatorSignificance: String, Sendable, Hashable, CaseIterable, Codable {
    /// Better than the comparator beyond the 99.8% interval.
    case best
    /// Better than the comparator beyond the 95% interval.
    case better
    /// The comparator lies inside the 95% interval.
    case similar
    /// Worse than the comparator beyond the 95% interval.
    case worse
    /// Worse than the comparator beyond the 99.8% interval.
    case worst

    /// The comparison of an area's `numerator`/`denominator` with `comparator` (in the unit's
    /// scale: per 10,000, per cent). `nil` when it cannot be made: polarity `hold` or `none`, a
    /// unit with no interval method, a zero denominator, or (for a percentage) a numerator above
    /// the denominator.
    public static func assess(numerator: Int64, denominator: Int64, unit: MeasureUnit, comparator: FixedDecimal,
                              polarity: Polarity, levels: SignificanceLevels) -> ComparatorSignificance? {
        guard polarity == .higher || polarity == .lower, numerator >= 0, denominator > 0 else { return nil }
        func interval(_ level: ConfidenceLevel) -> ConfidenceInterval? {
            switch unit {
            case .percentage:
                numerator <= denominator ? Percentage(numerator, of: denominator).confidenceInterval(at: level) : nil
            case .ratePer10k: RatePer10k(numerator, of: denominator).confidenceInterval(at: level)
            case .ratePer100k: RatePer100k(numerator, of: denominator).confidenceInterval(at: level)
            case .count, .averageScore, .days: nil
            }
        }
        guard let inner = interval(.ninetyFive) else { return nil }
        let value = comparator.doubleValue
        if inner.contains(value) { return .similar }
        // The comparator is below the interval: the area is higher than it.
        let areaIsHigher = value < inner.lower
        let better = (polarity == .higher) == areaIsHigher
        if levels == .ninetyFiveAndNinetyNinePointEight, let outer = interval(.ninetyNinePointEight),
           !outer.contains(value) {
            return better ? .best : .worst
        }
        return better ? .better : .worse
    }
}
