/// How an interval was computed.
///
/// The raw values are stable snake-case names.
@frozen
public enum ConfidenceIntervalMethod: String, Sendable, Hashable {
    /// The Wilson score interval for a proportion.
    case wilson
    /// Byar's approximation to the Poisson interval, used for counts of 10 or more.
    case byar
    /// The exact Poisson interval from chi-square quantiles, used for counts below 10.
    case exactPoisson = "exact_poisson"
}

/// A two-sided confidence interval.
///
/// Intervals are built the way the public-health Fingertips tools (PHEindicatormethods)
/// build them: `wilson(successes:trials:level:)` for proportions and
/// `poisson(count:level:)` for counts, with rates obtained by scaling the count interval.
///
/// ```swift
/// let share = ConfidenceInterval.wilson(successes: 25, trials: 100, level: .ninetyFive)!
/// // share.lower ≈ 0.1754521, share.upper ≈ 0.3430446
///
/// let perTenThousand = ConfidenceInterval.poisson(count: 50, level: .ninetyFive)
///     .scaled(by: 10_000 / 51_799)
/// // perTenThousand.lower ≈ 7.163864, perTenThousand.upper ≈ 12.72614
/// ```
@frozen
public struct ConfidenceInterval: Sendable, Hashable {
    /// The lower limit.
    public var lower: Double
    /// The upper limit.
    public var upper: Double
    /// The confidence level the limits were computed at.
    public var level: ConfidenceLevel
    /// The method the limits were computed with.
    public var method: ConfidenceIntervalMethod

    /// Creates an interval from its limits.
    ///
    /// - Precondition: `lower <= upper` (so neither limit is NaN).
    @inlinable
    public init(lower: Double, upper: Double, level: ConfidenceLevel, method: ConfidenceIntervalMethod) {
        precondition(lower <= upper, "a confidence interval needs lower <= upper")
        self.lower = lower
        self.upper = upper
        self.level = level
        self.method = method
    }

    /// Whether `value` lies in the interval, counting both limits as inside.
    ///
    /// ```swift
    /// ConfidenceInterval.wilson(successes: 0, trials: 10, level: .ninetyFive)!.contains(0) // true
    /// ```
    @inlinable
    public func contains(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }

    /// The same interval with both limits multiplied by `factor`, keeping level and method.
    ///
    /// Use it to turn a count interval into a rate: multiply by `10_000 / population`
    /// for a rate per 10,000, or a proportion interval into a percentage with `100`.
    ///
    /// - Precondition: `factor` is finite and not negative.
    @inlinable
    public func scaled(by factor: Double) -> ConfidenceInterval {
        precondition(factor >= 0 && factor.isFinite, "scale factor must be finite and >= 0")
        return ConfidenceInterval(lower: lower * factor, upper: upper * factor, level: level, method: method)
    }

    /// Wilson interval of the proportion successes/trials on the 0...1 scale; nil when trials == 0.
    ///
    /// With p̂ = x/n, the limits are
    /// (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)). The lower limit is evaluated in the
    /// algebraically equal form 2x² / (n(2x + z² + z·√(…))), which avoids cancellation for
    /// small x. When x = 0 the lower limit is exactly 0, and when x = n the upper is exactly 1.
    ///
    /// - Parameters:
    ///   - successes: The numerator x.
    ///   - trials: The denominator n.
    ///   - level: The confidence level.
    /// - Precondition: `0 <= successes <= trials`.
    ///
    /// ```swift
    /// let ci = ConfidenceInterval.wilson(successes: 1, trials: 10, level: .ninetyFive)!
    /// // ci.lower ≈ 0.0178762131, ci.upper ≈ 0.4041500268
    /// ```
    public static func wilson(successes: Int64, trials: Int64, level: ConfidenceLevel) -> ConfidenceInterval? {
        precondition(successes >= 0 && successes <= trials, "Wilson interval needs 0 <= successes <= trials")
        guard trials > 0 else { return nil }
        let x = Double(successes)
        let n = Double(trials)
        let z = level.z
        let zSquared = z * z
        // 4x(1 − x/n) written as 4x(n − x)/n, with n − x exact in integers.
        let spread = z * (zSquared + 4 * x * (Double(trials - successes) / n)).squareRoot()
        let centre = 2 * x + zSquared
        let lower = successes == 0 ? 0 : min(1, 2 * x * x / (n * (centre + spread)))
        let upper = successes == trials ? 1 : min(1, (centre + spread) / (2 * (n + zSquared)))
        return ConfidenceInterval(lower: lower, upper: max(lower, upper), level: level, method: .wilson)
    }

    /// Interval for a Poisson count itself (Byar's when count >= 10, exact below). precondition count >= 0
    ///
    /// For a count x ≥ 10, Byar's method:
    /// lower = x(1 − 1/(9x) − z/(3√x))³ and upper = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
    /// For x < 10, the exact method: lower = qchisq(α/2, 2x)/2 (0 when x = 0) and
    /// upper = qchisq(1 − α/2, 2x + 2)/2, where α = 1 − confidence level.
    ///
    /// To get a rate, scale the result: `poisson(count: x, level: l).scaled(by: 10_000 / n)`.
    ///
    /// - Parameters:
    ///   - count: The observed count x.
    ///   - level: The confidence level.
    /// - Precondition: `count >= 0`.
    ///
    /// ```swift
    /// let ci = ConfidenceInterval.poisson(count: 0, level: .ninetyFive)
    /// // ci.lower == 0, ci.upper ≈ 3.688879 (method .exactPoisson)
    /// ```
    public static func poisson(count: Int64, level: ConfidenceLevel) -> ConfidenceInterval {
        precondition(count >= 0, "Poisson interval needs count >= 0")
        let x = Double(count)
        if count >= 10 {
            let z = level.z
            let lowerRoot = 1 - 1 / (9 * x) - z / (3 * x.squareRoot())
            let lower = x * lowerRoot * lowerRoot * lowerRoot
            let next = x + 1
            let upperRoot = 1 - 1 / (9 * next) + z / (3 * next.squareRoot())
            let upper = next * upperRoot * upperRoot * upperRoot
            return ConfidenceInterval(lower: max(0, lower), upper: upper, level: level, method: .byar)
        }
        let halfAlpha = (1 - level.level) / 2
        let lower = count == 0
            ? 0 : SpecialFunctions.chiSquareQuantile(halfAlpha, degreesOfFreedom: 2 * x) / 2
        let upper = SpecialFunctions.chiSquareUpperQuantile(halfAlpha, degreesOfFreedom: 2 * x + 2) / 2
        return ConfidenceInterval(lower: lower, upper: upper, level: level, method: .exactPoisson)
    }
}
