import Foundation
import Testing
@testable import SafeguardingMetrics

/// Catalogues a user builds: definitions made with the public initialisers keep working, and
/// count as their identifier or their local measure says.
@Suite("Custom catalogues")
struct CustomCatalogueTests {
    /// A cohort with one looked-after child and two early help events in the 2025 collection year.
    func cohort() -> TestCohort {
        var t = TestCohort()
        let eh = t.builder.localKind("early help")
        let a = t.child("A", born: "2015-01-01")
        t.episode(a, "2024-01-01", nil)
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2024-06-01"), kind: eh))
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2025-03-31"), kind: eh))
        return t
    }

    @Test("A definition with a standard identifier is counted as the standard indicator, with its new title and precision")
    func standardIdentifier() throws {
        let retitled = Indicator(id: "cla.rate", title: "Looked after children", unit: .ratePer10k, decimals: 1,
                                 polarity: .lower, source: .ssda903, kind: .snapshot, numerator: "children", denominator: "population")
        #expect(retitled.isComputable && retitled.requirements == IndicatorCatalogue.standard["cla.rate"]?.requirements)
        let area = try cohort().results {
            $0.catalogue = IndicatorCatalogue.standard.replacing(retitled)
            $0.indicators = ["cla.rate"]
        }
        #expect(area["cla.rate"] == (1, 10_000))
        #expect(area.result(for: "cla.rate")?.indicator.title == "Looked after children")
        #expect(area.result(for: "cla.rate")?.display == FixedDecimal(units: 10, decimals: 1))
    }

    @Test("A definition with any other identifier is not computable, and asking for it is an unknown indicator")
    func otherIdentifier() throws {
        let framework = Indicator(id: "framework.visits.percent", title: "Visits on time", unit: .percentage, decimals: 0,
                                  polarity: .higher, source: .local, kind: .flow, numerator: "visits on time",
                                  denominator: "visits due")
        #expect(!framework.isComputable && framework.requirements.tables.isEmpty && !framework.requirements.population)
        let rate = Indicator(id: "framework.visits.rate", title: "Visits", unit: .ratePer10k, decimals: 0, polarity: .none,
                             source: .cinCensus, kind: .flow, definition: IndicatorDefinition(summary: "Visits.", numerator: "visits",
                                                                                                 denominator: "children"))
        #expect(rate.requirements.population && rate.requirements.tables == .cinCensus)
        let request = cohort().request()
        var asked = request
        asked.catalogue = IndicatorCatalogue.standard.replacing(framework)
        asked.indicators = ["framework.visits.percent"]
        #expect(throws: AggregationError.unknownIndicator("framework.visits.percent")) { try IndicatorComputation(asked) }
    }

    @Test("An indicator made from a local measure is computed from the catalogue alone, as the measure itself is")
    func localMeasureEntry() throws {
        let measure = LocalMeasure(id: "eh.rate", template: .eventRate(kind: "early help"))
        let entry = Indicator(measure, title: "Early help per 10,000", polarity: .lower)
        #expect(entry.isComputable && entry.unit == .ratePer10k && entry.source == .local && entry.kind == .flow)
        #expect(entry.requirements.population && entry.requirements.tables == .localEvents)
        let t = cohort()
        let fromCatalogue = try t.results {
            $0.catalogue = IndicatorCatalogue.standard.replacing(entry)
            $0.indicators = ["cla.rate", "eh.rate"]
        }
        let fromMeasures = try t.results {
            $0.indicators = ["cla.rate"]
            $0.localMeasures = [measure]
        }
        #expect(fromCatalogue.indicators.map(\.id) == ["cla.rate", "eh.rate"])
        #expect(fromCatalogue["eh.rate"] == (2, 10_000) && fromMeasures["eh.rate"] == (2, 10_000))
        // The catalogue's definition is the result's; a measure given alone carries its own.
        #expect(fromCatalogue.result(for: "eh.rate")?.indicator.title == "Early help per 10,000")
        #expect(fromMeasures.result(for: "eh.rate")?.indicator == measure.indicator)
        #expect(measure.indicator.title == "eh.rate" && measure.indicator.polarity == .none)
    }

    @Test("A definition encodes as text and decodes counted as its identifier says")
    func coding() throws {
        let standard = try #require(IndicatorCatalogue.standard["referrals.repeat_within_12_months.percent"])
        let decoded = try JSONDecoder().decode(Indicator.self, from: try JSONEncoder().encode(standard))
        #expect(decoded == standard)
        let local = Indicator(LocalMeasure(id: "eh.count", template: .eventCount(kind: "early help")))
        let decodedLocal = try JSONDecoder().decode(Indicator.self, from: try JSONEncoder().encode(local))
        #expect(decodedLocal.definition == local.definition && decodedLocal.title == local.title && !decodedLocal.isComputable)
        let json = String(decoding: try JSONEncoder().encode(standard), as: UTF8.self)
        #expect(!json.contains("counting") && json.contains("\"laitMeasure\":\"ReReferral\""))
    }
}
