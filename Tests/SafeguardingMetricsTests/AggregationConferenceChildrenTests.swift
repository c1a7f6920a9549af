import Testing
import SafeguardingMetrics

/// Hand-built edge cases of the children with an initial child protection conference (issue 20),
/// beside the conferences themselves (collection year 2025: 1 April 2024 to 31 March 2025).
@Suite("Aggregation of children with an initial conference")
struct AggregationConferenceChildrenTests {
    @Test("A child counts once however many conferences; one recorded only on the episode counts; conferences outside the period do not; a conference counts its child whatever the episode's dates")
    func children() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2014-06-01") }
        let a = child("A")
        t.enquiry(t.referral(a, "2024-04-20"), start: "2024-04-21", conference: "2024-05-01")
        t.enquiry(t.referral(a, "2024-09-01"), start: "2024-09-02", conference: "2024-10-01")    // A again
        t.referral(child("B"), "2024-05-20", conference: "2024-06-01")                          // episode level only
        t.enquiry(t.referral(child("C"), "2025-03-01"), start: "2025-03-02", conference: "2025-04-01") // after the end
        t.enquiry(t.referral(child("D"), "2024-03-01"), start: "2024-03-02", conference: "2024-03-31") // before the start
        // E's episode closed before the period (a record at odds with itself): its conference on the
        // first day still counts, as it counts in icpc.rate.
        t.enquiry(t.referral(child("E"), "2023-06-01", closure: "2024-03-31"), start: "2024-03-20", conference: "2024-04-01")
        let f = t.referral(child("F"), "2024-07-01")
        t.enquiry(f, start: "2024-07-02", conference: "2024-07-20")
        t.enquiry(f, start: "2024-07-05", conference: "2024-07-20")                             // the same conference
        t.enquiry(f, start: "2024-07-08", conference: nil)
        let area = try t.results()
        #expect(area["icpc.rate"] == (5, 10_000))            // A twice, B, E, F
        #expect(area["icpc.children.rate"] == (4, 10_000))   // A, B, E, F
        #expect(area["s47.children.rate"] == (3, 10_000))    // A, C, F: enquiries started in the period
    }
}
