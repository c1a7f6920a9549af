import Testing
import SafeguardingMetrics

@Suite("Chi-square test for trend in proportions")
struct TrendTests {
    @Test("The statistic matches R's documented prop.trend.test example (8.2249)")
    func rExample() throws {
        let statistic = try #require(TrendTest.chiSquare(numerators: [83, 90, 129, 70], denominators: [86, 93, 136, 82]))
        #expect(abs(statistic - 8.224922285) < 1e-8)
    }

    /// 20, 25, 30, 35, 40 out of 100 each: R = 150, N = 500, p = 0.3, x̄ = 3;
    /// Σrx − R·x̄ = 500 − 450 = 50; Σn(x − x̄)² = 100 × 10 = 1,000;
    /// χ² = 50² / (0.3 × 0.7 × 1,000) = 2,500 / 210 = 11.905 > 9.5495.
    @Test("A steady rise from 20% to 40% over five years is increasing (χ² = 2500/210)")
    func increasing() throws {
        let result = try #require(TrendTest.assess(numerators: [20, 25, 30, 35, 40], denominators: [100, 100, 100, 100, 100]))
        #expect(abs(result.chiSquare - 2_500.0 / 210.0) < 1e-9)
        #expect(result.direction == .increasing && result.isSignificant && result.periods == 5)
    }

    @Test("The same series reversed is decreasing with the same statistic")
    func decreasing() throws {
        let result = try #require(TrendTest.assess(numerators: [40, 35, 30, 25, 20], denominators: [100, 100, 100, 100, 100]))
        #expect(abs(result.chiSquare - 2_500.0 / 210.0) < 1e-9)
        #expect(result.direction == .decreasing)
    }

    /// 20, 22, 24, 26, 28 out of 100: p = 0.24, Σrx − R·x̄ = 20; χ² = 400 / (0.24 × 0.76 × 1,000) = 2.193.
    @Test("A small rise is no significant change (χ² = 400/182.4, below 9.5495)")
    func noSignificantChange() throws {
        let result = try #require(TrendTest.assess(numerators: [20, 22, 24, 26, 28], denominators: [100, 100, 100, 100, 100]))
        #expect(abs(result.chiSquare - 400.0 / 182.4) < 1e-9)
        #expect(result.direction == .noSignificantChange && !result.isSignificant)
    }

    @Test("Fewer than five periods, a zero denominator or a constant proportion of 0 give no result")
    func undefined() {
        #expect(TrendTest.assess(numerators: [1, 2, 3, 4], denominators: [10, 10, 10, 10]) == nil)
        #expect(TrendTest.assess(numerators: [1, 2, 3, 4, 5], denominators: [10, 10, 0, 10, 10]) == nil)
        #expect(TrendTest.assess(numerators: [0, 0, 0, 0, 0], denominators: [10, 10, 10, 10, 10]) == nil)
        #expect(TrendTest.chiSquare(numerators: [5], denominators: [10]) == nil)
    }

    @Test("Equally spaced years as scores give the same statistic as 1 to k")
    func yearScores() throws {
        let numerators: [Int64] = [531, 560, 549, 600, 640], denominators: [Int64] = [28_923, 28_800, 28_700, 28_650, 28_600]
        let byIndex = try #require(TrendTest.chiSquare(numerators: numerators, denominators: denominators))
        let byYear = try #require(TrendTest.chiSquare(numerators: numerators, denominators: denominators,
                                                      scores: [2021, 2022, 2023, 2024, 2025]))
        #expect(abs(byIndex - byYear) < 1e-6 * byIndex)
    }
}
