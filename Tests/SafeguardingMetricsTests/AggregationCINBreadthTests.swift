import Testing
import SafeguardingMetrics

/// Hand-built edge cases of the CIN census measures of issue 20. Every expectation is worked out
/// by hand from the definitions (periods: the collection year, 1 April to 31 March; 10,000
/// children in every population).
@Suite("Aggregation of the rest of the CIN census")
struct AggregationCINBreadthTests {
    @Test("Pre-proceedings at the end count children once, ended on the last day is not open; starts count each block")
    func preProceedings() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2015-06-01", year: 2026) }
        let a = child("A"), b = child("B"), c = child("C"), dd = child("D"), e = child("E")
        t.cinReferral(a, "2025-05-01", preProceedings: ("2025-06-01", nil), year: 2026)             // open: at end, started
        t.cinReferral(b, "2025-04-01", preProceedings: ("2025-04-01", "2026-03-31"), year: 2026)    // ends on the last day
        t.cinReferral(c, "2024-11-01", preProceedings: ("2024-12-01", "2026-04-01"), year: 2026)    // open at end, started before
        t.cinReferral(dd, "2025-06-01", preProceedings: ("2025-07-01", nil), year: 2026)            // two open blocks:
        t.cinReferral(dd, "2025-07-15", preProceedings: ("2025-08-01", nil), year: 2026)            // one child at the end
        t.cinReferral(e, "2025-09-01", preProceedings: ("2026-04-01", nil), year: 2026)             // starts after the end
        let area = try t.results(.collectionYear(2026))
        #expect(area["preproceedings.rate"] == (3, 10_000))            // A, C, D
        #expect(area["preproceedings.started.rate"] == (4, 10_000))    // A, B, D twice
        #expect(area.result(for: "preproceedings.rate")!.state == .ok)
    }

    @Test("Periods that only returns before 2025-26 hold are not_covered; a period straddling 1 April 2025 is partial")
    func preProceedingsCoverage() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01", year: 2025)
        t.cinReferral(a, "2024-05-01", year: 2025)
        t.cinReferral(a, "2025-05-01", preProceedings: ("2025-06-01", nil), year: 2026)
        let old = try t.results(.collectionYear(2025))
        #expect(old.result(for: "preproceedings.rate")!.state == .notCovered)
        #expect(old.result(for: "preproceedings.started.rate")!.state == .notCovered)
        #expect(old.result(for: "referrals.rate")!.state == .ok)   // the same returns hold the older measures
        let straddling = try t.results(ReportingPeriod(start: day("2025-01-01"), end: day("2025-12-31")))
        let started = straddling.result(for: "preproceedings.started.rate")!
        #expect(started.state == .partial && started.numerator == 1)
        #expect(started.coveredDays == day("2025-04-01").distance(to: day("2025-12-31")) + 1)
    }

    @Test("Referral sources group 2A, 3A-3F and 6; blank and invalid sources stay in the denominator; assessed not in need needs a closure by the end with RC8 or RC9, not NFA")
    func sourcesAndNotInNeed() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2015-06-01") }
        t.cinReferral(child("A"), "2024-04-01", source: "2A")
        t.cinReferral(child("B"), "2024-05-01", source: "3A")
        t.cinReferral(child("C"), "2024-06-01", source: "3F", closure: "2025-03-31", reason: "RC8")   // not in need, last day
        t.cinReferral(child("D"), "2025-03-31", source: "6", closure: "2025-04-01", reason: "RC8")    // closed after the end
        t.cinReferral(child("E"), "2024-07-01", source: "2B", closure: "2024-07-20", reason: "RC9")   // not in need
        t.cinReferral(child("F"), "2024-08-01", closure: "2024-08-02", nfa: true, reason: "RC8")      // NFA: not assessed
        t.cinReferral(child("G"), "2024-09-01", source: "ZZ", closure: "2024-12-01", reason: "RC7")   // invalid source
        t.cinReferral(child("H"), "2024-03-31", source: "2A")                                           // before the period
        let area = try t.results()
        #expect(area["referrals.source.school.percent"] == (1, 7))
        #expect(area["referrals.source.health.percent"] == (2, 7))
        #expect(area["referrals.source.police.percent"] == (1, 7))
        #expect(area["referrals.assessed_not_in_need.percent"] == (2, 7))   // C, E
    }

    @Test("Open and ended CIN episodes fall in the DfE's bands at their calendar-month boundaries; NFA referrals are not episodes")
    func durations() throws {
        var t = TestCohort()
        var n = 0
        func child() -> ChildRow { n += 1; return t.child("C\(n)", born: "2012-06-01") }
        for date in ["2025-01-01", "2024-12-31", "2024-10-01", "2024-09-30", "2024-04-01", "2024-03-31", "2023-04-01",
                     "2023-03-31"] {
            t.cinReferral(child(), date)
        }
        t.cinReferral(child(), "2025-01-01", nfa: true)                                    // NFA: no episode
        t.cinReferral(child(), "2024-06-01", closure: "2024-08-31", reason: "RC7")         // ended after under 3 months
        t.cinReferral(child(), "2024-06-01", closure: "2024-09-01", reason: "RC7")         // exactly 3 months
        t.cinReferral(child(), "2023-01-15", closure: "2025-02-01", reason: "RC7")         // over 2 years
        t.cinReferral(child(), "2024-06-01", closure: "2024-06-03", nfa: true)             // NFA: not an episode ending
        t.cinReferral(child(), "2024-06-01", closure: "2025-04-01", reason: "RC7")         // ends after the period
        let area = try t.results()
        #expect(area["cin.rate"] == (9, 10_000))   // the eight, and the one ending after the period
        let open = ["under_3_months", "3_to_6_months", "6_to_12_months", "1_to_2_years", "2_years_or_more"]
            .map { area[IndicatorID(rawValue: "cin.open.duration_\($0).percent")] }
        // The episode closing on 1 April 2025 (started 1 June 2024) is 6-12 months old at the end.
        #expect(open.map(\.0) == [1, 2, 3, 2, 1] && open.allSatisfy { $0.1 == 9 })
        let ended = ["under_3_months", "3_to_6_months", "6_to_12_months", "1_to_2_years", "2_years_or_more"]
            .map { area[IndicatorID(rawValue: "cin.ended.duration_\($0).percent")] }
        #expect(ended.map(\.0) == [1, 1, 0, 0, 1] && ended.allSatisfy { $0.1 == 3 })
    }

    @Test("Conferences fall in working-day bands 0-10, 11-15, 16-20 and 21+ from the enquiry's start; one with no start is in none")
    func conferenceBands() throws {
        var t = TestCohort()
        var n = 0
        // Enquiries start on Monday 3 June 2024; June 2024 has no bank holiday.
        for conference in ["2024-06-17", "2024-06-18", "2024-06-24", "2024-06-25", "2024-07-01", "2024-07-02"] {
            n += 1
            let r = t.cinReferral(t.child("C\(n)", born: "2012-06-01"), "2024-06-01")
            t.enquiry(r, start: "2024-06-03", conference: conference)
        }
        let r = t.cinReferral(t.child("X", born: "2012-06-01"), "2024-06-01")
        t.enquiry(r, start: nil, conference: "2024-06-20")
        let area = try t.results()
        #expect(area["icpc.working_days_0_10.percent"] == (1, 7))      // 10 working days
        #expect(area["icpc.working_days_11_15.percent"] == (2, 7))     // 11 and 15
        #expect(area["icpc.working_days_16_20.percent"] == (2, 7))     // 16 and 20
        #expect(area["icpc.working_days_21_or_more.percent"] == (1, 7))
        #expect(area["icpc.within_15_working_days.percent"] == (3, 7))
        #expect(area.result(for: "icpc.working_days_0_10.percent")!.coverage == [CoverageCount(kind: .unknownDate, count: 1)])
    }

    @Test("Section 47 enquiries per child: a child with enquiries in two referrals counts once")
    func enquiriesPerChild() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2012-06-01"), b = t.child("B", born: "2012-06-01"), c = t.child("C", born: "2012-06-01")
        t.enquiry(t.referral(a, "2024-05-01"), start: "2024-05-02", conference: nil)
        t.enquiry(t.referral(a, "2024-09-01"), start: "2024-09-02", conference: nil)
        t.enquiry(t.referral(b, "2025-03-31"), start: "2025-03-31", conference: nil)      // the last day
        t.enquiry(t.referral(c, "2024-03-30"), start: "2024-03-31", conference: nil)      // the day before the start
        let area = try t.results()
        #expect(area["s47.rate"] == (3, 10_000))
        #expect(area["s47.children.rate"] == (2, 10_000))
    }

    @Test("Every CIN record is classified by its referral's source and primary need: plans and enquiries too; a referral has no category of abuse")
    func referralBreakdowns() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2012-06-01"), b = t.child("B", born: "2012-06-01")
        let ra = t.cinReferral(a, "2024-05-01", source: "6")
        t.enquiry(ra, start: "2024-05-02", conference: "2024-05-20")
        t.plan(ra, "2024-05-20", nil, reviews: [])
        t.cinReferral(b, "2024-06-01", source: "2A")
        func cells(_ id: IndicatorID, _ breakdown: Breakdown) throws -> [String: Int64] {
            let area = try t.results { $0.breakdown = breakdown }
            return Dictionary(uniqueKeysWithValues: area.breakdown(for: id).filter { $0.result.numerator > 0 }
                .map { ($0.label, $0.result.numerator) })
        }
        #expect(try cells("referrals.rate", .referralSource) == ["6": 1, "2A": 1])
        #expect(try cells("s47.rate", .referralSource) == ["6": 1])
        #expect(try cells("cpp.rate", .referralSource) == ["6": 1])
        #expect(try cells("cpp.started.rate", .primaryNeed) == ["N1": 1])
        #expect(try cells("referrals.rate", .initialCategoryOfAbuse) == ["Not applicable": 2])
        #expect(try cells("cla.rate", .referralSource).isEmpty)   // no episode of care
    }

    @Test("Plans ended in the period per 10,000, both ends inclusive")
    func plansEnded() throws {
        var t = TestCohort()
        let r = t.cinReferral(t.child("A", born: "2012-06-01"), "2023-06-01")
        t.plan(r, "2023-07-01", "2024-04-01")
        t.plan(r, "2024-05-01", "2025-03-31")
        t.plan(r, "2025-03-31", "2025-04-01")
        t.plan(r, "2025-04-02", nil)
        #expect(try t.results()["cpp.ended.rate"] == (2, 10_000))
    }

    @Test("Reviews: 3 months on a plan at the end is the denominator; a review due on the last day is not yet missed; one late review fails the plan")
    func reviews() throws {
        var t = TestCohort()
        var n = 0
        func plan(_ start: String, _ end: String? = nil, reviews: [String] = []) {
            n += 1
            let r = t.cinReferral(t.child("C\(n)", born: "2012-06-01"), "2023-06-01")
            t.plan(r, start, end, reviews: reviews)
        }
        plan("2024-12-31")                                              // due 31 March: reviewed
        plan("2024-12-30")                                              // due 30 March: missed
        plan("2025-01-01")                                              // under 3 months: not counted
        plan("2024-01-10", reviews: ["2024-04-10", "2024-10-10"])        // every review on its due day
        plan("2024-01-10", reviews: ["2024-04-11", "2024-10-01"])        // the first a day late
        plan("2024-01-10", "2025-03-31", reviews: ["2024-04-10"])        // ended on the last day: not on a plan
        let area = try t.results()
        #expect(area["cpp.rate"] == (5, 10_000))
        #expect(area["cpp.reviewed_within_timescales.percent"] == (2, 4))
    }
}
