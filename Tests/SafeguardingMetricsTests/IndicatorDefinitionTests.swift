import Testing
@testable import SafeguardingMetrics

/// Each standard indicator is one value: these tests check that every value is complete and
/// agrees with the contract (INDICATORS.md), with the published files it names, and with the
/// counting it drives.
@Suite("Indicator definitions")
struct IndicatorDefinitionTests {
    let catalogue = IndicatorCatalogue.standard

    @Test("Every standard indicator has a definition in words and records to count")
    func definitionsAreComplete() {
        for indicator in catalogue.indicators {
            let definition = indicator.definition
            for text in [definition.summary, definition.numerator, definition.denominator, definition.records] {
                #expect(text.count >= 10, "\(indicator.id): \(text)")
            }
            // The summary is sentences; the parts are phrases that the text and the list end with a full stop.
            #expect(definition.summary.hasSuffix("."), "\(indicator.id)")
            for part in [definition.numerator, definition.denominator, definition.records] + definition.exclusions {
                #expect(!part.hasSuffix("."), "\(indicator.id): \(part)")
            }
            #expect(definition.notes.allSatisfy { $0.hasSuffix(".") }, "\(indicator.id)")
            #expect(definition.text.hasPrefix(definition.summary + " Numerator: "))
            #expect(indicator.isComputable, "\(indicator.id)")
        }
    }

    @Test("Every standard indicator is counted by counters, a rate over the population and anything else over a counter")
    func recipes() throws {
        for indicator in catalogue.indicators {
            guard case .counters(let recipe) = indicator.counting else {
                Issue.record("\(indicator.id) has no counter recipe")
                continue
            }
            let isRate = indicator.unit == .ratePer10k || indicator.unit == .ratePer100k
            #expect((recipe.denominator == .population) == isRate, "\(indicator.id)")
            #expect(indicator.requirements.population == isRate, "\(indicator.id)")
            #expect(recipe.denominator != .counter(recipe.numerator), "\(indicator.id)")
            #expect(Set(recipe.coverage.map(\.kind)).count == recipe.coverage.count, "\(indicator.id): coverage kinds repeat")
        }
        // The distance indicator alone needs postcodes.
        #expect(catalogue.indicators.filter(\.requirements.postcodes).map(\.id) == ["cla.placement.over_20_miles.percent"])
    }

    @Test("Precision follows the source: CIN 1 decimal place, SSDA903 whole numbers, the SDQ average 1")
    func precisionBySource() {
        for indicator in catalogue.indicators {
            switch (indicator.source, indicator.unit) {
            case (.cinCensus, _): #expect(indicator.decimals == 1, "\(indicator.id)")
            case (.ssda903, .averageScore): #expect(indicator.decimals == 1, "\(indicator.id)")
            case (.ssda903, _):
                // LAIT computes the shares of unaccompanied asylum-seeking children to 1 decimal place.
                let tenths: Set<IndicatorID> = ["cla.uasc.percent", "cla.started.uasc.percent"]
                #expect(indicator.decimals == (tenths.contains(indicator.id) ? 1 : 0), "\(indicator.id)")
            case (.local, _): Issue.record("\(indicator.id): a standard indicator from local tables")
            }
        }
    }

    @Test("Each indicator reads tables of its own return only, and the families make up the catalogue in order")
    func tablesAndFamilies() {
        for indicator in catalogue.indicators {
            let tables = indicator.requirements.tables
            #expect(!tables.isEmpty, "\(indicator.id)")
            let own: RequiredTables = indicator.source == .cinCensus ? .cinCensus : [.careEpisodes, .missingEpisodes, .oc2, .oc3]
            #expect(own.isSuperset(of: tables), "\(indicator.id) reads \(tables.names)")
            #expect(!indicator.requirements.statusAtPeriodEnd)
        }
        #expect(IndicatorFamily.allCases.flatMap(\.indicators) == catalogue.indicators)
        #expect(catalogue.indicators.filter { $0.id.rawValue.hasPrefix("sdq.") }.allSatisfy { $0.requirements.tables == .oc2 })
        #expect(catalogue.indicators.filter { $0.id.rawValue.hasPrefix("care_leavers.") }
            .allSatisfy { $0.requirements.tables == .oc3 })
        #expect(catalogue["cla.missing.percent"]?.requirements.tables == [.careEpisodes, .missingEpisodes])
        #expect(IndicatorFamily.of("cpp.rate") == .protection && IndicatorFamily.of("made.up") == nil)
    }

    @Test("The indicators that read history before the period say how far, from the configuration")
    func lookbacks() throws {
        let looking = catalogue.indicators.filter { $0.lookback != nil }.map(\.id)
        #expect(looking == ["referrals.repeat_within_12_months.percent", "cla.stability.long_term.percent",
                            "cla.interim_care_order_over_26_weeks.percent"])
        var configuration = AggregationConfiguration()
        let year = ReportingPeriod.collectionYear(2025)
        func earliest(_ lookback: IndicatorLookback) -> Day { lookback.earliestDay(for: year, configuration: configuration) }
        #expect(earliest(.rereferralWindow) == Day(year: 2023, month: 4, day: 1))
        #expect(earliest(.longTermCare) == Day(year: 2022, month: 9, day: 30))
        #expect(earliest(.interimCareOrder) == Day(year: 2024, month: 9, day: 30))
        configuration.rereferralWindowMonths = 6
        #expect(earliest(.rereferralWindow) == Day(year: 2023, month: 10, day: 1))
    }

    @Test("Published columns and their counts are columns of the bundled DfE file, and reproduce its values")
    func publishedColumns() throws {
        let rows = try Fixture.csvRows("la_csc_indicators_2024_2025.csv")
        let header = Set(try #require(rows.first).keys)
        var reproduced = 0
        for indicator in catalogue.indicators {
            guard let columns = indicator.publishedColumns else { continue }
            for column in [columns.value, columns.numerator, columns.denominator].compactMap({ $0 }) {
                #expect(header.contains(column), "\(indicator.id): \(column)")
            }
            #expect((columns.numerator == nil) == (columns.denominator == nil), "\(indicator.id)")
            guard let numerator = columns.numerator, let denominator = columns.denominator else { continue }
            for row in rows where row["geographic_level"] == "Local authority" {
                // LAIT's values carry binary floating-point noise (519.20000000000005): compare at the published precision.
                guard let n = Int64(row[numerator] ?? ""), let d = Int64(row[denominator] ?? ""), d > 0,
                      let published = row[columns.value], let value = FixedDecimal(published)?.rounded(toDecimals: indicator.decimals) else { continue }
                let scale: Int64 = indicator.unit == .percentage ? 100 : 10_000
                #expect(Rational(Int128(n * scale), Int128(d)).rounded(toDecimals: indicator.decimals) == value,
                        "\(indicator.id) \(row["la_name"] ?? "")")
                reproduced += 1
            }
        }
        #expect(reproduced > 3_000)
    }

    /// `Fixtures/lait_csc_dictionary.csv` is LAIT's data dictionary for its children's social care
    /// measures (github.com/dfe-analytical-services/local-authority-interactive-tool
    /// `01_data/02_prod/lait_data_dictionary.csv` at commit 2e30e39, columns selected; Open Government
    /// Licence v3.0), copied unchanged from the project's shared reference data.
    @Test("LAIT measures are measures of the LAIT dictionary, in the same unit")
    func laitMeasures() throws {
        let dictionary = try Fixture.csvRows("lait_csc_dictionary.csv")
        let units = Dictionary(dictionary.map { ($0["measure_short"] ?? "", $0["unit"] ?? "") },
                               uniquingKeysWith: { first, _ in first })
        let named = catalogue.indicators.compactMap { indicator in indicator.laitMeasure.map { (indicator, $0) } }
        #expect(named.count >= 20)
        #expect(Set(named.map(\.1)).count == named.count, "two indicators name the same LAIT measure")
        for (indicator, measure) in named {
            let unit = try #require(units[measure], "\(indicator.id): LAIT has no measure \(measure)")
            switch indicator.unit {
            case .ratePer10k: #expect(unit == "Rate per 10,000", "\(indicator.id): \(unit)")
            case .percentage: #expect(unit.hasPrefix("%"), "\(indicator.id): \(unit)")
            case .averageScore: #expect(unit == "Score", "\(indicator.id): \(unit)")
            default: Issue.record("\(indicator.id): unexpected unit")
            }
        }
    }

    @Test("A breakdown outside an indicator's requirements puts all its records in the not recorded or not applicable cells")
    func breakdownsThatApply() throws {
        let cohort = randomCohort(seed: 31, children: 600)
        var classified = 0
        for breakdown in Breakdown.allCases where breakdown != .none {
            var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025),
                                           populations: TestCohort.populations(cohort.authorities))
            request.breakdown = breakdown
            let labels = breakdown.cellLabels
            for area in try IndicatorComputation(request).compute(threads: 1).areas {
                for (result, cells) in zip(area.indicators, area.breakdowns) where result.numerator > 0 {
                    let coded = zip(labels, cells).filter { !["Not recorded", "Not applicable"].contains($0.0) }
                        .map(\.1.result.numerator).reduce(0, +)
                    if result.indicator.requirements.breakdowns.contains(breakdown) {
                        #expect(coded > 0, "\(result.id) by \(breakdown)")
                        classified += 1
                    } else {
                        #expect(coded == 0, "\(result.id) by \(breakdown)")
                    }
                }
            }
        }
        #expect(classified > 100)
    }

    @Test("A computation scans only the tables its indicators require")
    func tableScans() throws {
        let cohort = randomCohort(seed: 3, children: 50)
        func scans(_ ids: [IndicatorID], local: [LocalMeasure] = []) -> TableScans {
            var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025),
                                           populations: TestCohort.populations(cohort.authorities))
            request.indicators = ids
            request.localMeasures = local
            return TableScans(request)
        }
        let cin = scans(["referrals.rate", "cpp.rate"])
        #expect(cin.cin && !cin.care && !cin.oc2 && !cin.oc3 && !cin.status)
        let care = scans(["cla.missing.percent", "sdq.average"])
        #expect(!care.cin && care.care && care.oc2 && !care.oc3)
        let leavers = scans(["care_leavers.in_touch.age_19_21.percent"])
        #expect(!leavers.cin && !leavers.care && !leavers.oc2 && leavers.oc3)
        let attendance = scans([], local: [LocalMeasure(id: "att", template: .attendance(status: .lookedAfter))])
        #expect(!attendance.cin && attendance.care && attendance.status)
        let all = scans(catalogue.indicators.map(\.id))
        #expect(all.cin && all.care && all.oc2 && all.oc3 && !all.status)
    }
}
