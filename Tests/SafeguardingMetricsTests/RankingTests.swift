import Testing
import SafeguardingMetrics

@Suite("Ranks among authorities")
struct RankingTests {
    @Test("Ties take the lowest rank: 10, 20, 20, 30 rank 1, 2, 2, 4 when lower is better")
    func tiesLowerIsBetter() {
        let values: [FixedDecimal?] = [30, 10, 20, 20].map { FixedDecimal($0) }
        #expect(Ranking.ranks(values, polarity: .lower) == [4, 1, 2, 2])
    }

    @Test("When higher is better the highest value is rank 1, and ties still take the lowest rank")
    func tiesHigherIsBetter() {
        let values: [FixedDecimal?] = [30, 10, 20, 20, 30].map { FixedDecimal($0) }
        #expect(Ranking.ranks(values, polarity: .higher) == [1, 5, 3, 3, 1])
    }

    @Test("Missing values have no rank and do not count; indicators with no polarity are not ranked")
    func missingAndNoPolarity() {
        let values: [FixedDecimal?] = [FixedDecimal(5), nil, FixedDecimal(3), nil]
        #expect(Ranking.ranks(values, polarity: .lower) == [2, nil, 1, nil])
        #expect(Ranking(values.compactMap { $0 }, polarity: .lower)?.count == 2)
        #expect(Ranking.ranks(values, polarity: .none) == [nil, nil, nil, nil])
        #expect(Ranking([FixedDecimal(1)], polarity: .hold) == nil)
    }

    @Test("Values are compared exactly: 18.80 ties with 18.8")
    func exactTies() {
        let values: [FixedDecimal?] = [FixedDecimal(units: 1880, decimals: 2), FixedDecimal(units: 188, decimals: 1),
                                       FixedDecimal(units: 187, decimals: 1)]
        #expect(Ranking.ranks(values, polarity: .lower) == [2, 2, 1])
    }

    @Test("A value not in the list is ranked by how many listed values are strictly better")
    func outsideValue() throws {
        let ranking = try #require(Ranking([10, 20, 20, 30].map { FixedDecimal($0) }, polarity: .lower))
        #expect(ranking.rank(of: FixedDecimal(5)) == 1)
        #expect(ranking.rank(of: FixedDecimal(25)) == 4)
        #expect(ranking.rank(of: FixedDecimal(40)) == 5)
    }

    @Test("Random values: rank 1 is the best value, and every rank is 1 + the count of strictly better values")
    func randomRanks() throws {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let values: [FixedDecimal?] = (0..<Int.random(in: 1...60, using: &rng)).map { _ in
                Int.random(in: 0..<8, using: &rng) == 0 ? nil : FixedDecimal(Int64.random(in: 0...30, using: &rng))
            }
            for polarity in [Polarity.lower, .higher] {
                let ranks = Ranking.ranks(values, polarity: polarity)
                let numbers = values.compactMap { $0 }
                for (value, rank) in zip(values, ranks) {
                    guard let value else { #expect(rank == nil); continue }
                    let better = numbers.filter { polarity.isBetter($0, than: value) }.count
                    #expect(rank == 1 + better)
                }
                if let best = polarity == .lower ? numbers.min() : numbers.max() {
                    #expect(zip(values, ranks).allSatisfy { ($0.0 == best) == ($0.1 == 1) })
                }
            }
        }
    }
}
