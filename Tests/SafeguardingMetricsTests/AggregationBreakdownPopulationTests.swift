import Testing
import SafeguardingMetrics

@Suite("Rates by breakdown cell from breakdown populations")
struct AggregationBreakdownPopulationTests {
    /// Age-band populations for Blackpool at mid-2024: under 1 and 5-9 only.
    static func agePopulations(midYear: Int = 2024) -> BreakdownPopulationTable {
        var table = BreakdownPopulationTable(vintage: "test by age")
        table.setPopulation(1_600, authority: "E06000009", midYear: midYear, breakdown: .ageBand, cell: "Under 1")
        table.setPopulation(8_000, authority: "E06000009", midYear: midYear, breakdown: .ageBand, cell: "5-9")
        return table
    }

    /// 2 referrals under 1, 13 aged 5-9, 1 aged 10-15 and 1 unborn, all on 15 June 2024.
    static func referrals() -> TestCohort {
        var t = TestCohort()
        for index in 0..<2 { t.referral(t.child("I\(index)", born: "2024-01-01"), "2024-06-15") }
        for index in 0..<13 { t.referral(t.child("P\(index)", born: "2015-01-01"), "2024-06-15", nfa: index < 3) }
        t.referral(t.child("S", born: "2012-01-01"), "2024-06-15")
        t.referral(t.child("U", born: nil, expected: "2024-09-01"), "2024-06-15")
        return t
    }

    @Test("A rate's cell is the cell's count over the cell's population, exact and rounded half up")
    func ratesPerCell() throws {
        let area = try Self.referrals().results {
            $0.breakdown = .ageBand
            $0.breakdownPopulations = Self.agePopulations()
        }
        #expect(area["referrals.rate"] == (17, 10_000))                  // the total keeps the total population
        let cells = area.breakdown(for: "referrals.rate")
        #expect(cells.map(\.count) == [2, 0, 13, 1, 0, 0, 1, 0])
        #expect((cells[0].result.numerator, cells[0].result.denominator) == (2, 1_600))
        #expect(cells[0].result.exact == Rational(25, 2) && cells[0].result.display == FixedDecimal(units: 125, decimals: 1))
        // 13 / 8,000 × 10,000 = 16.25 exactly, which rounds half up to 16.3 (banker's rounding would give 16.2).
        #expect((cells[2].result.numerator, cells[2].result.denominator) == (13, 8_000))
        #expect(cells[2].result.exact == Rational(65, 4) && cells[2].result.display == FixedDecimal(units: 163, decimals: 1))
        #expect(cells[2].result.state == .ok)
        let figure = try #require(cells[2].population)
        #expect(figure.population == 8_000 && figure.midYear == 2024 && figure.vintage == "test by age")
        #expect(figure.area == .localAuthority("E06000009"))
        // 10-15 has no population in the table, and unborn and not recorded have none at all.
        #expect([1, 3, 4, 5, 6, 7].allSatisfy { cells[$0].result.state == .undefined && cells[$0].population == nil })
        // Percentages keep their own denominators and carry no population.
        let nfa = area.breakdown(for: "referrals.nfa.percent")
        #expect((nfa[2].result.numerator, nfa[2].result.denominator) == (3, 13) && nfa[2].population == nil)
    }

    @Test("Cell populations pair with the period as total populations do: the latest earlier mid-year when missing")
    func pairing() throws {
        var table = Self.agePopulations(midYear: 2023)
        table.setPopulation(10_000, authority: "E06000009", midYear: 2024, breakdown: .ageBand, cell: "5-9")
        let cells2024 = try table.cellPopulations(for: "E06000009", period: .collectionYear(2024), breakdown: .ageBand)
        #expect(cells2024[2]?.population == 8_000 && cells2024[2]?.midYear == 2023)
        let cells2026 = try table.cellPopulations(for: "E06000009", period: .collectionYear(2026), breakdown: .ageBand)
        #expect(cells2026[2]?.population == 10_000 && cells2026[2]?.midYear == 2024 && cells2026[2]?.requestedMidYear == 2025)
        // Mid-2024 has no under-1 population: that cell is undefined rather than taken from 2023.
        #expect(cells2026[0] == nil)
        let absent = try table.cellPopulations(for: "E06000001", period: .collectionYear(2025), breakdown: .ageBand)
        #expect(absent.count == Breakdown.ageBand.cellCount && absent.allSatisfy { $0 == nil })
    }

    @Test("A label that is not a cell of the breakdown is an error naming the authority, the year and the label")
    func badLabel() throws {
        var table = BreakdownPopulationTable(vintage: "test by sex")
        table.setPopulation(5_000, authority: "E06000009", midYear: 2024, breakdown: .sex, cell: "Female")
        table.setPopulation(5_000, authority: "E06000009", midYear: 2024, breakdown: .sex, cell: "Girls")
        var request = Self.referrals().request()
        request.breakdown = .sex
        request.breakdownPopulations = table
        #expect {
            try IndicatorComputation(request)
        } throws: { error in
            guard let error = error as? AggregationError,
                  error == .unknownBreakdownCell(authority: "E06000009", midYear: 2024, label: "Girls", breakdown: .sex, requested: .sex)
            else { return false }
            return error.description.hasPrefix("the breakdown populations for E06000009 at mid-2024 give a population for 'Girls', "
                                               + "which is not a cell of the sex breakdown (its cells: Male, Female,")
        }
    }

    @Test("Populations by another breakdown only are an error; without a breakdown the table is not used")
    func wrongBreakdown() throws {
        var request = Self.referrals().request()
        request.breakdown = .sex
        request.breakdownPopulations = Self.agePopulations()
        #expect(throws: AggregationError.unknownBreakdownCell(authority: "E06000009", midYear: 2024, label: "5-9",
                                                             breakdown: .ageBand, requested: .sex)) {
            try IndicatorComputation(request)
        }
        request.breakdown = .none
        #expect(try IndicatorComputation(request).compute(threads: 1).areas[0]["referrals.rate"] == (17, 10_000))
    }
}
