import Testing
import SafeguardingMetrics

@Suite("Neighbour comparator statistics")
struct ComparatorTests {
    static func number(_ units: Int64, decimals: Int = 1) -> PublishedValue { .number(FixedDecimal(units: units, decimals: decimals)) }

    /// Seven neighbours: four published numbers, two symbols and one with no row.
    /// Numbers 12.5, 14.0, 20.1, 13.0 (counts 25/200, 28/200, 201/1000, 13/100); `c` with counts
    /// hidden; `x`; and no row.
    static let neighbours: [IndicatorValue?] = [
        IndicatorValue(published: number(125), numerator: 25, denominator: 200),
        IndicatorValue(published: .symbol(.confidential)),
        nil,
        IndicatorValue(published: number(140), numerator: 28, denominator: 200),
        IndicatorValue(published: number(201), numerator: 201, denominator: 1_000),
        IndicatorValue(published: .symbol(.notAvailable)),
        IndicatorValue(published: number(130), numerator: 13, denominator: 100),
    ]

    @Test("The mean ignores suppressed and missing neighbours: (12.5 + 14.0 + 20.1 + 13.0) / 4 = 14.9")
    func mean() throws {
        let mean = NeighbourComparator(.mean, of: Self.neighbours, unit: .percentage)
        #expect(mean.statistic == .mean)
        #expect(mean.value == Rational(149, 10))
        #expect(mean.neighboursWithValue == 4 && mean.neighbourCount == 7)
    }

    @Test("The median of an even count is the mean of the middle two: 12.5, 13.0 | 14.0, 20.1 gives 13.5")
    func medianEven() {
        let median = NeighbourComparator(.median, of: Self.neighbours, unit: .percentage)
        #expect(median.value == Rational(27, 2))
        #expect(median.neighboursWithValue == 4)
    }

    @Test("The median of an odd count is the middle value, and one outlier does not move it")
    func medianOdd() {
        let values: [IndicatorValue?] = [30, 10, 20, 1_000, 25].map { IndicatorValue(published: .number(FixedDecimal($0))) }
        #expect(NeighbourComparator(.median, of: values, unit: .ratePer10k).value == Rational(25))
        #expect(NeighbourComparator(.mean, of: values, unit: .ratePer10k).value == Rational(217))
    }

    @Test("Pooled is Σ numerators / Σ denominators of neighbours with counts: 267 / 1,500 = 17.8%")
    func pooled() {
        let pooled = NeighbourComparator(.pooled, of: Self.neighbours, unit: .percentage)
        #expect(pooled.value == Rational(178, 10))
        #expect(pooled.neighboursWithValue == 4)
        #expect(pooled.rounded(toDecimals: 1) == FixedDecimal(units: 178, decimals: 1))
    }

    @Test("Pooled rates scale by 10,000 and pooled average scores by 1; counts do not pool")
    func pooledUnits() {
        let rates = [IndicatorValue(RatePer10k(531, of: 28_923), decimals: 0),
                     IndicatorValue(RatePer10k(332, of: 21_090), decimals: 0)]
        // (531 + 332) / (28,923 + 21,090) × 10,000 = 8,630,000 / 50,013
        #expect(NeighbourComparator(.pooled, of: rates, unit: .ratePer10k).value == Rational(8_630_000, 50_013))
        var first = MeanScore(), second = MeanScore()
        for score in [10, 12] { first.add(score) }
        for score in [20, 21, 22] { second.add(score) }
        let scores = [IndicatorValue(first, decimals: 1), IndicatorValue(second, decimals: 1)]
        #expect(NeighbourComparator(.pooled, of: scores, unit: .averageScore).value == Rational(85, 5))
        #expect(NeighbourComparator(.pooled, of: rates, unit: .count).value == nil)
    }

    @Test("With no neighbour values every statistic is nil and says no neighbour had a value")
    func noValues() {
        let values: [IndicatorValue?] = [nil, IndicatorValue(published: .symbol(.confidential)), nil]
        for statistic in ComparatorStatistic.allCases {
            let comparator = NeighbourComparator(statistic, of: values, unit: .percentage)
            #expect(comparator.value == nil && comparator.neighboursWithValue == 0 && comparator.neighbourCount == 3)
        }
        #expect(NeighbourComparator(.mean, of: [], unit: .percentage).value == nil)
    }

    @Test("A computed value keeps its counts and is published as the DfE would publish it")
    func computedValues() {
        let rate = IndicatorValue(RatePer10k(531, of: 28_923), decimals: 0)
        #expect(rate.number == FixedDecimal(184) && rate.numerator == 531 && rate.denominator == 28_923)
        let suppressed = IndicatorValue(Percentage(3, of: 40), decimals: 1, suppression: .dfe)
        #expect(suppressed.published == .symbol(.confidential) && suppressed.counts?.numerator == 3)
        #expect(IndicatorValue(Percentage(0, of: 0), decimals: 1).published == .symbol(.notApplicable))
        #expect(IndicatorValue(MeanScore(), decimals: 1).counts == nil)
    }

    @Test("Comparison with the comparator is at published precision and by polarity")
    func outcomes() {
        #expect(ComparisonOutcome(FixedDecimal(66), against: FixedDecimal(63), polarity: .higher) == .better)
        #expect(ComparisonOutcome(FixedDecimal(66), against: FixedDecimal(69), polarity: .higher) == .worse)
        #expect(ComparisonOutcome(FixedDecimal(66), against: FixedDecimal(69), polarity: .lower) == .better)
        #expect(ComparisonOutcome(FixedDecimal(66), against: FixedDecimal(units: 660, decimals: 1), polarity: .lower) == .same)
        #expect(ComparisonOutcome(FixedDecimal(184), against: FixedDecimal(125), polarity: .none) == .higher)
        #expect(ComparisonOutcome(FixedDecimal(84), against: FixedDecimal(125), polarity: .hold) == .lower)
    }
}
