import Testing
import SafeguardingMetrics

@Suite("RAG policies")
struct RAGPolicyTests {
    let d = Rows.d

    func input(_ polarity: Polarity, actual: String?, aim: String?, baseline: String?,
               significance: SignificanceComparison? = nil) -> RAGInput {
        let status = actual.flatMap { a in aim.flatMap { TargetStatus.assess(actual: d(a), against: d($0), polarity: polarity, decimals: 0) } }
        return RAGInput(polarity: polarity, status: status, actual: actual.map(d), aim: aim.map(d),
                        baseline: baseline.map(d), significance: significance)
    }

    @Test("Default: green when met or better, amber when missed but not worse than baseline, red when worse")
    func standard() {
        let rule = RAGPolicy.standard
        #expect(rule == .baseline)
        #expect(rule.rating(for: input(.lower, actual: "798", aim: "825", baseline: "833")) == .green)   // better
        #expect(rule.rating(for: input(.lower, actual: "20", aim: "20", baseline: "21")) == .green)      // met
        #expect(rule.rating(for: input(.higher, actual: "59", aim: "60", baseline: "58")) == .amber)     // improving
        #expect(rule.rating(for: input(.higher, actual: "56", aim: "58", baseline: "56")) == .amber)     // equal to baseline
        #expect(rule.rating(for: input(.higher, actual: "51", aim: "58", baseline: "56")) == .red)       // worse
        #expect(rule.rating(for: input(.lower, actual: "43", aim: "35", baseline: "39")) == .red)
    }

    @Test("Default for hold: missed further from the aim than the baseline is red, otherwise amber")
    func standardHold() {
        let rule = RAGPolicy.standard
        #expect(rule.rating(for: input(.hold, actual: "95", aim: "95", baseline: "95")) == .green)
        #expect(rule.rating(for: input(.hold, actual: "94", aim: "95", baseline: "95")) == .red)
        #expect(rule.rating(for: input(.hold, actual: "96", aim: "95", baseline: "93")) == .amber)
        #expect(rule.rating(for: input(.hold, actual: "97", aim: "95", baseline: "93")) == .amber)  // same distance
    }

    @Test("Grey when there is no target, no actual or no polarity; amber, not red, when there is no baseline")
    func grey() {
        for rule in [RAGPolicy.standard, .tolerance(.units(d("1")))] {
            #expect(rule.rating(for: input(.lower, actual: "798", aim: nil, baseline: "833")) == .grey)
            #expect(rule.rating(for: input(.lower, actual: nil, aim: "825", baseline: "833")) == .grey)
            #expect(rule.rating(for: input(.none, actual: "1008", aim: "1012", baseline: "1008")) == .grey)
        }
        #expect(RAGPolicy.standard.rating(for: input(.higher, actual: "51", aim: "58", baseline: nil)) == .amber)
        #expect(RAGPolicy.standard.rating(for: input(.higher, actual: "58", aim: "58", baseline: nil)) == .green)
    }

    @Test("Tolerance: amber within N units or N per cent of the target, red beyond, boundaries included")
    func tolerance() {
        let units = RAGPolicy.tolerance(.units(d("2")))
        #expect(units.rating(for: input(.higher, actual: "58", aim: "60", baseline: "70")) == .amber)
        #expect(units.rating(for: input(.higher, actual: "57", aim: "60", baseline: "50")) == .red)
        #expect(units.rating(for: input(.higher, actual: "61", aim: "60", baseline: "70")) == .green)
        #expect(units.rating(for: input(.hold, actual: "93", aim: "95", baseline: "95")) == .amber)
        let relative = RAGPolicy.tolerance(.percentOfTarget(d("5")))   // 5% of 60 is 3
        #expect(relative.rating(for: input(.higher, actual: "57", aim: "60", baseline: "50")) == .amber)
        #expect(relative.rating(for: input(.higher, actual: "56", aim: "60", baseline: "50")) == .red)
        #expect(relative.rating(for: input(.lower, actual: "63", aim: "60", baseline: "70")) == .amber)
        #expect(RAGTolerance.percentOfTarget(d("2.5")).allows(d("61.5"), against: d("60")))
        #expect(!RAGTolerance.percentOfTarget(d("2.5")).allows(d("61.6"), against: d("60")))
        #expect(units.description == "tolerance 2 units")
    }

    @Test("Significance: comparator inside the 95% interval is similar, outside better or worse by polarity")
    func significance() {
        // 50 per 51,799 is 9.65 per 10,000 with a 95% interval of 7.16 to 12.73 (Byar's).
        func compare(_ comparator: String, _ polarity: Polarity, _ levels: SignificanceScheme = .oneLevel) -> SignificanceComparison? {
            SignificanceComparison.compare(numerator: 50, denominator: 51_799, unit: .ratePer10k, with: d(comparator).doubleValue,
                                              polarity: polarity, scheme: levels)
        }
        #expect(compare("10", .lower) == .similar)
        #expect(compare("7.2", .lower) == .similar)
        #expect(compare("7.1", .lower) == .worse)      // the area is above the comparator
        #expect(compare("7.1", .higher) == .better)
        #expect(compare("13", .lower) == .better)
        #expect(compare("13", .higher) == .worse)
        // 99.8%: about 5.97 to 14.67 per 10,000.
        #expect(compare("13", .lower, .twoLevels) == .better)
        #expect(compare("15", .lower, .twoLevels) == .best)
        #expect(compare("5", .lower, .twoLevels) == .worst)
        // With no better direction the comparison only says which side the area is on.
        #expect(compare("5", .hold) == .higher && compare("15", .none) == .lower)
        // Percentages use the Wilson interval: 25 of 100 is 25%, 17.5% to 34.3%.
        #expect(SignificanceComparison.compare(numerator: 25, denominator: 100, unit: .percentage, with: d("35").doubleValue,
                                              polarity: .higher, scheme: .oneLevel) == .worse)
        #expect(SignificanceComparison.compare(numerator: 25, denominator: 100, unit: .percentage, with: d("34").doubleValue,
                                              polarity: .higher, scheme: .oneLevel) == .similar)
        #expect(SignificanceComparison.compare(numerator: 120, denominator: 100, unit: .percentage, with: d("34").doubleValue,
                                              polarity: .higher, scheme: .oneLevel) == nil)
        #expect(SignificanceComparison.compare(numerator: 120, denominator: 10, unit: .averageScore, with: d("14").doubleValue,
                                              polarity: .lower, scheme: .oneLevel) == nil)
        #expect(SignificanceComparison.compare(numerator: 0, denominator: 0, unit: .ratePer10k, with: d("14").doubleValue,
                                              polarity: .lower, scheme: .oneLevel) == nil)
    }

    @Test("The significance rule rates better green, similar amber, worse red, and grey without a comparison")
    func significanceRatings() {
        let rule = RAGPolicy.significance(.oneLevel)
        let cases: [(SignificanceComparison?, RAGRating)] = [(.best, .green), (.better, .green), (.similar, .amber),
                                                              (.worse, .red), (.worst, .red), (nil, .grey)]
        for (significance, rating) in cases {
            // The target is missed, but the significance rule does not look at targets.
            #expect(rule.rating(for: input(.lower, actual: "900", aim: "825", baseline: "833", significance: significance)) == rating)
        }
        #expect(rule.rating(for: input(.none, actual: "900", aim: nil, baseline: nil, significance: .better)) == .grey)
        #expect(rule.rating(for: input(.lower, actual: nil, aim: nil, baseline: nil, significance: .better)) == .grey)
    }
}
