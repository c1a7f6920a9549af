import Testing
import SafeguardingMetrics

@Suite("Type 7 quantiles, quartiles and quartile bands")
struct QuantileTests {
    /// Reference values from NumPy 2.4 `numpy.quantile(x, q, method="linear")`, which is R's type 7,
    /// at q = 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.
    static let references: [([Double], [Double])] = [
        ([1, 2, 4, 7], [1.0, 1.3, 1.75, 3.0, 4.75, 6.1, 7.0]),
        ([3], [3, 3, 3, 3, 3, 3, 3]),
        ([5, 1], [1.0, 1.4, 2.0, 3.0, 4.0, 4.6, 5.0]),
        ([1, 2, 3, 4, 5], [1.0, 1.4, 2.0, 3.0, 4.0, 4.6, 5.0]),
        ([10, 20, 30, 40, 50, 60], [10.0, 15.0, 22.5, 35.0, 47.5, 55.0, 60.0]),
        ([2.5, 2.5, 2.5, 9], [2.5, 2.5, 2.5, 2.5, 4.125, 7.05, 9.0]),
        ([7, 1, 3, 3, 8, 12, 15], [1.0, 2.2, 3.0, 7.0, 10.0, 13.2, 15.0]),
    ]
    static let probabilities = [Rational(0), Rational(1, 10), Rational(1, 4), Rational(1, 2), Rational(3, 4),
                                Rational(9, 10), Rational(1)]

    static func decimals(_ values: [Double]) -> [FixedDecimal] {
        values.map { FixedDecimal($0, decimals: 3)! }
    }

    @Test("Quantiles match R's type 7 (NumPy's linear method) on small vectors", arguments: references)
    func matchesNumPy(values: [Double], expected: [Double]) {
        let sorted = Self.decimals(values).map(Rational.init).sorted()
        for (p, reference) in zip(Self.probabilities, expected) {
            let q = Quantile.type7(sorted: sorted, probability: p)
            #expect(abs(q.doubleValue - reference) < 1e-12, "\(values) at \(p): \(q) vs \(reference)")
        }
    }

    @Test("Quantiles are exact: 1, 2, 4, 7 has Q1 = 7/4 and the 10% point 13/10")
    func exactCutPoints() {
        let sorted = [1, 2, 4, 7].map(Rational.init)
        #expect(Quantile.type7(sorted: sorted, probability: Rational(1, 4)) == Rational(7, 4))
        #expect(Quantile.type7(sorted: sorted, probability: Rational(1, 10)) == Rational(13, 10))
        #expect(Quantile.type7(sorted: sorted, probability: Rational(3, 4)) == Rational(19, 4))
    }

    @Test("Random vectors agree with a floating-point type 7 implementation")
    func randomAgreement() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let values = (0..<Int.random(in: 1...40, using: &rng)).map { _ in
                FixedDecimal(units: Int64.random(in: 0...2_000, using: &rng), decimals: 1)
            }
            let doubles = values.map(\.doubleValue).sorted()
            let sorted = values.map(Rational.init).sorted()
            for quarter in 0...4 {
                let p = Double(quarter) / 4
                // R: h = (n − 1)p + 1; x[lo] + (h − lo)(x[hi] − x[lo]), 1-based.
                let h = Double(doubles.count - 1) * p
                let lo = Int(h.rounded(.down))
                let hi = min(lo + 1, doubles.count - 1)
                let reference = doubles[lo] + (h - Double(lo)) * (doubles[hi] - doubles[lo])
                let q = Quantile.type7(sorted: sorted, probability: Rational(Int128(quarter), 4))
                #expect(abs(q.doubleValue - reference) < 1e-9)
            }
        }
    }

    @Test("Quartiles of 10, 20, 30, 40, 50 are 20, 30, 40 and each cut point belongs to the band below it")
    func quartileMembership() throws {
        let quartiles = try #require(Quartiles([50, 10, 40, 30, 20].map { FixedDecimal($0) }))
        #expect(quartiles.minimum == Rational(10) && quartiles.maximum == Rational(50))
        #expect(quartiles.lowerQuartile == Rational(20) && quartiles.median == Rational(30)
                && quartiles.upperQuartile == Rational(40))
        let quarters = [10, 20, 21, 30, 31, 40, 41, 50].map { quartiles.quartile(of: FixedDecimal($0)) }
        #expect(quarters == [1, 1, 2, 2, 3, 3, 4, 4])
        // Outside the range: the nearer outer quarter.
        #expect(quartiles.quartile(of: FixedDecimal(5)) == 1 && quartiles.quartile(of: FixedDecimal(99)) == 4)
        #expect(Quartiles([FixedDecimal]()) == nil)
    }

    @Test("When lower is better band A is the lowest quarter; when higher is better it is the highest")
    func bandsByPolarity() throws {
        let quartiles = try #require(Quartiles([10, 20, 30, 40, 50].map { FixedDecimal($0) }))
        let values = [10, 25, 35, 50].map { FixedDecimal($0) }
        #expect(values.map { quartiles.band(of: $0, polarity: .lower) } == [.a, .b, .c, .d])
        #expect(values.map { quartiles.band(of: $0, polarity: .higher) } == [.d, .c, .b, .a])
        #expect(values.allSatisfy { quartiles.band(of: $0, polarity: .none) == nil })
        #expect(values.allSatisfy { quartiles.band(of: $0, polarity: .hold) == nil })
        #expect(QuartileBand.allCases.map(\.rawValue) == ["A", "B", "C", "D"])
    }

    @Test("Interpolated cut points: with 6 values Q1 = 22.5, so 22.5 is band A and 22.6 band B (lower is better)")
    func interpolatedBoundaries() throws {
        let quartiles = try #require(Quartiles([10, 20, 30, 40, 50, 60].map { FixedDecimal($0) }))
        #expect(quartiles.lowerQuartile == Rational(45, 2))
        #expect(quartiles.band(of: FixedDecimal(units: 225, decimals: 1), polarity: .lower) == .a)
        #expect(quartiles.band(of: FixedDecimal(units: 226, decimals: 1), polarity: .lower) == .b)
        #expect(quartiles.band(of: FixedDecimal(units: 475, decimals: 1), polarity: .higher) == .b)
        #expect(quartiles.band(of: FixedDecimal(units: 476, decimals: 1), polarity: .higher) == .a)
    }
}
