import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

@Suite("The whole job through the library")
struct ReportsTests {
    static let returns: ReturnSet = {
        let authorities = try! SyntheticAuthority.bundled().filter { ["E06000009", "E06000008"].contains($0.code) }
        let generated = SyntheticCohort(authorities: authorities, years: 2022...2025, seed: 5).generate()
        return try! ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: generated.population,
                              postcodes: generated.postcodes)
    }()

    @Test("A request names its authorities by code; a code the cohort lacks is an error, not a crash")
    func requestByCode() throws {
        let returns = Self.returns
        let request = try IndicatorRequest(cohort: returns.cohort, period: .collectionYear(2025),
                                           populations: returns.populations, authorities: ["E06000008", "E06000009", "E06000008"])
        #expect(request.authorities == ["E06000008", "E06000009"])
        #expect(throws: AggregationError.authorityNotInCohort("E08000028")) {
            _ = try IndicatorRequest(cohort: returns.cohort, period: .collectionYear(2025), populations: returns.populations,
                                     authorities: ["E08000028"])
        }
        #expect(try returns.areas(["890"]) == [UInt16(returns.cohort.authorities.firstIndex(of: "E06000009")!)])
        #expect(throws: ReturnSetError.unknownAuthority("E99999999")) { _ = try returns.areas(["E99999999"]) }
        #expect(throws: (any Error).self) { _ = try returns.areas(["333"]) }
    }

    @Test("computeAsync gives what compute gives, and Background.run passes typed errors through")
    func asyncComputation() async throws {
        let computation = try IndicatorComputation(try Self.returns.request(period: .collectionYear(2025)))
        let awaited = await computation.computeAsync(threads: 2)
        #expect(awaited == computation.compute(threads: 1))
        let error = await #expect(throws: ReturnSetError.self) {
            _ = try await Background.run { () throws(ReturnSetError) in try Self.returns.areas(["E99999999"]) }
        }
        #expect(error == .unknownAuthority("E99999999"))
        #expect(await Background.run { 6 * 7 } == 42)
    }

    @Test("The rate check names the authority whose mid-year estimate is missing, and only when a rate is asked for")
    func missingEstimates() throws {
        var request = try Self.returns.request(period: .collectionYear(2019))
        #expect(request.asksForRates)
        #expect(Set(request.missingPopulationEstimates().map(\.authority)) == ["E06000008", "E06000009"])
        #expect(request.missingPopulationEstimates().first?.error.midYear == 2018)
        request.indicators = ["referrals.repeat_within_12_months.percent"]
        #expect(!request.asksForRates && request.missingPopulationEstimates().isEmpty)
    }

    @Test("The demonstration's framework is judged with actuals computed in memory, and every rendering names its rows")
    func demonstrationReport() throws {
        let loaded = try Demonstration.framework()
        let framework = loaded.framework
        #expect(framework["OF1-03"]?.linkedIndicator == "referrals.rate")
        let comparer = try ReferenceData.comparer()
        let actuals = try FrameworkActuals(framework: framework, at: "2024-01", returns: Self.returns, authority: "E06000009")
        #expect(!actuals.actuals.isEmpty && actuals.computedFrom?.hasPrefix("the returns given for Blackpool (E06000009)") == true)
        let report = BoardReport(framework: framework, at: "2024-01", actuals: actuals,
                                 authority: comparer.directory["E06000009"], comparer: comparer)
        #expect(report.comparisonYear == 2024)
        #expect(report.rows.contains { $0.comparison != nil })
        let html = report.html()
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Blackpool outcomes framework") && html.contains("OF1-03"))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(report.text().contains("OF4-07") && report.csv().contains("OF3-03,"))
        let json = try JSONSerialization.jsonObject(with: Data(report.json().rendered().utf8)) as? [String: Any]
        #expect(json?["la"] as? String == "E06000009" && (json?["comparisons"] as? [Any])?.isEmpty == false)
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(report))
        #expect(encoded["la"] == .string("E06000009"))
    }

    @Test("The indicators document decodes to what was encoded, through the library's writer or JSONEncoder")
    func indicatorsDocument() throws {
        var request = try Self.returns.request(period: .collectionYear(2025), authorities: ["E06000009", "E06000008"])
        request.breakdown = .sex
        let results = try IndicatorComputation(request).compute()
        let report = IndicatorsReport(results, directory: Self.returns.directory)
        let document = report.document
        #expect(document.areas.map(\.name) == ["Blackpool", "Blackburn with Darwen"])
        let text = report.json().rendered()
        #expect(try JSONDecoder().decode(IndicatorsDocument.self, from: Data(text.utf8)) == document)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try JSONDecoder().decode(IndicatorsDocument.self, from: encoder.encode(document)) == document)
        let cla = try #require(document.areas[0].indicators.first { $0.id == "cla.rate" })
        let computed = try #require(results.areas[0].result(for: "cla.rate"))
        #expect(cla.numerator == computed.numerator && cla.value == computed.exact.map(JSONNumber.init))
        #expect(cla.breakdown?.name == "sex" && cla.breakdown?.cells.isEmpty == false)
        #expect(JSONNumber("52.050473186120") == JSONNumber("52.05047318612") && JSONNumber("-0.0") == JSONNumber("0"))
        #expect(JSONNumber("1.5") != JSONNumber("15"))
    }

    @Test("Publication applies the one suppression rule to comparisons and framework actuals")
    func publication() throws {
        let comparer = try ReferenceData.comparer()
        let comparison = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
        #expect(Publication.internalUse.shown(comparison, unit: .ratePer10k) == comparison)
        var small = comparison
        small.value = IndicatorValue(published: .number(FixedDecimal(2)), numerator: 3, denominator: 28_923)
        let shown = Publication(policy: .dfe).shown(small, unit: .ratePer10k)
        #expect(shown.value?.published == .symbol(.confidential) && shown.rank == nil)
        let publication = Publication.suppressing(true)
        #expect(publication.suppresses(numerator: 4, denominator: 100, value: nil, unit: .percentage))
        #expect(!publication.suppresses(numerator: 4, denominator: 100, value: nil, unit: .averageScore))
        #expect(publication.suppresses(numerator: nil, denominator: nil, value: FixedDecimal(3), unit: .count))
        #expect(!Publication.suppressing(false).suppresses(numerator: 4, denominator: 100, value: nil, unit: .percentage))
    }
}
