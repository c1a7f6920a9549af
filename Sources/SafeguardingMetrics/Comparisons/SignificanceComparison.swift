/// Whether an area differs significantly from a comparator (usually England), judged by the
/// area's own confidence interval, as the public-health Fingertips tools judge it.
///
/// If the comparator lies inside the area's 95% interval the area is ``similar``. Otherwise it is
/// ``better`` or ``worse`` by polarity (``higher`` or ``lower`` when the indicator has no
/// polarity). With ``SignificanceScheme/twoLevels``, an area whose 99.8% interval also excludes
/// the comparator is ``best`` or ``worst`` (still ``higher`` or ``lower`` without polarity).
/// Intervals: Wilson for percentages, Byar's or exact Poisson for rates (each ``Rate``'s
/// `confidenceInterval(at:)`).
///
/// ```swift
/// let share = Percentage(175, of: 265)            // 66.0%, 95% CI 60.1 to 71.5
/// SignificanceComparison.compare(share, with: 64, polarity: .higher)   // .similar
/// SignificanceComparison.compare(share, with: 50, polarity: .higher, scheme: .twoLevels) // .best
/// ```
@frozen
public enum SignificanceComparison: String, Sendable, Hashable, CaseIterable, Codable {
    /// The comparator lies inside the area's 95% interval.
    case similar
    /// Significantly better at 95%.
    case better
    /// Significantly worse at 95%.
    case worse
    /// Significantly better at 99.8% (two-level scheme only).
    case best
    /// Significantly worse at 99.8% (two-level scheme only).
    case worst
    /// Significantly higher, for an indicator with no polarity.
    case higher
    /// Significantly lower, for an indicator with no polarity.
    case lower

    /// Judges `comparator` against the area's intervals at 95% (`interval`) and, for the
    /// two-level scheme, 99.8% (`outerInterval`; without it the scheme is one level).
    public static func compare(interval: ConfidenceInterval, outerInterval: ConfidenceInterval? = nil,
                               comparator: Double, polarity: Polarity) -> SignificanceComparison {
        if interval.contains(comparator) { return .similar }
        // The area is above the comparator when the comparator is below its interval.
        let areaIsHigher = comparator < interval.lower
        let beyondOuter = outerInterval.map { !$0.contains(comparator) } ?? false
        switch polarity {
        case .higher, .lower:
            let better = (polarity == .higher) == areaIsHigher
            if beyondOuter { return better ? .best : .worst }
            return better ? .better : .worse
        case .hold, .none:
            return areaIsHigher ? .higher : .lower
        }
    }

    /// Judges a percentage against `comparator` (on the 0-100 scale) with Wilson intervals; `nil`
    /// when the denominator is 0 or the numerator exceeds it.
    public static func compare(_ percentage: Percentage, with comparator: Double, polarity: Polarity,
                               scheme: SignificanceScheme = .oneLevel) -> SignificanceComparison? {
        guard percentage.numerator <= percentage.denominator,
              let interval = percentage.confidenceInterval(at: .ninetyFive) else { return nil }
        let outer = scheme == .twoLevels ? percentage.confidenceInterval(at: .ninetyNinePointEight) : nil
        return compare(interval: interval, outerInterval: outer, comparator: comparator, polarity: polarity)
    }

    /// Judges a population rate against `comparator` (on the rate's scale) with Byar's or exact
    /// Poisson intervals; `nil` when the population is 0.
    public static func compare<Scale: PopulationRateScale>(_ rate: Rate<Scale>, with comparator: Double, polarity: Polarity,
                                                           scheme: SignificanceScheme = .oneLevel) -> SignificanceComparison? {
        guard let interval = rate.confidenceInterval(at: .ninetyFive) else { return nil }
        let outer = scheme == .twoLevels ? rate.confidenceInterval(at: .ninetyNinePointEight) : nil
        return compare(interval: interval, outerInterval: outer, comparator: comparator, polarity: polarity)
    }

    /// The interval of an area's counts read as `unit` at `level`: Wilson for a percentage, Byar's
    /// or exact Poisson for a rate, on the unit's scale; `nil` for units with no interval (average
    /// scores, counts, days) or unusable counts (a zero denominator, a percentage above 100%).
    ///
    /// ```swift
    /// SignificanceComparison.interval(numerator: 175, denominator: 265, unit: .percentage) // 60.1...71.5
    /// ```
    public static func interval(numerator: Int64, denominator: Int64, unit: MeasureUnit,
                                at level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
        guard numerator >= 0, denominator > 0 else { return nil }
        switch unit {
        case .percentage:
            guard numerator <= denominator else { return nil }
            return Percentage(numerator, of: denominator).confidenceInterval(at: level)
        case .ratePer10k: return RatePer10k(numerator, of: denominator).confidenceInterval(at: level)
        case .ratePer100k: return RatePer100k(numerator, of: denominator).confidenceInterval(at: level)
        case .averageScore, .count, .days: return nil
        }
    }

    /// Judges an area's counts, read as `unit` (percentage or rate), against `comparator`; `nil`
    /// for units with no interval (average scores, counts, days) or unusable counts.
    public static func compare(numerator: Int64, denominator: Int64, unit: MeasureUnit, with comparator: Double,
                               polarity: Polarity, scheme: SignificanceScheme = .oneLevel) -> SignificanceComparison? {
        guard let inner = interval(numerator: numerator, denominator: denominator, unit: unit) else { return nil }
        let outer = scheme == .twoLevels
            ? interval(numerator: numerator, denominator: denominator, unit: unit, at: .ninetyNinePointEight) : nil
        return compare(interval: inner, outerInterval: outer, comparator: comparator, polarity: polarity)
    }
}
