import Testing
import SafeguardingMetrics

@Suite("Aggregation breakdowns and local measures")
struct AggregationBreakdownTests {
    @Test("Age bands at the referral date: every boundary, unborn and not recorded")
    func ageBands() throws {
        var t = TestCohort()
        let date = "2024-06-15"
        // Born the day after 1 year before, exactly 1, 5, 10, 16 and 18 years before, and on 29 February.
        let births = ["2023-06-16", "2023-06-15", "2019-06-16", "2019-06-15", "2014-06-15", "2014-06-16", "2008-06-15",
                      "2008-06-16", "2006-06-15", "2006-06-16"]
        for (index, born) in births.enumerated() { t.referral(t.child("K\(index)", born: born), date) }
        t.referral(t.child("U", born: nil, expected: "2024-09-01"), date)
        t.referral(t.child("N", born: nil), date)
        t.referral(t.child("L", born: "2024-07-01"), date)                  // born after the referral: unborn then
        let area = try t.results { $0.breakdown = .ageBand }
        let cells = area.breakdown(for: "referrals.rate")
        #expect(cells.map(\.label) == Breakdown.ageBand.cellLabels)
        #expect(cells.map(\.count) == [1, 2, 2, 2, 2, 1, 2, 1])
        #expect(cells[0].share == Percentage(1, of: 13))
        #expect(cells.allSatisfy { $0.result.state == .undefined })   // a rate has no population by cell
    }

    @Test("A 29 February birthday moves a child into the next band on 1 March in a non-leap year")
    func leapDayBirthday() throws {
        var t = TestCohort()
        let child = t.child("A", born: "2020-02-29")
        t.referral(child, "2025-02-28")
        t.referral(child, "2025-03-01")
        let cells = try t.results { $0.breakdown = .ageBand }.breakdown(for: "referrals.rate")
        #expect(cells[1].count == 1 && cells[2].count == 1)   // 4 on 28 February, 5 on 1 March
    }

    @Test("Percentages by sex keep each cell's own numerator and denominator; suppression hides a second cell")
    func sexAndSuppression() throws {
        var t = TestCohort()
        for index in 0..<10 { t.referral(t.child("M\(index)", born: "2015-01-01", sex: "M"), "2024-06-01", nfa: index < 4) }
        for index in 0..<8 { t.referral(t.child("F\(index)", born: "2015-01-01", sex: "F"), "2024-06-01", nfa: index < 6) }
        t.referral(t.child("U0", born: "2015-01-01", sex: "U"), "2024-06-01", nfa: true)
        let area = try t.results { $0.breakdown = .sex }
        let cells = area.breakdown(for: "referrals.nfa.percent")
        #expect(cells.map(\.label) == ["Male", "Female", "Not known or not stated", "Not recorded"])
        #expect(cells.map { ($0.result.numerator, $0.result.denominator) }.elementsEqual([(4, 10), (6, 8), (1, 1), (0, 0)], by: ==))
        #expect(cells[1].result.display == FixedDecimal(units: 750, decimals: 1))
        let published = try t.results { $0.breakdown = .sex; $0.suppression = .dfe }.breakdown(for: "referrals.nfa.percent")
        // Numerators 4 and 1 are suppressed; so is the one denominator of 1, and the denominators
        // sum to the total's (19), so the next smallest non-zero denominator (8) is suppressed too.
        #expect(published.map(\.result.state) == [.suppressed, .suppressed, .suppressed, .undefined])
    }

    @Test("Plans break down by category of abuse; other records go to not applicable")
    func categoryOfAbuse() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-01-01"), b = t.child("B", born: "2015-01-01")
        t.plan(t.referral(a, "2024-05-01"), "2024-05-10", nil, initial: "NEG", latest: "EMO")
        t.plan(t.referral(b, "2024-05-01"), "2024-05-10", nil, initial: "PHY", latest: "EMO")
        let initial = try t.results { $0.breakdown = .initialCategoryOfAbuse }
        #expect(initial.breakdown(for: "cpp.started.rate").map(\.count) == [1, 1, 0, 0, 0, 0, 0])
        let latest = try t.results { $0.breakdown = .latestCategoryOfAbuse }
        #expect(latest.breakdown(for: "cpp.rate").map(\.count) == [0, 0, 0, 2, 0, 0, 0])
        #expect(latest.breakdown(for: "referrals.rate").map(\.count) == [0, 0, 0, 0, 0, 0, 2])
    }

    @Test("Ethnic groups, disability, primary need and placement group put each record in one cell")
    func otherBreakdowns() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-01-01", ethnicity: "CHNE", disabled: 1)
        let b = t.child("B", born: "2015-01-01", ethnicity: "MWBC", disabled: 255)
        t.episode(a, "2024-01-01", nil, place: "U4", need: "N2")
        t.episode(b, "2024-01-01", nil, place: "K2", need: "N1")
        #expect(try t.results { $0.breakdown = .ethnicGroup }.breakdown(for: "cla.rate").map(\.count) == [0, 1, 1, 0, 0, 0, 0])
        #expect(try t.results { $0.breakdown = .ethnicity }.breakdown(for: "cla.rate")[16].count == 1)   // CHNE
        #expect(try t.results { $0.breakdown = .disability }.breakdown(for: "cla.rate").map(\.count) == [1, 0, 1])
        #expect(try t.results { $0.breakdown = .primaryNeed }.breakdown(for: "cla.rate").map(\.count)[1...2] == [1, 1])
        let placement = try t.results { $0.breakdown = .placementGroup }.breakdown(for: "cla.placement.foster.percent")
        #expect(placement.map(\.count) == [1, 0, 0, 0, 0])
        #expect(placement.map(\.result.denominator) == [1, 1, 0, 0, 0])
    }

    @Test("Local measures: flow and snapshot rates, counts, repeats within N months, episodes over N days, attendance, audits")
    func localMeasures() throws {
        var t = TestCohort()
        let eh = t.builder.localKind("early help"), pp = t.builder.localKind("pre-proceedings")
        let domain = t.builder.localKind("planning"), other = t.builder.localKind("voice")
        let a = t.child("A", born: "2015-01-01"), b = t.child("B", born: "2015-01-01")
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2023-06-01"), kind: eh))
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2024-06-01"), kind: eh))     // a repeat within 12 months
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2025-03-31"), kind: eh))     // 10 months after: a repeat
        t.builder.addLocalEvent(LocalEventTable.Row(child: b, date: day("2024-04-01"), kind: eh))
        t.builder.addLocalEvent(LocalEventTable.Row(child: b, date: day("2025-04-01"), kind: eh))     // after the period
        t.builder.addLocalEpisode(LocalEpisodeTable.Row(child: a, start: day("2024-01-01"), kind: pp))
        t.builder.addLocalEpisode(LocalEpisodeTable.Row(child: b, start: day("2024-05-01"), end: day("2024-08-09"), kind: pp))   // 100 days
        t.builder.addLocalEpisode(LocalEpisodeTable.Row(child: b, start: day("2024-05-01"), end: day("2024-08-10"), kind: pp))   // 101 days
        t.episode(a, "2024-01-01", nil)
        t.builder.addAttendance(AttendanceTable.Row(child: a, start: day("2024-09-01"), end: day("2024-12-20"), possibleSessions: 140, attendedSessions: 126))
        t.builder.addAttendance(AttendanceTable.Row(child: b, start: day("2024-09-01"), end: day("2024-12-20"), possibleSessions: 140, attendedSessions: 10))  // not looked after
        for (grade, dom) in [("GOOD", domain), ("OUT", domain), ("RI", domain), ("INAD", other)] {
            t.builder.addAudit(AuditTable.Row(authority: 0, date: day("2024-10-01"), domain: dom, grade: Code(grade)!))
        }
        t.builder.addAudit(AuditTable.Row(authority: 0, date: day("2024-10-01"), domain: domain, grade: .blank))
        let measures = [
            LocalMeasure(id: "eh.rate", template: .eventRate(kind: "early help")),
            LocalMeasure(id: "eh.count", template: .eventCount(kind: "early help"), decimals: 0),
            LocalMeasure(id: "eh.repeat", template: .repeatEvents(kind: "early help", withinMonths: 12)),
            LocalMeasure(id: "pp.rate", template: .episodeSnapshotRate(kind: "pre-proceedings")),
            LocalMeasure(id: "pp.long", template: .episodesLastingMoreThan(kind: "pre-proceedings", days: 100)),
            LocalMeasure(id: "attendance.cla", template: .attendance(status: .lookedAfter)),
            LocalMeasure(id: "audits.planning", template: .auditsGoodOrBetter(domain: "planning")),
            LocalMeasure(id: "audits.all", template: .auditsGoodOrBetter(domain: nil)),
            LocalMeasure(id: "absent.rate", template: .eventRate(kind: "no such kind")),
        ]
        let area = try t.results { $0.indicators = []; $0.localMeasures = measures }
        #expect(area.indicators.map(\.id) == measures.map(\.id))
        #expect(area["eh.rate"] == (3, 10_000))
        #expect(area["eh.count"] == (3, 1) && area.result(for: "eh.count")?.display == FixedDecimal(3))
        #expect(area["eh.repeat"] == (2, 3))
        #expect(area["pp.rate"] == (1, 10_000))
        #expect(area["pp.long"] == (1, 2))
        #expect(area["attendance.cla"] == (126, 140))
        #expect(area.result(for: "attendance.cla")?.display == FixedDecimal(units: 900, decimals: 1))
        #expect(area["audits.planning"] == (2, 3))
        #expect(area["audits.all"] == (2, 4))
        // No record of the kind at all: no number from no data.
        #expect(area.result(for: "absent.rate")?.state == .notCovered && area["absent.rate"] == (0, 0))
        // The open pre-proceedings episode says that table is current; attendance covers the
        // autumn term it gives, audits October 2024.
        #expect(area.result(for: "pp.rate")?.state == .ok)
        #expect(area.result(for: "attendance.cla")?.state == .partial && area.result(for: "attendance.cla")?.coveredDays == 111)
        #expect(area.result(for: "audits.planning")?.coveredDays == 31)
    }

    @Test("Local tables hold the months from their first record to their last, per authority: outside them no number, across their edge a partial one")
    func localHolding() throws {
        var t = TestCohort(authorities: ["E06000009", "E08000028"])
        let eh = t.builder.localKind("early help"), pp = t.builder.localKind("pre-proceedings")
        let a = t.child("A", born: "2015-01-01"), b = t.child("B", born: "2016-01-01", la: 1)
        // Blackpool's early help runs from May 2024 to January 2025; Salford gives none.
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2024-05-10"), kind: eh))
        t.builder.addLocalEvent(LocalEventTable.Row(child: a, date: day("2025-01-20"), kind: eh))
        // Salford's pre-proceedings: closed episodes, February to June 2024; Blackpool gives none.
        t.builder.addLocalEpisode(LocalEpisodeTable.Row(child: b, start: day("2024-02-01"), end: day("2024-06-30"), kind: pp))
        let measures = [LocalMeasure(id: "eh.rate", template: .eventRate(kind: "early help")),
                        LocalMeasure(id: "pp.rate", template: .episodeSnapshotRate(kind: "pre-proceedings"))]
        func results(_ period: ReportingPeriod) throws -> [AreaResult] {
            var request = t.request(period)
            request.indicators = []
            request.localMeasures = measures
            return try IndicatorComputation(request).compute(threads: 1).areas
        }
        let year = try results(.collectionYear(2025))
        let early = try #require(year[0].result(for: "eh.rate"))
        // 1 May 2024 to 31 January 2025.
        #expect(early.state == .partial && early.coveredDays == 276 && early.numerator == 2)
        #expect(year[1].result(for: "eh.rate")?.state == .notCovered)
        #expect(year[0].result(for: "pp.rate")?.state == .notCovered)
        // The snapshot at 31 March 2025 lies past Salford's last record.
        #expect(year[1].result(for: "pp.rate")?.state == .notCovered)
        let inside = try results(ReportingPeriod(start: day("2024-06-01"), end: day("2024-12-31")))
        // Inside the span a period without events is a true zero.
        #expect(inside[0].result(for: "eh.rate")?.state == .ok && inside[0].result(for: "eh.rate")?.numerator == 0)
        // A snapshot at 31 December 2024 is also past June 2024; one at 31 May 2024 is inside.
        #expect(inside[1].result(for: "pp.rate")?.state == .notCovered)
        let june = try results(ReportingPeriod(start: day("2024-04-01"), end: day("2024-05-31")))
        #expect(june[1].result(for: "pp.rate")?.state == .ok && june[1].result(for: "pp.rate")?.numerator == 1)
    }

    @Test("A missing population is an error naming the authority and year; unknown indicators and areas are errors")
    func errors() throws {
        var t = TestCohort(authorities: ["E06000009", "E99999999"])
        t.referral(t.child("A", born: "2015-01-01"), "2024-06-01")
        let cohort = t.cohort
        let request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(["E06000009"]))
        #expect {
            try IndicatorComputation(request)
        } throws: { error in
            guard case .missingPopulation(let authority, let population)? = error as? AggregationError else { return false }
            return authority == "E99999999" && population.midYear == 2024 && "\(error)".contains("E99999999")
        }
        var percentOnly = request
        percentOnly.indicators = ["referrals.nfa.percent"]
        #expect(try IndicatorComputation(percentOnly).compute(threads: 1).areas.count == 2)
        var unknown = request
        unknown.indicators = ["no.such.indicator"]
        #expect(throws: AggregationError.unknownIndicator("no.such.indicator")) { try IndicatorComputation(unknown) }
        var badArea = percentOnly
        badArea.areas = [7]
        #expect(throws: AggregationError.unknownArea(7)) { try IndicatorComputation(badArea) }
    }
}
