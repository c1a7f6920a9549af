#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Numerical routines behind the confidence intervals: the inverse standard normal
/// distribution, the regularised incomplete gamma function and the chi-square quantile.
///
/// Everything here is pure and free of shared state (`lgamma` from the C library is avoided
/// because it writes the global `signgam`), so it is safe to call from any concurrency domain.
enum SpecialFunctions {
    // MARK: Normal distribution

    /// The standard normal quantile Φ⁻¹(p) for 0 < p < 1, by Wichura's algorithm AS 241
    /// (PPND16), which is accurate to about 1 part in 10¹⁶.
    ///
    /// Returns `-infinity` for p = 0 and `+infinity` for p = 1. For an upper-tail quantile,
    /// pass the (small) upper-tail probability and negate: Φ⁻¹(1 − q) = −Φ⁻¹(q), which keeps
    /// full precision where computing `1 - q` would not.
    static func normalQuantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "probability must be in 0...1")
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let num = (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r
                + 6.7265770927008700853e4) * r + 4.5921953931549871457e4) * r
                + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r
                + 1.3314166789178437745e2) * r + 3.3871328727963666080e0)
            let den = (((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r
                + 3.9307895800092710610e4) * r + 2.1213794301586595867e4) * r
                + 5.3941960214247511077e3) * r + 6.8718700749205790830e2) * r
                + 4.2313330701600911252e1) * r + 1.0)
            return q * num / den
        }
        var r = (-log(q < 0 ? p : 1 - p)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            let num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                + 2.41780725177450611770e-1) * r + 1.27045825245236838258e0) * r
                + 3.64784832476320460504e0) * r + 5.76949722146069140550e0) * r
                + 4.63033784615654529590e0) * r + 1.42343711074968357734e0)
            let den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                + 6.89767334985100004550e-1) * r + 1.67638483018380384940e0) * r
                + 2.05319162663775882187e0) * r + 1.0)
            value = num / den
        } else {
            r -= 5
            let num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                + 2.96560571828504891230e-1) * r + 1.78482653991729133580e0) * r
                + 5.46378491116411436990e0) * r + 6.65790464350110377720e0)
            let den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0)
            value = num / den
        }
        return q < 0 ? -value : value
    }

    // MARK: Gamma function

    /// ln Γ(a) for a > 0: the Stirling series for a ≥ 10, shifted up by the recurrence
    /// Γ(a + 1) = a Γ(a) below that. The absolute error is a few units of 1e-15.
    static func logGamma(_ a: Double) -> Double {
        precondition(a > 0, "logGamma needs a > 0")
        if a >= 10 {
            return (a - 0.5) * log(a) - a + halfLogTwoPi + stirlingCorrection(a)
        }
        var shifted = a
        var product = 1.0
        while shifted < 10 {
            product *= shifted
            shifted += 1
        }
        return logGamma(shifted) - log(product)
    }

    /// ln(x^a e^(−x) / Γ(a)), the common factor of both incomplete gamma expansions.
    ///
    /// For a ≥ 10 it is evaluated as a(ln(x/a) − (x − a)/a) + ½ ln(a/2π) − S(a), which avoids
    /// the cancellation between a·ln x, x and ln Γ(a) when x is near a.
    static func logGammaPrefactor(_ a: Double, _ x: Double) -> Double {
        guard a >= 10 else { return a * log(x) - x - logGamma(a) }
        let ratio = x / a
        let t = (x - a) / a
        // x − a is exact when x/2 <= a <= 2x (Sterbenz), so log1p keeps full precision there.
        let logRatioMinusT = (ratio >= 0.5 && ratio <= 2) ? log1p(t) - t : log(ratio) - t
        return a * logRatioMinusT + 0.5 * log(a / (2 * Double.pi)) - stirlingCorrection(a)
    }

    /// The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
    ///
    /// For x < a + 1, P comes from the power series; otherwise Q comes from Lentz's evaluation
    /// of the continued fraction. The tail computed directly has full relative precision;
    /// the other is its complement.
    static func regularizedGamma(_ a: Double, _ x: Double) -> (p: Double, q: Double) {
        precondition(a > 0, "regularizedGamma needs a > 0")
        precondition(x >= 0, "regularizedGamma needs x >= 0")
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let prefactor = exp(logGammaPrefactor(a, x))
        if x < a + 1 {
            var term = 1 / a
            var sum = term
            var n = 1.0
            while n < 100_000 {
                term *= x / (a + n)
                sum += term
                if abs(term) <= abs(sum) * epsilon { break }
                n += 1
            }
            let p = min(1, prefactor * sum)
            return (p, 1 - p)
        }
        let tiny = Double.leastNormalMagnitude / epsilon
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 100_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= epsilon { break }
            i += 1
        }
        let q = min(1, prefactor * h)
        return (1 - q, q)
    }

    // MARK: Chi-square quantile

    /// The chi-square quantile: the x with P(χ²_df ≤ x) = p (R's `qchisq(p, df)`).
    ///
    /// Accurate to about 1e-14 relative for df > 0. Returns 0 for p = 0 and `+infinity` for p = 1.
    static func chiSquareQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "degrees of freedom must be positive")
        precondition(p >= 0 && p <= 1, "probability must be in 0...1")
        return 2 * gammaQuantile(shape: df / 2, probability: p, lowerTail: true)
    }

    /// The upper chi-square quantile: the x with P(χ²_df > x) = q
    /// (R's `qchisq(q, df, lower.tail = FALSE)`), without forming 1 − q.
    static func chiSquareUpperQuantile(_ q: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "degrees of freedom must be positive")
        precondition(q >= 0 && q <= 1, "probability must be in 0...1")
        return 2 * gammaQuantile(shape: df / 2, probability: q, lowerTail: false)
    }

    /// Inverts the regularised incomplete gamma function in x: Halley steps on
    /// P(a, x) − p (or q − Q(a, x)) inside a shrinking bracket, falling back to bisection
    /// whenever a step would leave the bracket.
    static func gammaQuantile(shape a: Double, probability: Double, lowerTail: Bool) -> Double {
        let lowerP = lowerTail ? probability : 1 - probability
        if lowerP <= 0 { return 0 }
        if lowerP >= 1 { return .infinity }
        func residual(_ x: Double) -> Double {
            let (p, q) = regularizedGamma(a, x)
            return lowerTail ? p - probability : probability - q
        }

        // Starting point: Wilson–Hilferty, or the small-x series P ≈ x^a / Γ(a + 1).
        let z = lowerTail ? normalQuantile(probability) : -normalQuantile(probability)
        let cube = 1 - 1 / (9 * a) + z / (3 * a.squareRoot())
        let wilsonHilferty = a * cube * cube * cube
        let smallX = exp((log(lowerP) + logGamma(a + 1)) / a)
        var x = (wilsonHilferty > 0 && wilsonHilferty.isFinite) ? wilsonHilferty : smallX
        if smallX < 0.3 * (a + 1) { x = smallX }
        if !(x > 0 && x.isFinite) { x = a }

        var lo = 0.0
        var hi = Double.infinity
        for _ in 0..<300 {
            let r = residual(x)
            if r == 0 { return x }
            if r < 0 { lo = x } else { hi = x }
            let density = exp(logGammaPrefactor(a, x)) / x
            var next = Double.nan
            if density > 0 && density.isFinite {
                let newton = r / density
                let halleyDenominator = 1 - 0.5 * newton * ((a - 1) / x - 1)
                let step = halleyDenominator > 0.5 && halleyDenominator < 2
                    ? newton / halleyDenominator : newton
                next = min(max(x - step, x / 16), x * 16)
                if abs(step) <= 4 * epsilon * x { return next }
            }
            if !(next > lo && next < hi) {
                if hi == .infinity {
                    next = 2 * x
                } else if lo > 0 && hi > 4 * lo {
                    next = (lo * hi).squareRoot()
                } else {
                    next = lo + 0.5 * (hi - lo)
                }
            }
            if hi.isFinite && hi - lo <= 4 * epsilon * hi { return next }
            x = next
        }
        return x
    }

    // MARK: Private helpers

    private static let epsilon = Double.ulpOfOne
    private static let halfLogTwoPi = 0.918_938_533_204_672_741_780_329_736_406

    /// Stirling's series ln Γ(a) − ((a − ½) ln a − a + ½ ln 2π), accurate to 1e-16 for a ≥ 10.
    private static func stirlingCorrection(_ a: Double) -> Double {
        let inverse = 1 / a
        let inverseSquared = inverse * inverse
        let series = 1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260
            - inverseSquared * (1.0 / 1680 - inverseSquared * (1.0 / 1188
            - inverseSquared * (691.0 / 360_360 - inverseSquared * (1.0 / 156))))))
        return series * inverse
    }
}
