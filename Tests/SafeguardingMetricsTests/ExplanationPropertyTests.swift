import Testing
import SafeguardingMetrics
import SafeguardingData

@Suite("Explanations are the figures' counts")
struct ExplanationPropertyTests {
    @Test("On random cohorts, every standard indicator's records number its numerator, denominator and coverage",
          arguments: [UInt64(1), 2, 3])
    func randomCohorts(seed: UInt64) throws {
        let cohort = randomCohort(seed: seed)
        var checked = 0, records = 0
        for period in [ReportingPeriod.collectionYear(2025), .collectionYear(2024)] {
            let request = IndicatorRequest(cohort: cohort, period: period, populations: TestCohort.populations(cohort.authorities))
            let computation = try IndicatorComputation(request)
            let results = computation.compute(threads: 1)
            for area in results.areas {
                for id in explainableIndicators {
                    let explanation = try computation.explain(id, authority: area.authority)
                    expectExplains(explanation, try #require(area.result(for: id)), "seed \(seed) \(period) \(area.authority)")
                    checked += 1
                    records += explanation.records.count
                }
            }
        }
        #expect(checked == 2 * 3 * explainableIndicators.count)
        #expect(records > 1_000)
    }

    @Test("On generated returns of three authorities, every standard indicator is explained exactly, distances included")
    func generatedReturns() throws {
        let authorities = try SyntheticAuthority.bundled().filter { ["E06000009", "E06000008", "E08000028"].contains($0.code) }
        let generated = SyntheticCohort(authorities: authorities, years: 2022...2025, seed: 18).generate()
        let returns = try ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: generated.population,
                                    postcodes: generated.postcodes)
        let computation = try IndicatorComputation(try returns.request(period: .collectionYear(2025)))
        let results = computation.compute(threads: 2)
        #expect(results.areas.count == 3)
        var records = 0
        for area in results.areas {
            for id in explainableIndicators {
                let explanation = try computation.explain(id, authority: area.authority)
                expectExplains(explanation, try #require(area.result(for: id)), "generated \(area.authority)")
                records += explanation.records.count
            }
        }
        #expect(records > 10_000)
    }

    @Test("Every cell of a breakdown is explained by its own records", arguments: [Breakdown.ageBand, .latestCategoryOfAbuse, .placementGroup])
    func breakdownCells(breakdown: Breakdown) throws {
        let cohort = randomCohort(seed: 7)
        var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(cohort.authorities))
        request.breakdown = breakdown
        let computation = try IndicatorComputation(request)
        let area = computation.compute(threads: 1).areas[1]
        var nonEmpty = 0
        for id in explainableIndicators {
            for cell in area.breakdown(for: id) {
                let explanation = try computation.explain(id, authority: area.authority, cell: cell.label)
                expectExplains(explanation, cell.result, "\(breakdown)")
                #expect(explanation.records.allSatisfy { $0.cell == cell.label })
                if !explanation.records.isEmpty { nonEmpty += 1 }
            }
        }
        #expect(nonEmpty > 20)
    }

    @Test("An indicator that is not standard, an unknown cell and an authority not in the cohort are errors")
    func errors() throws {
        let cohort = randomCohort(seed: 2, children: 30)
        var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(cohort.authorities))
        request.breakdown = .sex
        let computation = try IndicatorComputation(request)
        #expect(throws: ExplanationError.notExplainable("no.such")) { _ = try computation.explain("no.such", authority: "E06000009") }
        #expect(throws: ExplanationError.unknownCell("Purple", breakdown: .sex)) {
            _ = try computation.explain("cla.rate", authority: "E06000009", cell: "Purple")
        }
        let whole = try IndicatorComputation(IndicatorRequest(cohort: cohort, period: .collectionYear(2025),
                                                              populations: TestCohort.populations(cohort.authorities)))
        #expect(throws: ExplanationError.unknownCell(Breakdown.none.cellLabels[0], breakdown: .none)) {
            _ = try whole.explain("cla.rate", authority: "E06000009", cell: Breakdown.none.cellLabels[0])
        }
        #expect(throws: ExplanationError.aggregation(.authorityNotInCohort("E99999999"))) {
            _ = try computation.explain("cla.rate", authority: "E99999999")
        }
    }
}
