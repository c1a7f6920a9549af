import Testing
@testable import SafeguardingData
import SafeguardingMetrics

/// The computed quarterly series of issue 17: the same numbers as computing each quarter alone.
@Suite("Indicator series over quarters")
struct IndicatorSeriesTests {
    static let generated = SyntheticCohort(authorities: SyntheticCohortTests.authorities(2), years: 2024...2025, seed: 17).generate()

    static func returns() throws -> ReturnSet {
        try ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: generated.population,
                      postcodes: generated.postcodes)
    }

    @Test("The quarter ends are those of every collection year the returns hold")
    func quarterEnds() throws {
        let returns = try Self.returns()
        let ends = returns.quarterEnds(of: 1).map(\.description)
        #expect(ends == ["2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31",
                         "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31"])
        let periods = returns.quarterlyPeriods(of: 1)
        #expect(periods.map(\.end) == returns.quarterEnds(of: 1))
        #expect(periods.allSatisfy { $0 == ReportingPeriod.rolling12Months(endingOn: $0.end) })
    }

    @Test("Each point of every standard indicator's series equals the indicator computed for that quarter alone, as indicators --period computes it")
    func equalsSeparateComputations() throws {
        let returns = try Self.returns()
        let area: UInt16 = 1
        let code = returns.cohort.authorities[Int(area)]
        let periods = returns.quarterlyPeriods(of: area)
        let ids = try returns.request(period: periods[0]).indicators
        let series = try returns.series(of: ids, area: area, periods: periods)
        #expect(series.map(\.indicator) == ids)
        var states = Set<ResultState>()
        for period in periods {
            // As `indicators --period`: every authority, every indicator, one computation.
            let alone = try IndicatorComputation(try returns.request(period: period)).compute()
            let results = try #require(alone.area(code)).indicators
            for line in series {
                let point = try #require(line.points.first { $0.period == period })
                let expected = try #require(results.first { $0.id == line.indicator })
                #expect(point.result == expected, "\(line.indicator) at \(period.end)")
                #expect(point.value == (expected.state == .notCovered ? nil : expected.display))
                states.insert(point.state)
            }
        }
        #expect(series.allSatisfy { $0.points.map(\.period) == periods })
        // The first quarters' flows reach back before the returns: partial, kept as such.
        #expect(states.contains(.ok) && states.contains(.partial))
        let referrals = try #require(series.first { $0.indicator == "referrals.rate" })
        #expect(referrals.points.first?.state == .partial)
        #expect(referrals.points.last?.state == .ok && referrals.points.last?.value != nil)
        #expect(referrals.whole.count < referrals.points.count)
    }

    @Test("A quarter the returns do not hold is not_covered and has no value")
    func notCoveredHasNoValue() throws {
        let returns = try Self.returns()
        let later = [Day(year: 2025, month: 3, day: 31)!, Day(year: 2026, month: 9, day: 30)!]
            .map { ReportingPeriod.rolling12Months(endingOn: $0) }
        let series = try #require(try returns.series(of: "cla.rate", area: 0, periods: later))
        #expect(series.points.map(\.state) == [.ok, .notCovered])
        #expect(series.points[0].value != nil)
        #expect(series.points[1].value == nil)
        #expect(series.whole.map(\.period) == [later[0]])
    }

    @Test("An indicator the returns cannot give at all (distances without postcodes) has no series")
    func noSeriesWithoutPostcodes() throws {
        let returns = try ReturnSet(ssda903: Self.generated.ssda903, cin: Self.generated.cin,
                                    population: Self.generated.population)
        let distance = try #require(IndicatorCatalogue.standard.indicators.first { $0.requirements.postcodes })
        let series = try returns.series(of: [distance.id, "cla.rate"], area: 0, periods: returns.quarterlyPeriods(of: 0))
        #expect(series.map(\.indicator) == ["cla.rate"])
    }
}
