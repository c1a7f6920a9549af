import Testing
import SafeguardingMetrics

/// Hand-built edge cases of the factors identified at the end of assessment (issue 20): CIN
/// episodes with an assessment authorised in the period that records a factor other than 21,
/// each factor counted once per episode (collection year 2025: 1 April 2024 to 31 March 2025).
@Suite("Aggregation of factors identified at assessment")
struct AggregationAssessmentFactorTests {
    func factor(_ key: String) -> IndicatorID { IndicatorID(rawValue: "assessments.factor.\(key).percent") }

    @Test("Episodes, not assessments: a factor on two assessments of one episode counts once; 21 alone, no factor, an invalid code alone and assessments outside the period are in neither count")
    func episodes() throws {
        var t = TestCohort()
        func referral(_ id: String, _ date: String = "2024-04-10") -> StagedReferral {
            t.referral(t.child(id, born: "2014-06-01"), date)
        }
        let a = referral("A")
        t.assessment(a, start: "2024-04-11", authorised: "2024-05-01", factors: ["3B", "4B"])
        t.assessment(a, start: "2024-08-01", authorised: "2024-09-01", factors: ["3B", "16A"])   // 3B again: once
        t.assessment(referral("B"), start: "2025-03-01", authorised: "2025-03-31", factors: ["21"])     // no factor
        t.assessment(referral("C"), start: "2025-03-01", authorised: "2025-04-01", factors: ["3B"])     // after the end
        let d = referral("D", "2024-03-01")
        t.assessment(d, start: "2024-03-02", authorised: "2024-03-31", factors: ["3B"])                // before the start
        t.assessment(referral("D2", "2024-05-01"), start: "2024-05-02", authorised: "2024-06-01",
                     factors: ["8B", "8F"])                                                           // one column, once
        t.assessment(referral("E"), start: "2024-06-01", authorised: "2024-07-01", invalidFactor: true) // only an invalid code
        t.assessment(referral("F"), start: "2024-06-01", authorised: "2024-07-01", factors: ["21", "3A"]) // 21 beside a factor
        t.assessment(referral("G"), start: "2024-06-01", authorised: "2024-07-01")                    // none recorded
        let h = referral("H")
        t.assessment(h, start: "2024-05-01", authorised: "2024-06-01", factors: ["21"])
        t.assessment(h, start: "2024-07-01", authorised: "2024-08-01", factors: ["3C"])               // the episode has one
        t.assessment(h, start: "2025-03-01", authorised: nil, factors: ["4A"])                        // not authorised
        let area = try t.results()
        #expect(area["assessments.completed.rate"] == (9, 10_000))   // A twice, B, D2, E, F, G, H twice
        // Episodes with a factor: A, D2, F, H.
        #expect(area[factor("domestic_abuse_parent")] == (1, 4))     // A
        #expect(area[factor("mental_health_parent")] == (1, 4))      // A
        #expect(area[factor("neglect")] == (1, 4))                   // A
        #expect(area[factor("privately_fostered")] == (1, 4))        // D2: 8B and 8F
        #expect(area[factor("domestic_abuse_child")] == (1, 4))      // F
        #expect(area[factor("domestic_abuse_person")] == (1, 4))     // H
        #expect(area[factor("mental_health_child")] == (0, 4))       // H's 4A is not authorised
        #expect(area[factor("other")] == (0, 4))
    }

    @Test("No episode with a factor: every factor indicator has no denominator")
    func noData() throws {
        var t = TestCohort()
        let r = t.referral(t.child("A", born: "2014-06-01"), "2024-04-10")
        t.assessment(r, start: "2024-04-11", authorised: "2024-05-01", factors: ["21"])
        let area = try t.results()
        #expect(area[factor("neglect")] == (0, 0))
        #expect(area.result(for: factor("neglect"))!.exact == nil)
    }

    @Test("The catalogue has one factor indicator per column of the DfE's table c3, in its order, all in the assessments family")
    func catalogue() throws {
        let ids = IndicatorFamily.assessments.indicators.map(\.id.rawValue).filter { $0.hasPrefix("assessments.factor.") }
        #expect(ids.count == 39)
        #expect(ids.first == "assessments.factor.alcohol_misuse_child.percent")
        #expect(ids.last == "assessments.factor.other.percent")
        for id in ids {
            let indicator = try #require(IndicatorCatalogue.standard[IndicatorID(rawValue: id)])
            #expect(indicator.unit == .percentage && IndicatorFamily.of(indicator.id) == .assessments)
        }
    }
}
