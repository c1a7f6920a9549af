import Testing
import SafeguardingMetrics

@Suite("Aggregation of children in need indicators")
struct AggregationCINTests {
    @Test("Referrals on the first and last day of the period count, the days either side do not")
    func referralsAtTheEdges() throws {
        var t = TestCohort()
        let child = t.child("A", born: "2015-06-01")
        for date in ["2024-03-31", "2024-04-01", "2025-03-31", "2025-04-01"] { t.referral(child, date, closure: date) }
        let area = try t.results()
        #expect(area["referrals.rate"] == (2, 10_000))
        #expect(area.result(for: "referrals.rate")?.display == FixedDecimal(units: 20, decimals: 1))
    }

    @Test("A re-referral counts when the earlier referral is on or after the date 12 months before, NFA included")
    func rereferralWindow() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01")
        // A: earlier NFA referral exactly 12 months before, from the previous year's return.
        t.referral(a, "2023-05-10", closure: "2023-05-11", nfa: true, year: 2024)
        t.referral(a, "2024-05-10", closure: "2024-06-01")
        // B: earlier referral one day more than 12 months before.
        t.referral(b, "2023-05-09", closure: "2023-05-10", year: 2024)
        t.referral(b, "2024-05-10", closure: "2024-06-01")
        let area = try t.results()
        #expect(area["referrals.repeat_within_12_months.percent"] == (1, 2))
        #expect(area.result(for: "referrals.repeat_within_12_months.percent")?.display == FixedDecimal(units: 500, decimals: 1))
        #expect(area.result(for: "referrals.repeat_within_12_months.percent")?.notes.isEmpty == true)
    }

    @Test("The re-referral window is clamped at the month's end for 29 February and configurable")
    func rereferralClampedAndConfigurable() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        t.referral(a, "2024-02-28", closure: "2024-02-28", year: 2024)
        t.referral(a, "2025-02-28", closure: "2025-03-01")
        #expect(try t.results()["referrals.repeat_within_12_months.percent"] == (1, 1))
        let six = try t.results { $0.configuration.rereferralWindowMonths = 6 }
        #expect(six["referrals.repeat_within_12_months.percent"] == (0, 1))
    }

    @Test("The first loaded year notes that re-referrals before it cannot be seen")
    func historyNote() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        t.referral(a, "2024-05-10")
        let result = try t.results().result(for: "referrals.repeat_within_12_months.percent")!
        #expect(result.notes.count == 1 && result.notes[0].contains("history too short"))
    }

    @Test("NFA referrals count as referrals and NFA, and are never children in need at the end")
    func noFurtherAction() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        t.referral(a, "2025-03-01", nfa: true)
        t.referral(b, "2025-03-01", closure: "2025-04-02")   // closed after the end: open at the end
        t.referral(c, "2025-03-01", closure: "2025-03-31")   // closed on the last day: not open
        let area = try t.results()
        #expect(area["referrals.nfa.percent"] == (1, 3))
        #expect(area["cin.rate"] == (1, 10_000))
    }

    @Test("Assessments within 45 working days count, 46 do not, across the Christmas bank holidays")
    func assessmentTimeliness() throws {
        let calendar = WorkingDayCalendar.englandAndWales
        let start = Day(year: 2024, month: 12, day: 2)!
        var day = start
        while calendar.workingDays(after: start, through: day) < 45 { day = day.advanced(by: 1) }
        let day45 = day
        day = day.advanced(by: 1)
        while calendar.workingDays(after: start, through: day) < 46 { day = day.advanced(by: 1) }
        let day46 = day
        // 45 working days would be 9 weeks without holidays; the bank holidays push it later.
        #expect(start.distance(to: day45) > 63)
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        let r = t.referral(a, "2024-11-30")
        t.assessment(r, start: start.description, authorised: day45.description)
        let r2 = t.referral(a, "2024-12-01")
        t.assessment(r2, start: start.description, authorised: day46.description)
        t.assessment(r2, start: "2025-01-10", authorised: "2025-01-09")                       // ends before it starts
        t.assessment(r2, start: nil, authorised: "2025-01-09")                                // no start
        t.assessment(r2, start: "2025-03-01", authorised: "2025-04-01")                       // after the end
        let area = try t.results()
        #expect(area["assessments.completed.rate"] == (4, 10_000))
        #expect(area["assessments.within_45_working_days.percent"] == (1, 4))
        let coverage = area.result(for: "assessments.within_45_working_days.percent")!.coverage
        #expect(coverage.contains(CoverageCount(kind: .endBeforeStart, count: 1)))
        #expect(coverage.contains(CoverageCount(kind: .unknownDate, count: 1)))
    }

    @Test("The assessment clock can start at the referral date")
    func clockStartAtReferral() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        let r = t.referral(a, "2024-05-01")
        t.assessment(r, start: "2024-07-01", authorised: "2024-07-10")
        #expect(try t.results()["assessments.within_45_working_days.percent"] == (1, 1))
        #expect(try t.results { $0.configuration.assessmentClockStart = .referralDate }["assessments.within_45_working_days.percent"] == (0, 1))
    }

    @Test("Enquiries lead to a conference only when it is held by the period end; conferences are distinct per episode")
    func enquiriesAndConferences() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01")
        let r = t.referral(a, "2024-06-01", conference: "2024-06-20")
        t.enquiry(r, start: "2024-06-03", conference: "2024-06-20")
        t.enquiry(r, start: "2024-06-05", conference: "2024-06-20")   // same conference: counted once
        t.enquiry(r, start: "2025-03-20", conference: "2025-04-02")   // conference after the end
        // A transfer-in: the conference only at the CIN episode level, with no linked enquiry.
        t.referral(b, "2024-09-01", conference: "2024-09-10")
        let area = try t.results()
        #expect(area["s47.rate"] == (3, 10_000))
        #expect(area["s47.leading_to_icpc.percent"] == (2, 3))
        #expect(area["icpc.rate"] == (2, 10_000))
        #expect(area["icpc.within_15_working_days.percent"] == (1, 1))
    }

    @Test("Conferences within 15 working days of the linked enquiry's earliest start count, 16 do not")
    func conferenceTimeliness() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        // Monday 2 September 2024: 15 working days later is Monday 23 September.
        let r = t.referral(a, "2024-09-01")
        t.enquiry(r, start: "2024-09-02", conference: "2024-09-23")
        let r2 = t.referral(a, "2024-10-01")
        t.enquiry(r2, start: "2024-09-02", conference: "2024-09-24")
        let r3 = t.referral(a, "2024-11-01")
        t.enquiry(r3, start: nil, conference: "2024-11-05")             // linked enquiry with no start: not timely
        let area = try t.results()
        #expect(area["icpc.within_15_working_days.percent"] == (1, 3))
        #expect(area.result(for: "icpc.within_15_working_days.percent")!.coverage == [CoverageCount(kind: .unknownDate, count: 1)])
    }

    @Test("Plans ended after 730 days including both ends count as 2 years, 729 do not")
    func planDurations() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01")
        let ra = t.referral(a, "2022-01-01", year: 2023), rb = t.referral(b, "2022-01-01", year: 2023)
        let end = Day(year: 2024, month: 10, day: 1)!
        t.plan(ra, end.advanced(by: -729).description, end.description)   // 730 days with both ends
        t.plan(rb, end.advanced(by: -728).description, end.description)   // 729 days
        let area = try t.results()
        #expect(area["cpp.ceased_after_2_years.percent"] == (1, 2))
    }

    @Test("Open plans count as 2 years or more from the same date 2 years before the end; children count once")
    func openPlans() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01")
        let ra = t.referral(a, "2023-03-01", year: 2024), rb = t.referral(b, "2023-03-01", year: 2024)
        t.plan(ra, "2023-03-31", nil)
        t.plan(ra, "2024-06-01", nil)        // a second open plan of the same child
        t.plan(rb, "2023-04-01", "2025-04-01")
        let area = try t.results()
        #expect(area["cpp.rate"] == (2, 10_000))
        #expect(area["cpp.open_2_years_or_more.percent"] == (1, 3))
    }

    @Test("A plan is a repeat when the child had an earlier plan in any loaded return or NumberOfPreviousCPP says so")
    func repeatPlans() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        let old = t.referral(a, "2019-01-01", closure: "2019-12-01", year: 2020)
        t.plan(old, "2019-02-01", "2019-11-01", year: 2020)
        let ra = t.referral(a, "2024-05-01")
        t.plan(ra, "2024-05-20", nil, previous: 0)      // contradicted by the 2019 plan
        let rb = t.referral(b, "2024-05-01")
        t.plan(rb, "2025-03-31", nil, previous: 2)
        let rc = t.referral(c, "2024-05-01")
        t.plan(rc, "2024-06-01", nil, previous: 0)
        let area = try t.results()
        #expect(area["cpp.started.rate"] == (3, 10_000))
        #expect(area["cpp.second_or_subsequent.percent"] == (2, 3))
        #expect(area.result(for: "cpp.second_or_subsequent.percent")!.coverage == [CoverageCount(kind: .contradictedPreviousPlans, count: 1)])
    }

    @Test("A record repeated in the next year's return counts once, with the later return's values")
    func overlappingReturns() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        t.referral(a, "2024-03-01", year: 2024)                         // open at the end of 2024's return
        t.referral(a, "2024-03-01", closure: "2024-05-01", year: 2025)  // closed in 2025's
        let area = try t.results()
        #expect(area["cin.rate"] == (0, 10_000))
        let earlier = try t.results(.collectionYear(2024))
        #expect(earlier["cin.rate"] == (1, 10_000))
        #expect(earlier["referrals.rate"] == (1, 10_000))
    }

    @Test("A zero denominator is undefined, and small counts are suppressed when asked")
    func undefinedAndSuppressed() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        t.referral(a, "2024-05-01")
        let plain = try t.results()
        #expect(plain.result(for: "cpp.second_or_subsequent.percent")?.state == .undefined)
        #expect(plain.result(for: "cpp.second_or_subsequent.percent")?.published == .symbol(.notApplicable))
        let published = try t.results { $0.suppression = .dfe }
        #expect(published.result(for: "referrals.nfa.percent")?.state == .suppressed)
        #expect(published.result(for: "referrals.rate")?.state == .suppressed)
        #expect(published.result(for: "referrals.rate")?.display == nil)
    }
}
