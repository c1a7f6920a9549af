import Testing
import SafeguardingMetrics

@Suite("Significance against a comparator")
struct SignificanceTests {
    // Essex, care leavers aged 17-18 in education, employment or training, 2025: 175 of 265
    // (66.0%). Wilson 95% interval 60.14 to 71.47; 99.8% interval 56.63 to 74.33.
    static let essex = Percentage(175, of: 265)

    @Test("A comparator inside the 95% interval is similar")
    func similar() {
        #expect(SignificanceComparison.compare(Self.essex, with: 64, polarity: .higher) == .similar)
        #expect(SignificanceComparison.compare(Self.essex, with: 71.4, polarity: .higher) == .similar)
    }

    @Test("Outside the 95% interval the area is better or worse by polarity")
    func betterOrWorse() {
        #expect(SignificanceComparison.compare(Self.essex, with: 58, polarity: .higher) == .better)
        #expect(SignificanceComparison.compare(Self.essex, with: 58, polarity: .lower) == .worse)
        #expect(SignificanceComparison.compare(Self.essex, with: 73, polarity: .higher) == .worse)
        #expect(SignificanceComparison.compare(Self.essex, with: 73, polarity: .lower) == .better)
    }

    @Test("With two levels the area is best or worst only beyond the 99.8% interval")
    func twoLevels() {
        #expect(SignificanceComparison.compare(Self.essex, with: 58, polarity: .higher, scheme: .twoLevels) == .better)
        #expect(SignificanceComparison.compare(Self.essex, with: 50, polarity: .higher, scheme: .twoLevels) == .best)
        #expect(SignificanceComparison.compare(Self.essex, with: 80, polarity: .higher, scheme: .twoLevels) == .worst)
        #expect(SignificanceComparison.compare(Self.essex, with: 80, polarity: .lower, scheme: .twoLevels) == .best)
        #expect(SignificanceComparison.compare(Self.essex, with: 64, polarity: .higher, scheme: .twoLevels) == .similar)
    }

    @Test("Without polarity the area is significantly higher or lower")
    func noPolarity() {
        #expect(SignificanceComparison.compare(Self.essex, with: 50, polarity: .none, scheme: .twoLevels) == .higher)
        #expect(SignificanceComparison.compare(Self.essex, with: 80, polarity: .none) == .lower)
        #expect(SignificanceComparison.compare(Self.essex, with: 80, polarity: .hold) == .lower)
    }

    @Test("Rates use the Poisson interval: 50 per 51,799 (9.65 per 10,000, 95% CI 7.16 to 12.73)")
    func rates() {
        let rate = RatePer10k(50, of: 51_799)
        #expect(SignificanceComparison.compare(rate, with: 7.2, polarity: .none) == .similar)
        #expect(SignificanceComparison.compare(rate, with: 7.1, polarity: .none) == .higher)
        #expect(SignificanceComparison.compare(rate, with: 12.8, polarity: .none) == .lower)
    }

    @Test("Counts are read by unit; averages, zero denominators and impossible counts are not judged")
    func byUnit() {
        #expect(SignificanceComparison.compare(numerator: 175, denominator: 265, unit: .percentage, with: 50,
                                               polarity: .higher) == .better)
        #expect(SignificanceComparison.compare(numerator: 50, denominator: 51_799, unit: .ratePer10k, with: 7.1,
                                               polarity: .none) == .higher)
        #expect(SignificanceComparison.compare(numerator: 5, denominator: 1, unit: .ratePer100k, with: 1,
                                               polarity: .none) == .higher)
        #expect(SignificanceComparison.compare(numerator: 30, denominator: 2, unit: .averageScore, with: 14,
                                               polarity: .lower) == nil)
        #expect(SignificanceComparison.compare(numerator: 1, denominator: 0, unit: .percentage, with: 1,
                                               polarity: .lower) == nil)
        #expect(SignificanceComparison.compare(numerator: 3, denominator: 2, unit: .percentage, with: 1,
                                               polarity: .lower) == nil)
    }
}
