import Testing
import SafeguardingMetrics

@Suite("Local measures written as text")
struct LocalMeasureSpecificationTests {
    @Test("Every template reads from its written form")
    func templates() throws {
        let cases: [(String, LocalMeasure.Template)] = [
            ("a=event_rate:EHA", .eventRate(kind: "EHA")),
            ("a=episode_rate:early help plan", .episodeSnapshotRate(kind: "early help plan")),
            ("a=event_count:FGC", .eventCount(kind: "FGC")),
            ("a=repeat_events:FGC:12", .repeatEvents(kind: "FGC", withinMonths: 12)),
            ("a=episodes_over:PLO:182", .episodesLastingMoreThan(kind: "PLO", days: 182)),
            ("a=attendance:cla", .attendance(status: .lookedAfter)),
            ("a=audits_good", .auditsGoodOrBetter(domain: nil)),
            ("a=audits_good:Plans", .auditsGoodOrBetter(domain: "Plans")),
        ]
        for (text, template) in cases {
            let measure = try LocalMeasure(specification: text)
            #expect(measure.id == "a" && measure.template == template, "\(text)")
        }
    }

    @Test("Text not of the form is an error that says what to write")
    func errors() {
        for (text, reason) in [("eh.rate", "write ID=TEMPLATE"), ("=event_rate:EHA", "no identifier"),
                               ("a=event_rate", "needs a kind"), ("a=repeat_events:FGC", "needs KIND:MONTHS"),
                               ("a=attendance:all", "cin, cp or cla"), ("a=rate:EHA", "'rate' is not a template")] {
            #expect(throws: LocalMeasureSpecificationError.self, "\(text)") { try LocalMeasure(specification: text) }
            do { _ = try LocalMeasure(specification: text) } catch {
                #expect(error.reason.contains(reason), "\(text): \(error.reason)")
            }
        }
    }

    @Test("A catalogue including local measures has their definitions")
    func catalogue() throws {
        let catalogue = IndicatorCatalogue.standard.including([try LocalMeasure(specification: "eh.rate=event_rate:EHA")])
        #expect(catalogue["eh.rate"]?.source == .local && catalogue["eh.rate"]?.unit == .ratePer10k)
        #expect(catalogue.indicators.count == IndicatorCatalogue.standard.indicators.count + 1)
    }
}
