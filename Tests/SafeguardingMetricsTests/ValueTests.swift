import Testing
import SafeguardingMetrics

@Suite("Rates, percentages and average scores")
struct RateTests {
    @Test("A zero denominator is undefined, not zero and not NaN")
    func zeroDenominatorIsUndefined() {
        let none = Percentage(0, of: 0)
        #expect(none.isUndefined)
        #expect(none.value == nil)
        #expect(none.rounded(toDecimals: 1) == nil)
        #expect(none.formatted(decimals: 1) == "z")
        #expect(RatePer10k(3, of: 0).isUndefined)
        #expect(MeanScore().isUndefined && MeanScore().formatted(decimals: 1) == "z")
        #expect(!Percentage(0, of: 5).isUndefined && Percentage(0, of: 5).value == 0)
    }

    @Test("Rates keep their numerator and denominator and round only for display")
    func ratesKeepCounts() {
        let cla = RatePer10k(1_566, of: 51_799)
        #expect(cla.numerator == 1_566 && cla.denominator == 51_799)
        #expect(cla.formatted(decimals: 0) == "302")
        #expect(cla.formatted(decimals: 1) == "302.3")
        #expect(abs(cla.value! - 302.3224387) < 1e-6)
    }

    @Test("Population rates convert between per 10,000 and per 100,000 exactly")
    func populationRatesConvert() {
        let perTenThousand = RatePer10k(50, of: 51_799)
        let perHundredThousand = perTenThousand.converted(to: PerHundredThousand.self)
        #expect(perHundredThousand.numerator == 50 && perHundredThousand.denominator == 51_799)
        #expect(perHundredThousand.formatted(decimals: 1) == "96.5")
        #expect(perTenThousand.formatted(decimals: 2) == "9.65")
        #expect(perHundredThousand.converted(to: PerTenThousand.self) == perTenThousand)
    }

    @Test("Pooling adds numerators and denominators")
    func pooling() {
        let pooled = Percentage(3, of: 10).pooled(with: Percentage(1, of: 30))
        #expect(pooled == Percentage(4, of: 40))
        #expect(pooled.hasSameValue(as: Percentage(1, of: 10)))
        #expect(!pooled.hasSameValue(as: Percentage(1, of: 9)))
        #expect(Percentage(0, of: 0).hasSameValue(as: Percentage(3, of: 0)))
    }

    @Test("Average scores merge exactly and round half up")
    func averageScores() {
        var first = MeanScore()
        for score in [12, 17, 14] { first.add(score) }
        #expect(first.formatted(decimals: 1) == "14.3")
        let merged = first.merged(with: MeanScore(sum: 15, count: 1))
        #expect(merged == MeanScore(sum: 58, count: 4))
        #expect(merged.formatted(decimals: 1) == "14.5")
        #expect(MeanScore(sum: 29, count: 2).formatted(decimals: 0) == "15")
    }
}

@Suite("Values as councils write them")
struct WrittenValueTests {
    @Test("Written values parse on their own scale", arguments: [
        (MeasureUnit.ratePer10k, "384/10,000", "384"), (.ratePer10k, "117/10000", "117"),
        (.ratePer10k, " 384 per 10,000 ", "384"), (.ratePer10k, "833", "833"),
        (.ratePer10k, "1,234.5/10,000", "1234.5"), (.percentage, "14.5%", "14.5"),
        (.percentage, "78", "78"), (.percentage, "6/100", "6"), (.count, "78", "78"),
        (.count, "1,204", "1204"), (.ratePer100k, "12.5/100,000", "12.5"), (.averageScore, "14.2", "14.2"),
        (.days, "-3", "-3"),
    ])
    func writtenValuesParse(unit: MeasureUnit, text: String, expected: String) throws {
        #expect(try unit.parseValue(text) == FixedDecimal(expected)!)
    }

    @Test("A scale that does not match the indicator is a typed error naming the text and the expected scale")
    func scaleMismatch() {
        #expect(throws: ValueParseError.scaleMismatch(text: "400/100000", written: .perHundredThousand, expected: .ratePer10k)) {
            try MeasureUnit.ratePer10k.parseValue("400/100000")
        }
        #expect(throws: ValueParseError.scaleMismatch(text: "12%", written: .percent, expected: .ratePer10k)) {
            try MeasureUnit.ratePer10k.parseValue("12%")
        }
        #expect(throws: ValueParseError.scaleMismatch(text: "38/10,000", written: .perTenThousand, expected: .percentage)) {
            try MeasureUnit.percentage.parseValue("38/10,000")
        }
        #expect(throws: ValueParseError.scaleMismatch(text: "5%", written: .percent, expected: .count)) {
            try MeasureUnit.count.parseValue("5%")
        }
        let error = ValueParseError.scaleMismatch(text: "400/100000", written: .perHundredThousand, expected: .ratePer10k)
        #expect(error.description == "'400/100000' is written per 100,000 but the indicator is a rate per 10,000")
    }

    @Test("Text that is not a value is rejected", arguments: ["", "  ", "TBC", "12,34", "1.2.3", "%", "5/", "5/abc", "n/a", "1,2345"])
    func notValues(text: String) {
        #expect(throws: ValueParseError.self) { try MeasureUnit.ratePer10k.parseValue(text) }
    }

    @Test("Formatting then parsing gives the same value for every unit on 5,000 random values")
    func formatParseRoundTrip() throws {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<5_000 {
            let unit = MeasureUnit.allCases.randomElement(using: &rng)!
            let value = FixedDecimal(units: Int64.random(in: -10_000_000...10_000_000, using: &rng),
                                     decimals: Int.random(in: 0...3, using: &rng))
            let text = unit.format(value)
            let parsed = try unit.parseValue(text)
            #expect(parsed == value && parsed.decimals == value.decimals, "\(text)")
        }
        #expect(MeasureUnit.ratePer10k.format(FixedDecimal(384)) == "384/10,000")
        #expect(MeasureUnit.percentage.format(FixedDecimal("14.5")!) == "14.5%")
    }
}

@Suite("Published values and symbols")
struct PublishedValueTests {
    @Test("Every GSS symbol, old and new, parses and prints back", arguments: PublicationSymbol.allCases)
    func symbolsRoundTrip(symbol: PublicationSymbol) {
        #expect(PublishedValue(symbol.rawValue) == .symbol(symbol))
        #expect(PublishedValue(symbol.rawValue)?.description == symbol.rawValue)
        #expect(PublishedValue(" \(symbol.rawValue.uppercased()) ") == .symbol(symbol))
        #expect(!symbol.meaning.isEmpty)
    }

    @Test("Numbers keep their written precision and round-trip on 10,000 random values")
    func numbersRoundTrip() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<10_000 {
            let value = PublishedValue.number(FixedDecimal(units: Int64.random(in: -1_000_000_000...1_000_000_000, using: &rng),
                                                           decimals: Int.random(in: 0...6, using: &rng)))
            #expect(PublishedValue(value.description) == value)
            #expect(PublishedValue(value.description)?.description == value.description)
        }
        #expect(PublishedValue("19")?.description == "19")
        #expect(PublishedValue("19.0")?.description == "19.0")
        #expect(PublishedValue("300.89999999999998")?.number == FixedDecimal(units: 30_089_999_999_999_998, decimals: 14))
    }

    @Test("A cell that is neither a number nor a symbol is rejected, never read as 0")
    func unreadableCells() {
        for cell in ["", "n/a", "0x1", "c5", "..", "1 000"] { #expect(PublishedValue(cell) == nil, "\(cell)") }
        #expect(PublishedValue("c")?.number == nil)
        #expect(PublishedValue("0")?.number == FixedDecimal(0))
    }
}

@Suite("Suppression for publication")
struct SuppressionTests {
    let policy = SuppressionPolicy.dfe

    @Test("Counts of 1 to 5 are suppressed; 0 and 6 are published")
    func primaryCounts() {
        #expect(policy.publish(count: 0) == .number(FixedDecimal(0)))
        for count: Int64 in 1...5 { #expect(policy.publish(count: count) == .symbol(.confidential)) }
        #expect(policy.publish(count: 6) == .number(FixedDecimal(6)))
    }

    @Test("A rate is suppressed when its numerator or denominator is 1 to 5; averages never are")
    func primaryRates() {
        #expect(policy.publish(Percentage(4, of: 12), decimals: 1) == .symbol(.confidential))
        #expect(policy.publish(Percentage(0, of: 4), decimals: 1) == .symbol(.confidential))
        #expect(policy.publish(Percentage(0, of: 12), decimals: 1) == .number(FixedDecimal("0.0")!))
        #expect(policy.publish(Percentage(0, of: 0), decimals: 1) == .symbol(.notApplicable))
        #expect(policy.publish(RatePer10k(6, of: 51_799), decimals: 1) == .number(FixedDecimal("1.2")!))
        #expect(policy.publish(MeanScore(sum: 7, count: 2), decimals: 1) == .symbol(.confidential))
        #expect(policy.publish(MeanScore(sum: 70, count: 6), decimals: 1) == .number(FixedDecimal("11.7")!))
        #expect(policy.publish(MeanScore(sum: 0, count: 0), decimals: 1) == .symbol(.notApplicable))
        #expect(policy.publish(MeanScore(), decimals: 1) == .symbol(.notApplicable))
    }

    @Test("Secondary suppression hides the next smallest non-zero category when exactly one is suppressed")
    func secondary() {
        #expect(policy.publishBreakdown([40, 3, 12, 0]).map(\.description) == ["40", "c", "c", "0"])
        #expect(policy.suppressedCategories([40, 3, 12, 12, 0]) == [false, true, true, false, false])
        #expect(policy.suppressedCategories([40, 3, 2, 12]) == [false, true, true, false])
        #expect(policy.suppressedCategories([40, 30, 12]) == [false, false, false])
        #expect(policy.suppressedCategories([40, 0, 3]) == [true, false, true])
        #expect(policy.suppressedCategories([0, 3]) == [false, true])
    }

    @Test("After secondary suppression no breakdown has exactly one hidden non-zero cell, on random breakdowns")
    func secondaryProperty() {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            let counts = (0..<Int.random(in: 2...8, using: &rng)).map { _ in Int64.random(in: 0...30, using: &rng) }
            let hidden = policy.suppressedCategories(counts)
            let hiddenCount = hidden.filter { $0 }.count
            let otherNonZero = zip(counts, hidden).filter { !$1 && $0 > 0 }.count
            #expect(hiddenCount != 1 || otherNonZero == 0, "\(counts)")
            for (count, isHidden) in zip(counts, hidden) where (1...5).contains(count) { #expect(isHidden) }
            #expect(zip(counts, hidden).allSatisfy { $0 > 0 || !$1 })
        }
    }
}

@Suite("Confidence intervals of rates and percentages")
struct RateIntervalTests {
    @Test("Percentages take Wilson intervals and rates take Poisson intervals on their own scale")
    func intervalsOnTheRightScale() throws {
        let percentage = try #require(Percentage(25, of: 100).confidenceInterval())
        #expect(percentage.method == .wilson)
        #expect(abs(percentage.lower - 17.54521136) < 1e-6 && abs(percentage.upper - 34.30446355) < 1e-6)
        let rate = try #require(RatePer10k(50, of: 51_799).confidenceInterval(at: .ninetyNinePointEight))
        #expect(rate.method == .byar)
        #expect(abs(rate.lower - 5.972066727) < 1e-6 && abs(rate.upper - 14.66617128) < 1e-6)
        let small = try #require(RatePer10k(5, of: 51_799).confidenceInterval())
        #expect(small.method == .exactPoisson)
        let perHundredThousand = try #require(RatePer10k(50, of: 51_799).converted(to: PerHundredThousand.self).confidenceInterval())
        #expect(abs(perHundredThousand.lower - 71.63864246) < 1e-5)
        #expect(Percentage(0, of: 0).confidenceInterval() == nil)
        #expect(RatePer10k(4, of: 0).confidenceInterval() == nil)
    }
}
