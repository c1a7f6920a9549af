import Testing
@testable import SafeguardingData
import SafeguardingMetrics

/// The four period cases of issue 15 at the library level: a part-year flow annualised before it
/// is judged, a quarter with a fallback population, a year no return holds, a missing CIN census.
@Suite("Honest judgements of periods")
struct PeriodJudgementTests {
    static let generated = SyntheticCohort(authorities: SyntheticCohortTests.authorities(1), years: 2024...2025, seed: 15).generate()
    static let nineMonths = ReportingPeriod(start: Day(year: 2024, month: 4, day: 1)!, end: Day(year: 2024, month: 12, day: 31)!)

    static func returns(cin: Bool = true) throws -> ReturnSet {
        try ReturnSet(ssda903: generated.ssda903, cin: cin ? generated.cin : [], population: generated.population,
                      postcodes: generated.postcodes)
    }

    static func compute(_ returns: ReturnSet, _ period: ReportingPeriod, _ ids: [IndicatorID]) throws -> IndicatorResults {
        var request = try returns.request(period: period)
        request.indicators = ids
        return try IndicatorComputation(request).compute()
    }

    /// A framework with the referral rate at `2024-12` against `target`, lower is better.
    static func framework(target: FixedDecimal, targetBasis: TargetBasis = .twelveMonths) -> OutcomesFramework {
        OutcomesFramework(name: "ours", version: "1", indicators: [
            FrameworkIndicator(id: "OF1", outcome: "Help", title: "Referral rate per 10,000", unit: .ratePer10k,
                               polarity: .lower, decimals: 0, computedID: "referrals.rate",
                               points: [.baseline("2024-03", FixedDecimal(900)), .target("2024-12", target)],
                               targetBasis: targetBasis),
        ])
    }

    @Test("A 9-month referral rate is annualised by 365/275 before it is judged against a 12-month target, and every format says so")
    func annualisedBeforeJudging() throws {
        let returns = try Self.returns()
        let result = try #require(try Self.compute(returns, Self.nineMonths, ["referrals.rate"]).areas[0].result(for: "referrals.rate"))
        #expect(result.basis == PeriodBasis(kind: .partYear, days: 275))
        let raw = try #require(result.exact)
        let annualised = raw * Rational(365, 275)
        #expect(result.annualised == annualised)
        // A target between the part-year figure and the annualised one: met as counted, missed once annualised.
        let target = ((raw + annualised) * Rational(1, 2)).rounded(toDecimals: 0)
        #expect(raw.rounded(toDecimals: 0) < target && target < annualised.rounded(toDecimals: 0))
        let framework = Self.framework(target: target)
        let actuals = FrameworkActuals(framework: framework, at: "2024-12", extra: [Self.nineMonths], returns: returns, area: 0)
        let report = BoardReport(framework: framework, at: "2024-12", actuals: actuals, authority: nil, comparer: nil)
        let point = try #require(report.scorecard.rows[0].latest)
        #expect(point.actual == annualised.rounded(toDecimals: 0))
        #expect(point.annualisedFromDays == 275)
        #expect(point.status == .missed)
        #expect(point.significance == nil)
        #expect(report.text().contains("annualised from 275 days"))
        #expect(report.html().contains("annualised from 275 days"))
        let csv = report.csv().split(separator: "\n")
        #expect(csv[0].contains(",basis,basis_days,annualised_from_days,target_pro_rated_to_days,covered_days,population_year,no_data,"))
        #expect(csv[1].contains(",part_year,275,275,,,2024,false,"), "\(csv[1])")
        let json = report.json().rendered()
        #expect(json.contains("\"annualised_from_days\":275"), "\(json.prefix(400))")

        // Pro-rated instead: the target is brought to 275 days and the actual judged as counted.
        let prorated = Self.framework(target: target, targetBasis: .proRated)
        let judged = BoardReport(framework: prorated, at: "2024-12",
                                 actuals: FrameworkActuals(framework: prorated, at: "2024-12", extra: [Self.nineMonths],
                                                           returns: returns, area: 0),
                                 authority: nil, comparer: nil)
        let proratedPoint = try #require(judged.scorecard.rows[0].latest)
        #expect(proratedPoint.actual == raw.rounded(toDecimals: 0))
        #expect(proratedPoint.annualisedFromDays == nil && proratedPoint.targetProRatedToDays == 275)
        #expect(proratedPoint.target == (Rational(target) * Rational(275, 365)).rounded(toDecimals: 0))
        #expect(judged.text().contains("target pro-rated to 275 days"))
    }

    @Test("A snapshot or percentage over nine months is not annualised")
    func snapshotsNotAnnualised() throws {
        let results = try Self.compute(try Self.returns(), Self.nineMonths, ["cla.rate", "referrals.repeat_within_12_months.percent"])
        for result in results.areas[0].indicators {
            #expect(result.annualised == nil, "\(result.id)")
            #expect(result.basis?.kind == .partYear)
        }
    }

    @Test("A January-March quarter computes with the latest earlier population, and the warning names both years")
    func quarterWithFallbackPopulation() throws {
        let quarter = try ReportingPeriod(parsing: "2025-01-01..2025-03-31")
        let returns = try Self.returns()
        var request = try returns.request(period: quarter)
        request.indicators = ["referrals.rate", "cla.rate"]
        #expect(!request.missingPopulationEstimates().isEmpty, "the synthetic populations stop at mid-2024")
        let results = try IndicatorComputation(request).compute()
        let area = results.areas[0]
        #expect(area.population?.midYear == 2024)
        #expect(area.indicators.allSatisfy { $0.populationYear == 2024 && $0.state == .ok && $0.coveredDays == 90 })
        #expect(results.populationWarnings.count == 1)
        #expect(results.populationWarnings.first?.contains("mid-2025") == true)
        #expect(results.populationWarnings.first?.contains("mid-2024") == true)
        let json = IndicatorsReport(results, names: [:]).json().rendered()
        #expect(json.contains("\"population_year\": 2024"), "\(json.prefix(300))")
    }

    @Test("A year no return holds gives not_covered, with no value, for every indicator")
    func yearNotHeld() throws {
        let results = try Self.compute(try Self.returns(), .collectionYear(2021), ["referrals.rate", "cla.rate", "cpp.rate"])
        for result in results.areas[0].indicators {
            #expect(result.state == .notCovered, "\(result.id)")
            #expect(result.exact == nil && result.display == nil && result.coveredDays == 0)
            #expect(result.published == .symbol(.notAvailable))
        }
        #expect(results.holdsNothing)
        let report = IndicatorsReport(results, names: [:])
        #expect(report.text().contains("no data"))
        #expect(report.csv().contains(",not_covered,"))
        let figure = report.document.areas[0].indicators[0]
        #expect(figure.state == "not_covered" && figure.numerator == nil && figure.value == nil && figure.coveredDays == 0)
    }

    @Test("A period that starts before the returns is partial, with the days held")
    func partiallyHeld() throws {
        let period = try ReportingPeriod(parsing: "2023-01-01..2023-06-30")
        let results = try Self.compute(try Self.returns(), period, ["referrals.rate"])
        let result = results.areas[0].indicators[0]
        #expect(result.state == .partial)
        #expect(result.coveredDays == 91)   // 1 April to 30 June 2023 is collection year 2024
        #expect(!results.holdsNothing)
    }

    @Test("A flow from returns that hold part of its 12 months is shown with the days held, and not judged")
    func partialFlowNotJudged() throws {
        let framework = OutcomesFramework(name: "ours", version: "1", indicators: [
            FrameworkIndicator(id: "OF1", outcome: "Help", title: "Referrals", unit: .ratePer10k, polarity: .lower,
                               decimals: 0, computedID: "referrals.rate",
                               points: [.baseline("2023-03", FixedDecimal(900)), .actual("2023-10", FixedDecimal(1)),
                                        .target("2023-10", FixedDecimal(5000))]),
        ])
        let actuals = FrameworkActuals(framework: framework, at: "2023-10", returns: try Self.returns(), area: 0)
        let row = Scorecard(framework: framework, at: "2023-10", computed: actuals.actuals).rows[0]
        let point = try #require(row.latest)
        #expect(point.actualSource == .computed)
        #expect(point.coveredDays == 214)   // 1 April to 31 October 2023 of 2022-11-01..2023-10-31
        #expect(point.status == nil && point.rag == .grey)
        #expect(point.periodNote == "returns hold 214 of 365 days")
        #expect(row.issues.contains { $0.kind == .computedPartial })
    }

    @Test("Without a CIN census, CIN indicators are not_covered and SSDA903 ones are computed")
    func missingCINCensus() throws {
        let results = try Self.compute(try Self.returns(cin: false), .collectionYear(2025),
                                       ["referrals.rate", "cpp.rate", "cla.rate", "cla.started.rate"])
        let states = Dictionary(uniqueKeysWithValues: results.areas[0].indicators.map { ($0.id, $0.state) })
        #expect(states["referrals.rate"] == .notCovered)
        #expect(states["cpp.rate"] == .notCovered)
        #expect(states["cla.rate"] == .ok)
        #expect(states["cla.started.rate"] == .ok)
        #expect(!results.holdsNothing)
    }

    @Test("A framework's basis and target basis read from CSV and JSON, and write back")
    func frameworkColumns() throws {
        let text = "id,outcome,indicator,unit,polarity,computed_id,basis,target_basis,target 2024-12\n"
            + "OF1,Help,Referrals,per 10000,lower,referrals.rate,year to date,pro rata,600\n"
            + "OF2,Help,Starts,per 10000,lower,cla.started.rate,quarterly,,30\n"
            + "OF3,Help,Other,per 10000,lower,,fortnight,,30\n"
        let loaded = try FrameworkCSV.read(text: text, name: "ours")
        let rows = loaded.framework.indicators
        #expect(rows[0].basis == .yearToDate && rows[0].targetBasis == .proRated)
        #expect(rows[1].basis == .quarter && rows[1].targetBasis == .twelveMonths)
        #expect(rows[2].basis == .rolling12Months)
        #expect(loaded.readingProblems.contains { $0.kind == .unknownBasis })
        let again = try FrameworkCSV.read(text: FrameworkCSV.write(loaded.framework), name: "ours")
        #expect(again.framework.indicators.map(\.basis) == rows.map(\.basis))
        #expect(again.framework.indicators.map(\.targetBasis) == rows.map(\.targetBasis))
        let json = FrameworkJSON.encode(loaded.framework)
        #expect(json.contains("\"basis\" : \"year_to_date\"") || json.contains("\"basis\": \"year_to_date\""), "\(json.prefix(600))")
        #expect(json.contains("pro_rated"))
        let decoded = try FrameworkJSON.decode(json, name: "ours.json")
        #expect(decoded.indicators.map(\.basis) == rows.map(\.basis))
        #expect(decoded.indicators.map(\.targetBasis) == rows.map(\.targetBasis))
        // A framework written before the columns existed reads with the defaults.
        let old = try FrameworkJSON.decode(#"{"name":"old","version":"1","indicators":[{"id":"A","outcome":"o","title":"t","unit":"count","polarity":"lower","decimals":0,"points":[]}]}"#,
                                           name: "old.json")
        #expect(old.indicators[0].basis == .rolling12Months && old.indicators[0].targetBasis == .twelveMonths)
    }

    @Test("A quarter row's actual is counted over the quarter ending on its date and annualised")
    func quarterRow() throws {
        let returns = try Self.returns()
        let framework = OutcomesFramework(name: "ours", version: "1", indicators: [
            FrameworkIndicator(id: "OF1", outcome: "Help", title: "Referrals", unit: .ratePer10k, polarity: .lower,
                               decimals: 1, computedID: "referrals.rate",
                               points: [.actual("2024-12", FixedDecimal(1)), .target("2024-12", FixedDecimal(800))],
                               basis: .quarter),
        ])
        let actuals = FrameworkActuals(framework: framework, at: "2024-12", returns: returns, area: 0)
        let computed = try #require(actuals.actuals.first)
        #expect(computed.period == FrameworkBasis.quarter.period(endingOn: Day(year: 2024, month: 12, day: 31)!))
        #expect(computed.rowBasis == .quarter)
        let point = try #require(Scorecard(framework: framework, at: "2024-12", computed: actuals.actuals).rows[0].latest)
        #expect(point.annualisedFromDays == 92)
        #expect(point.actual == computed.value!.times365(over: 92).rounded(toDecimals: 1))
    }
}

private extension Rational {
    func times365(over days: Int) -> Rational { self * Rational(365, Int128(days)) }
}
