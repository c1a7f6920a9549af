import Foundation
import Testing
@testable import SafeguardingMetrics

/// `actual` is within `relative` of `expected`, or within 1e-12 absolute when `expected` is 0.
private func isClose(_ actual: Double, _ expected: Double, relative: Double) -> Bool {
    if expected == 0 { return abs(actual) <= 1e-12 }
    return abs(actual - expected) <= relative * abs(expected)
}

@Suite("Confidence intervals")
struct ConfidenceIntervalTests {
    // MARK: Reference vectors

    @Test("Wilson, Byar and exact Poisson intervals match the reference vectors to 1e-6 relative")
    func referenceVectors() throws {
        let rows = try Fixture.csvRows("ci_reference_vectors_wilson_byars.csv")
        var checked = 0
        var proportions = 0
        var rates = 0
        for row in rows {
            let line = "\(row)"
            let field = { (name: String) in row[name] ?? "" }
            let confidence = try #require(Double(field("confidence")))
            let expectedZ = try #require(Double(field("z")))
            let x = try #require(Int64(field("x")))
            let n = try #require(Int64(field("n")))
            let value = try #require(Double(field("value")))
            let lower = try #require(Double(field("lower")))
            let upper = try #require(Double(field("upper")))

            let level = ConfidenceLevel(confidence)
            #expect(abs(level.z - expectedZ) <= 1e-8, "z for \(confidence)")

            let interval: ConfidenceInterval
            let expectedMethod: ConfidenceIntervalMethod
            switch field("kind") {
            case "proportion_wilson":
                interval = try #require(ConfidenceInterval.wilson(successes: x, trials: n, level: level))
                #expect(isClose(Double(x) / Double(n), value, relative: 1e-6), "\(line)")
                proportions += 1
            case "rate_per_10000":
                let factor = 10_000 / Double(n)
                interval = ConfidenceInterval.poisson(count: x, level: level).scaled(by: factor)
                #expect(isClose(Double(x) * factor, value, relative: 1e-6), "\(line)")
                rates += 1
            default:
                Issue.record("unknown kind in row: \(line)")
                continue
            }
            switch field("method") {
            case "Wilson": expectedMethod = .wilson
            case "Byars": expectedMethod = .byar
            case "Exact(chi2)": expectedMethod = .exactPoisson
            default:
                Issue.record("unknown method in row: \(line)")
                continue
            }
            #expect(interval.method == expectedMethod, "\(line)")
            #expect(interval.level == level)
            #expect(isClose(interval.lower, lower, relative: 1e-6), "lower \(interval.lower) for \(line)")
            #expect(isClose(interval.upper, upper, relative: 1e-6), "upper \(interval.upper) for \(line)")
            checked += 1
        }
        #expect(checked == 38)
        #expect(proportions == 20)
        #expect(rates == 18)
    }

    // MARK: Confidence levels

    @Test("The standard levels have the published critical values to 1e-9")
    func standardLevels() {
        #expect(ConfidenceLevel.ninetyFive.level == 0.95)
        #expect(abs(ConfidenceLevel.ninetyFive.z - 1.959963985) <= 1e-9)
        #expect(ConfidenceLevel.ninetyNinePointEight.level == 0.998)
        #expect(abs(ConfidenceLevel.ninetyNinePointEight.z - 3.090232306) <= 1e-9)
        // Full precision against scipy.stats.norm.ppf(0.975) and norm.ppf(0.999).
        #expect(isClose(ConfidenceLevel.ninetyFive.z, 1.959963984540054, relative: 1e-15))
        #expect(isClose(ConfidenceLevel.ninetyNinePointEight.z, 3.090232306167813, relative: 1e-15))
    }

    @Test("Any level gets its critical value, for example 99% gives 2.5758293035489")
    func arbitraryLevels() {
        #expect(abs(ConfidenceLevel(0.99).z - 2.5758293035489) <= 1e-9)
        // scipy.stats.norm.ppf(1 - (1 - level) / 2)
        #expect(isClose(ConfidenceLevel(0.99).z, 2.5758293035489004, relative: 1e-15))
        #expect(isClose(ConfidenceLevel(0.9).z, 1.6448536269514722, relative: 1e-15))
        #expect(isClose(ConfidenceLevel(0.5).z, 0.6744897501960817, relative: 1e-15))
        #expect(ConfidenceLevel(0.95) == .ninetyFive)
    }

    @Test("The normal quantile matches scipy in all three AS 241 regions and is odd-symmetric")
    func normalQuantile() {
        #expect(SpecialFunctions.normalQuantile(0.5) == 0)
        // Dyadic probabilities, so 1 - p is exact and the symmetry must be exact too.
        for p in [0.4375, 0.375, 0.25, 0.125, 0.0625, 0.03125] {
            #expect(SpecialFunctions.normalQuantile(p) == -SpecialFunctions.normalQuantile(1 - p))
        }
        // (p, scipy.stats.norm.ppf(p)): central region, near tail, far tail (r > 5).
        let cases: [(Double, Double)] = [
            (0.3, -0.5244005127080409),
            (0.01, -2.3263478740408408),
            (1e-20, -9.262340089798409),
            (1e-300, -37.0470962993612),
        ]
        for (p, expected) in cases {
            let actual = SpecialFunctions.normalQuantile(p)
            #expect(isClose(actual, expected, relative: 1e-14), "qnorm(\(p)) = \(actual)")
        }
        #expect(SpecialFunctions.normalQuantile(0) == -.infinity)
        #expect(SpecialFunctions.normalQuantile(1) == .infinity)
    }

    // MARK: Special functions

    @Test("The regularised incomplete gamma function matches scipy to 1e-13 relative")
    func incompleteGamma() {
        // (a, x, scipy.special.gammainc(a, x), scipy.special.gammaincc(a, x))
        let cases: [(Double, Double, Double, Double)] = [
            (3.5, 2.0, 0.22022259152428406, 0.7797774084757159),
            (10, 15, 0.9301463393005901, 0.06985366069940986),
            (0.5, 0.1, 0.34527915398142317, 0.6547208460185768),
            (100, 90, 0.15822098918643007, 0.8417790108135699),
            (100, 130, 0.997249591632693, 0.002750408367306518),
        ]
        for (a, x, p, q) in cases {
            let result = SpecialFunctions.regularizedGamma(a, x)
            #expect(isClose(result.p, p, relative: 1e-13), "P(\(a), \(x)) = \(result.p)")
            #expect(isClose(result.q, q, relative: 1e-13), "Q(\(a), \(x)) = \(result.q)")
        }
        #expect(isClose(SpecialFunctions.logGamma(0.5), 0.5723649429247001, relative: 1e-14))
        #expect(isClose(SpecialFunctions.logGamma(10.5), 13.940625219403763, relative: 1e-14))
        #expect(isClose(SpecialFunctions.logGamma(150), 600.0094705553274, relative: 1e-14))
    }

    @Test("The chi-square quantile matches scipy to 1e-12 relative")
    func chiSquareQuantile() {
        // (p, df, scipy.stats.chi2.ppf(p, df))
        let cases: [(Double, Double, Double)] = [
            (0.025, 2, 0.05063561596857975),
            (0.975, 2, 7.377758908227871),
            (0.975, 20, 34.16960690283833),
            (0.001, 10, 1.4787434638356647),
            (0.999, 20, 45.31474661812586),
            (0.001, 2, 0.002001000667167068),
            (0.5, 1, 0.454936423119572),
            (1e-6, 1, 1.5707963267957187e-12),
            (0.0005, 18, 4.439386708213655),
            (0.999, 400, 493.1317587399478),
        ]
        for (p, df, expected) in cases {
            let actual = SpecialFunctions.chiSquareQuantile(p, degreesOfFreedom: df)
            #expect(isClose(actual, expected, relative: 1e-12), "qchisq(\(p), \(df)) = \(actual)")
        }
        // scipy.stats.chi2.isf(q, df): the upper tail without forming 1 - q.
        let upper20 = SpecialFunctions.chiSquareUpperQuantile(0.001, degreesOfFreedom: 20)
        #expect(isClose(upper20, 45.31474661812587, relative: 1e-12))
        let upper2 = SpecialFunctions.chiSquareUpperQuantile(1e-10, degreesOfFreedom: 2)
        #expect(isClose(upper2, 46.051701859880914, relative: 1e-12))
        #expect(SpecialFunctions.chiSquareQuantile(0, degreesOfFreedom: 4) == 0)
        #expect(SpecialFunctions.chiSquareQuantile(1, degreesOfFreedom: 4) == .infinity)
    }

    // MARK: Edge cases

    @Test("Wilson gives exactly 0 and 1 at the ends and nil without trials")
    func wilsonEdges() throws {
        for level in [ConfidenceLevel.ninetyFive, .ninetyNinePointEight] {
            let none = try #require(ConfidenceInterval.wilson(successes: 0, trials: 7, level: level))
            #expect(none.lower == 0)
            #expect(none.upper > 0 && none.upper < 1)
            let all = try #require(ConfidenceInterval.wilson(successes: 7, trials: 7, level: level))
            #expect(all.upper == 1)
            #expect(all.lower > 0 && all.lower < 1)
            // The interval is symmetric about 1/2: lower(x) = 1 - upper(n - x).
            #expect(isClose(all.lower, 1 - none.upper, relative: 1e-14))
            #expect(ConfidenceInterval.wilson(successes: 0, trials: 0, level: level) == nil)
        }
        let one = try #require(ConfidenceInterval.wilson(successes: 1, trials: 1, level: .ninetyFive))
        #expect(one.upper == 1 && one.method == .wilson)
        // Tiny proportions keep full relative precision in the lower limit.
        let rare = try #require(ConfidenceInterval.wilson(successes: 1, trials: 1_000_000_000, level: .ninetyFive))
        #expect(rare.lower > 0 && rare.lower < 1e-9 && rare.upper > 1e-9)
    }

    @Test("Counts below 10 use the exact method and 10 upward use Byar's")
    func poissonSwitchOver() {
        let zero = ConfidenceInterval.poisson(count: 0, level: .ninetyFive)
        #expect(zero.lower == 0)
        #expect(isClose(zero.upper, 3.6888794541139354, relative: 1e-12)) // chi2.ppf(0.975, 2) / 2
        #expect(zero.method == .exactPoisson)

        let nine = ConfidenceInterval.poisson(count: 9, level: .ninetyFive)
        #expect(nine.method == .exactPoisson)
        // chi2.ppf(0.025, 18) / 2 and chi2.ppf(0.975, 20) / 2
        #expect(isClose(nine.lower, 4.115373097378334, relative: 1e-12))
        #expect(isClose(nine.upper, 17.084803451419166, relative: 1e-12))
        let ten = ConfidenceInterval.poisson(count: 10, level: .ninetyFive)
        #expect(ten.method == .byar)
        let z = ConfidenceLevel.ninetyFive.z
        let byarLower = 10 * pow(1 - 1 / 90.0 - z / (3 * 10.0.squareRoot()), 3)
        let byarUpper = 11 * pow(1 - 1 / 99.0 + z / (3 * 11.0.squareRoot()), 3)
        #expect(isClose(ten.lower, byarLower, relative: 1e-14))
        #expect(isClose(ten.upper, byarUpper, relative: 1e-14))
        #expect(nine.lower < ten.lower && nine.upper < ten.upper)
    }

    @Test("Intervals contain both their limits and scale with their level and method kept")
    func containsAndScaled() {
        let interval = ConfidenceInterval(lower: 2, upper: 5, level: .ninetyFive, method: .byar)
        #expect(interval.contains(2) && interval.contains(5) && interval.contains(3.5))
        #expect(!interval.contains(1.999) && !interval.contains(5.001))
        let scaled = interval.scaled(by: 10)
        #expect(scaled == ConfidenceInterval(lower: 20, upper: 50, level: .ninetyFive, method: .byar))
        #expect(ConfidenceIntervalMethod.exactPoisson.rawValue == "exact_poisson")
        #expect(ConfidenceIntervalMethod(rawValue: "byar") == .byar)
    }

    // MARK: Properties

    @Test("Random intervals contain their estimate and widen from 95% to 99.8%")
    func randomProperties() throws {
        var random = SeededGenerator(seed: 0x5AFE_6A4D)
        var checked = 0
        for index in 0..<2_000 {
            let n = index.isMultiple(of: 2)
                ? Int64.random(in: 1...60, using: &random) : Int64.random(in: 1...5_000_000, using: &random)
            let x = Int64.random(in: 0...n, using: &random)
            let share = Double(x) / Double(n)

            let wilson95 = try #require(ConfidenceInterval.wilson(successes: x, trials: n, level: .ninetyFive))
            let wilson998 = try #require(
                ConfidenceInterval.wilson(successes: x, trials: n, level: .ninetyNinePointEight))
            #expect(wilson95.contains(share), "Wilson 95% for \(x)/\(n)")
            #expect(wilson998.contains(share), "Wilson 99.8% for \(x)/\(n)")
            #expect(wilson998.lower <= wilson95.lower && wilson95.upper <= wilson998.upper)
            #expect(wilson95.lower >= 0 && wilson998.upper <= 1)

            let count95 = ConfidenceInterval.poisson(count: x, level: .ninetyFive)
            let count998 = ConfidenceInterval.poisson(count: x, level: .ninetyNinePointEight)
            #expect(count95.contains(Double(x)), "Poisson 95% for \(x)")
            #expect(count998.contains(Double(x)), "Poisson 99.8% for \(x)")
            #expect(count998.lower <= count95.lower && count95.upper <= count998.upper)
            #expect(count95.lower >= 0)
            checked += 1
        }
        #expect(checked == 2_000)
    }
}
