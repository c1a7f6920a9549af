import Testing
import SafeguardingMetrics

@Suite("Explanations of hand-built edge cases")
struct ExplanationEdgeCaseTests {
    /// The explanation of `id` for the first authority, checked against the ordinary figure.
    func explain(_ t: TestCohort, _ id: IndicatorID, _ period: ReportingPeriod = .collectionYear(2025)) throws -> IndicatorExplanation {
        let computation = try IndicatorComputation(t.request(period))
        let explanation = try computation.explain(id, authority: "E06000009")
        expectExplains(explanation, try #require(computation.compute(threads: 1).areas[0].result(for: id)), "edge")
        return explanation
    }

    @Test("A re-referral 365 days after the earlier one is in the window; a day earlier is not")
    func rereferralOnDay365() throws {
        var t = TestCohort()
        let inside = t.child("INSIDE", born: "2015-01-01")
        t.referral(inside, "2023-06-01", year: 2024)
        t.referral(inside, "2024-05-31")              // 365 days later: the window starts 2023-05-31
        let outside = t.child("OUTSIDE", born: "2015-01-01")
        t.referral(outside, "2023-05-30", year: 2024)
        t.referral(outside, "2024-05-31")
        let explanation = try explain(t, "referrals.repeat_within_12_months.percent")
        #expect(explanation.records.count == 2)
        let counted = try #require(explanation.records.first { $0.child == "INSIDE" })
        #expect(counted.countedIn == .numerator && counted.table == .referrals && counted.key == day("2024-05-31"))
        #expect(counted.fact(.earlierReferral) == .day(day("2023-06-01")))
        #expect(day("2023-06-01").distance(to: day("2024-05-31")) == 365)
        let notCounted = try #require(explanation.records.first { $0.child == "OUTSIDE" })
        #expect(notCounted.countedIn == .denominatorOnly && notCounted.fact(.earlierReferral) == .day(day("2023-05-30")))
    }

    @Test("Assessments of 45 and 46 working days across Christmas and New Year's bank holidays")
    func assessmentAcrossBankHoliday() throws {
        // From Monday 2 December 2024, Thursday 6 February 2025 is the 45th working day, past
        // 25 and 26 December and 1 January (without them it would be the 48th), and Friday the 46th.
        var t = TestCohort()
        let within = t.child("ON_TIME", born: "2015-01-01")
        t.assessment(t.referral(within, "2024-12-01"), start: "2024-12-02", authorised: "2025-02-06")
        let late = t.child("LATE", born: "2015-01-01")
        t.assessment(t.referral(late, "2024-12-01"), start: "2024-12-02", authorised: "2025-02-07")
        let explanation = try explain(t, "assessments.within_45_working_days.percent")
        let onTime = try #require(explanation.records.first { $0.child == "ON_TIME" })
        #expect(onTime.countedIn == .numerator && onTime.key == day("2025-02-06"))
        #expect(onTime.fact(.assessmentStart) == .day(day("2024-12-02")) && onTime.fact(.assessmentEnd) == .day(day("2025-02-06")))
        #expect(onTime.fact(.workingDays) == .integer(45))
        let lateRecord = try #require(explanation.records.first { $0.child == "LATE" })
        #expect(lateRecord.countedIn == .denominatorOnly && lateRecord.fact(.workingDays) == .integer(46))
    }

    @Test("An episode ending on 31 March has ceased care and is not looked after at the end; one ending 1 April is")
    func episodeEndingOn31March() throws {
        var t = TestCohort()
        let ended = t.child("ENDED", born: "2012-05-05")
        t.episode(ended, "2023-01-10", "2025-03-31", rec: "E11")
        let stays = t.child("STAYS", born: "2012-05-05")
        t.episode(stays, "2023-01-10", "2025-04-01", rec: "E11")
        let cla = try explain(t, "cla.rate")
        #expect(cla.records.map(\.child) == ["STAYS"])
        #expect(cla.records[0].fact(.periodOfCareStart) == .day(day("2023-01-10")))
        #expect(cla.population?.midYear == 2024 && cla.denominatorIsPopulation)
        let ceased = try explain(t, "cla.ceased.rate")
        #expect(ceased.records.map(\.child) == ["ENDED"])
        #expect(ceased.records[0].fact(.end) == .day(day("2025-03-31")))
    }

    @Test("A care leaver born on 29 February turns 17 on 1 March in a common year")
    func leapDayBirthday() throws {
        var t = TestCohort()
        let leaver = t.child("LEAP", born: "2008-02-29")
        t.oc3(leaver, born: "2008-02-29")
        let id: IndicatorID = "care_leavers.eet.age_17_18.percent"
        // Ending 28 February 2025 the 17th birthday is not yet reached; ending 1 March it is.
        let before = try explain(t, id, ReportingPeriod(start: day("2024-03-01"), end: day("2025-02-28")))
        #expect(before.records.isEmpty)
        let after = try explain(t, id, ReportingPeriod(start: day("2024-03-02"), end: day("2025-03-01")))
        #expect(after.records.count == 1)
        #expect(after.records.first?.key == day("2008-02-29") && after.records.first?.fact(.ageAtEnd) == .integer(17))
        #expect(after.records.first?.countedIn == .numerator && after.records.first?.table == .oc3)
    }

    @Test("Long-term stability names the period of care's start and the last change of carer")
    func longTermStability() throws {
        var t = TestCohort()
        let stable = t.child("STABLE", born: "2014-06-01")
        t.episode(stable, "2021-05-01", "2022-01-01", rec: "E11")
        t.episode(stable, "2022-01-01", nil, rne: "P", place: "U1")
        let moved = t.child("MOVED", born: "2014-06-01")
        t.episode(moved, "2021-05-01", "2024-09-01", rec: "E11")
        t.episode(moved, "2024-09-01", nil, rne: "P", place: "U1")
        let explanation = try explain(t, "cla.stability.long_term.percent")
        let stableRecord = try #require(explanation.records.first { $0.child == "STABLE" })
        #expect(stableRecord.countedIn == .numerator)
        #expect(stableRecord.fact(.periodOfCareStart) == .day(day("2021-05-01")))
        #expect(stableRecord.fact(.lastCarerChange) == .day(day("2022-01-01")))
        let movedRecord = try #require(explanation.records.first { $0.child == "MOVED" })
        #expect(movedRecord.countedIn == .denominatorOnly && movedRecord.fact(.lastCarerChange) == .day(day("2024-09-01")))
    }
}
