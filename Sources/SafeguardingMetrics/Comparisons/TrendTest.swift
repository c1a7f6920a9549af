/// The chi-square test for trend in proportions (Cochran-Armitage), as Fingertips applies it to
/// the most recent five or more periods of an indicator.
///
/// For periods i = 1…k with numerators rᵢ out of denominators nᵢ, scores xᵢ (1, 2, …, k by
/// default), R = Σrᵢ, N = Σnᵢ, p = R/N and x̄ = Σnᵢxᵢ / N:
///
///     χ² = (Σ rᵢxᵢ − R·x̄)² / (p(1 − p) · Σ nᵢ(xᵢ − x̄)²)
///
/// with one degree of freedom. This is the statistic of R's `prop.trend.test`. The trend is
/// significant when χ² > 9.5495 (the 99.8% point of χ²₁); its direction is the sign of
/// Σ rᵢxᵢ − R·x̄. Rates per 10,000 are tested as the proportion of the population counted.
///
/// ```swift
/// // R's documented example: prop.trend.test(c(83, 90, 129, 70), c(86, 93, 136, 82)) gives 8.2249.
/// TrendTest.chiSquare(numerators: [83, 90, 129, 70], denominators: [86, 93, 136, 82])   // 8.22492...
/// ```
public enum TrendTest {
    /// 9.5495, the 99.8% point of the chi-square distribution with one degree of freedom.
    public static let criticalValue = 9.5495

    /// The fewest periods the trend is assessed over.
    public static let minimumPeriods = 5

    /// The χ² statistic for trend; `nil` when there are fewer than 2 periods, a denominator is not
    /// positive, a numerator is negative or above its denominator, the overall proportion is 0 or
    /// 1, or the scores do not vary.
    ///
    /// - Parameters:
    ///   - numerators: each period's count rᵢ.
    ///   - denominators: each period's group or population nᵢ.
    ///   - scores: the score of each period (default 1, 2, …, k); equally spaced years give the
    ///     same statistic.
    /// - Precondition: the arrays have the same length.
    /// - Complexity: O(k).
    public static func chiSquare(numerators: [Int64], denominators: [Int64], scores: [Double]? = nil) -> Double? {
        precondition(numerators.count == denominators.count, "one numerator per denominator")
        let scores = scores ?? numerators.indices.map { Double($0 + 1) }
        precondition(scores.count == numerators.count, "one score per period")
        guard numerators.count >= 2 else { return nil }
        var totalR = 0.0, totalN = 0.0, sumNX = 0.0, sumRX = 0.0
        for i in numerators.indices {
            guard denominators[i] > 0, numerators[i] >= 0, numerators[i] <= denominators[i] else { return nil }
            let r = Double(numerators[i]), n = Double(denominators[i])
            totalR += r
            totalN += n
            sumNX += n * scores[i]
            sumRX += r * scores[i]
        }
        let p = totalR / totalN
        let meanScore = sumNX / totalN
        var spread = 0.0
        for i in numerators.indices {
            let deviation = scores[i] - meanScore
            spread += Double(denominators[i]) * deviation * deviation
        }
        let variance = p * (1 - p) * spread
        guard variance > 0 else { return nil }
        let slope = sumRX - totalR * meanScore
        return slope * slope / variance
    }

    /// The trend over `minimumPeriods` or more periods: ``TrendDirection/increasing`` or
    /// ``TrendDirection/decreasing`` when χ² > `criticalValue`, otherwise
    /// ``TrendDirection/noSignificantChange``; `nil` when there are fewer than
    /// ``minimumPeriods`` periods or ``chiSquare(numerators:denominators:scores:)`` is undefined.
    ///
    /// - Complexity: O(k).
    public static func assess(numerators: [Int64], denominators: [Int64], scores: [Double]? = nil,
                              criticalValue: Double = TrendTest.criticalValue) -> TrendResult? {
        guard numerators.count >= minimumPeriods,
              let statistic = chiSquare(numerators: numerators, denominators: denominators, scores: scores) else { return nil }
        let scores = scores ?? numerators.indices.map { Double($0 + 1) }
        let totalR = numerators.reduce(0) { $0 + Double($1) }
        let totalN = denominators.reduce(0) { $0 + Double($1) }
        let meanScore = zip(denominators, scores).reduce(0) { $0 + Double($1.0) * $1.1 } / totalN
        let slope = zip(numerators, scores).reduce(0) { $0 + Double($1.0) * $1.1 } - totalR * meanScore
        let direction: TrendDirection = statistic > criticalValue ? (slope > 0 ? .increasing : .decreasing) : .noSignificantChange
        return TrendResult(chiSquare: statistic, criticalValue: criticalValue, direction: direction, periods: numerators.count)
    }
}
