import Testing
import SafeguardingMetrics

@Suite("Aggregation of children looked after indicators")
struct AggregationCareTests {
    @Test("A child is looked after at the end unless the episode ended on 31 March; short breaks and ends before starts never count")
    func lookedAfterAtEnd() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        let d = t.child("D", born: "2015-06-01"), e = t.child("E", born: "2015-06-01"), f = t.child("F", born: "2015-06-01")
        t.episode(a, "2024-01-01", nil)                                 // open
        t.episode(b, "2024-01-01", "2025-03-31", rec: "E11")            // ended on 31 March: not looked after at the end
        t.episode(c, "2025-03-31", "2025-04-02", rec: "E4A")            // started on the last day, ended after it
        t.episode(d, "2024-06-01", nil, ls: "V3")                       // a short break
        t.episode(e, "2024-06-01", "2024-05-01", rec: "E8")             // ends before it starts
        t.episode(f, "2025-04-01", nil)                                 // after the period
        let area = try t.results()
        #expect(area["cla.rate"] == (2, 10_000))
        #expect(area.result(for: "cla.rate")!.coverage == [CoverageCount(kind: .endBeforeStart, count: 1)])
        #expect(area["cla.ceased.rate"] == (1, 10_000))
        #expect(area["cla.started.rate"] == (1, 10_000))  // C only: A and B started before the period
        #expect(area["cla.missing.percent"] == (0, 3))     // A, B and C were looked after during the period
    }

    @Test("Children starting and ceasing count once each; X1 and short breaks do not cease or start care")
    func startedAndCeased() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01")
        t.episode(a, "2024-04-01", "2024-05-01", rec: "E4A")
        t.episode(a, "2024-06-01", "2024-07-01", rec: "X1")
        t.episode(a, "2024-07-01", nil, rne: "P")
        t.episode(b, "2024-05-01", "2024-06-01", ls: "V4", rec: "E4A")
        let area = try t.results()
        #expect(area["cla.started.rate"] == (1, 10_000))
        #expect(area["cla.ceased.rate"] == (1, 10_000))
    }

    @Test("Placement groups follow the configured code sets, and the latest start wins when episodes overlap")
    func placements() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        let d = t.child("D", born: "2015-06-01")
        t.episode(a, "2024-01-01", nil, place: "U1")
        t.episode(b, "2024-01-01", nil, place: "P1")
        t.episode(c, "2024-01-01", nil, place: "U6")
        t.episode(c, "2024-02-01", nil, rne: "P", place: "K2")          // overlaps the U6 episode, and wins
        t.episode(d, "2024-01-01", nil, place: "NOPE")
        let area = try t.results()
        #expect(area["cla.rate"] == (4, 10_000))
        #expect(area["cla.placement.foster.percent"] == (1, 4))
        #expect(area["cla.placement.family_network.percent"] == (2, 4))
        #expect(area["cla.placement.residential.percent"] == (1, 4))
        #expect(area.result(for: "cla.placement.foster.percent")!.coverage == [CoverageCount(kind: .invalidCode, count: 1)])
        #expect(area.result(for: "cla.rate")!.coverage == [CoverageCount(kind: .overlappingEpisodes, count: 1)])
        let local = try t.results { $0.configuration.residential = ["K1"] }
        #expect(local["cla.placement.residential.percent"] == (0, 4))
    }

    @Test("Placements strictly more than 20 miles (32,186.88 m) from home count; unknown distances stay in the denominator")
    func distance() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        t.episode(a, "2024-01-01", nil, home: "AA1 1AA", placed: "BB1 1BB")
        t.episode(b, "2024-01-01", nil, home: "AA1 1AA", placed: "CC1 1CC")
        t.episode(c, "2024-01-01", nil, home: "AA1 1AA", placed: "")
        let cohort = t.cohort
        var lookup = PostcodeLookup()
        lookup.add("AA1 1AA", easting: 300_000, northing: 400_000)
        lookup.add("BB1 1BB", easting: 332_187, northing: 400_000)   // 32,187 m: further than 20 miles
        lookup.add("CC1 1CC", easting: 332_186, northing: 400_000)   // 32,186 m: not
        var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(cohort.authorities))
        request.configuration.postcodePositions = PostcodePositions(postcodes: cohort.postcodes, lookup: lookup)
        let area = try IndicatorComputation(request).compute(threads: 1).areas[0]
        #expect(area["cla.placement.over_20_miles.percent"] == (1, 3))
        #expect(area.result(for: "cla.placement.over_20_miles.percent")!.coverage == [CoverageCount(kind: .distanceUnknown, count: 1)])
        let unknown = try t.results()
        #expect(unknown.result(for: "cla.placement.over_20_miles.percent")!.coverage == [CoverageCount(kind: .distanceUnknown, count: 3)])
    }

    @Test("Three placements: one open at the start plus moves in the period; temporary placements and legal changes are not moves")
    func shortTermStability() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        t.episode(a, "2024-01-01", "2024-06-01", rec: "X1")
        t.episode(a, "2024-06-01", "2024-09-01", rne: "P", rec: "X1")
        t.episode(a, "2024-09-01", nil, rne: "B")
        t.episode(b, "2024-01-01", "2024-06-01", rec: "X1")
        t.episode(b, "2024-06-01", "2024-06-10", rne: "P", place: "T0", rec: "X1")
        t.episode(b, "2024-06-10", nil, rne: "L")
        t.episode(c, "2024-04-01", "2024-06-01", rec: "X1")               // starts on the first day: a placement in the period
        t.episode(c, "2024-06-01", "2024-08-01", rne: "T", rec: "X1")
        t.episode(c, "2024-08-01", nil, rne: "U")
        let area = try t.results()
        #expect(area["cla.stability.three_or_more_placements.percent"] == (2, 3))
    }

    @Test("Long-term stability: under 16 at the end, in care 30 months, no change of carer in 24 months; 29 February birthdays")
    func longTermStability() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2009-04-01")   // 15 at 31 March 2025
        let b = t.child("B", born: "2009-03-31")   // 16 on the last day: not in the denominator
        let c = t.child("C", born: "2010-01-01")   // moved carer 23 months before the end
        let d = t.child("D", born: "2010-01-01")   // in care 30 months less a day
        t.episode(a, "2022-09-30", nil)
        t.episode(b, "2020-01-01", nil)
        t.episode(c, "2020-01-01", "2023-05-01", rec: "X1")
        t.episode(c, "2023-05-01", nil, rne: "P")
        t.episode(d, "2022-10-01", nil)
        let area = try t.results()
        #expect(area["cla.stability.long_term.percent"] == (1, 2))
        // A child born on 29 February 2012 is still 15 on 28 February 2028, and 16 on 1 March.
        var leap = TestCohort()
        // (in the 2028 return: a period no return holds has no value)
        let e = leap.child("E", born: "2012-02-29", year: 2028)
        leap.episode(e, "2020-01-01", nil, year: 2028)
        let february = try leap.results(.rolling12Months(endingOn: Day(year: 2028, month: 2, day: 28)!))
        #expect(february["cla.stability.long_term.percent"] == (1, 1))
        let march = try leap.results(.rolling12Months(endingOn: Day(year: 2028, month: 3, day: 1)!))
        #expect(march["cla.stability.long_term.percent"] == (0, 0))
    }

    @Test("A period of care runs through contiguous episodes and restarts after a gap or RNE S")
    func periodsOfCare() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2012-01-01"), b = t.child("B", born: "2012-01-01"), c = t.child("C", born: "2012-01-01")
        t.episode(a, "2021-01-01", "2022-12-01", rec: "X1")
        t.episode(a, "2022-12-01", nil, rne: "L")                       // contiguous: care since 2021
        t.episode(b, "2021-01-01", "2022-11-30", rec: "E4A")
        t.episode(b, "2022-12-01", nil, rne: "L")                       // a gap of one day: care since December 2022
        t.episode(c, "2021-01-01", "2022-12-01", rec: "E4A")
        t.episode(c, "2022-12-01", nil, rne: "S")                       // contiguous, but a new start
        let area = try t.results()
        #expect(area["cla.stability.long_term.percent"] == (1, 1))
    }

    @Test("Interim care orders count when the unbroken run of C1 started more than 182 days before the end")
    func interimCareOrders() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-01-01"), b = t.child("B", born: "2015-01-01"), c = t.child("C", born: "2015-01-01")
        let end = Day(year: 2025, month: 3, day: 31)!
        t.episode(a, end.advanced(by: -183).description, nil, ls: "C1")
        t.episode(b, end.advanced(by: -182).description, nil, ls: "C1")
        t.episode(c, "2024-01-01", "2024-09-01", ls: "C1", rec: "X1")
        t.episode(c, "2024-09-01", "2024-09-10", rne: "P", ls: "C1", rec: "X1")   // contiguous C1 run from January
        t.episode(c, "2024-09-10", nil, rne: "P", ls: "C1")
        let area = try t.results()
        #expect(area["cla.interim_care_order_over_26_weeks.percent"] == (2, 3))
    }

    @Test("Children who went missing: M in the period counts, A (away) does not")
    func missing() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        t.episode(a, "2024-01-01", nil)
        t.episode(b, "2024-01-01", nil)
        t.missing(a, "2025-03-31")
        t.missing(b, "2024-06-01", kind: "A")
        t.missing(c, "2024-06-01")                 // not looked after
        let area = try t.results()
        #expect(area["cla.missing.percent"] == (1, 2))
    }

    @Test("SDQ: children aged 5-16 at the end in the return of the end's year, valid scores 0-40, concern from 17")
    func sdq() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        let e = t.child("E", born: "2020-04-01"), f = t.child("F", born: "2008-03-31")
        t.oc2(a, born: "2015-06-01", score: 17)
        t.oc2(a, born: "2015-06-01", score: 10)       // listed again in the return: this last row is kept
        t.oc2(b, born: "2015-06-01", score: -2)       // invalid score
        t.oc2(c, born: "2015-06-01", score: -1)       // no score
        t.oc2(e, born: "2020-04-01", score: 3)        // 4 at the end: too young
        t.oc2(f, born: "2008-03-31", score: 3)        // 17 on the last day: too old
        t.oc2(a, born: "2015-06-01", score: 40, year: 2024)   // another year's return
        let area = try t.results()
        #expect(area["sdq.received.percent"] == (1, 3))
        #expect(area["sdq.average"] == (10, 1))
        #expect(area.result(for: "sdq.average")?.display == FixedDecimal(units: 100, decimals: 1))
        #expect(area["sdq.concern.percent"] == (0, 1))
        #expect(area.result(for: "sdq.received.percent")!.coverage == [CoverageCount(kind: .invalidScore, count: 1)])
    }

    @Test("Care leavers fall in the band of the birthday reached in the period; died and returned home are left out")
    func careLeavers() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2007-04-01")   // 17th birthday on the first day
        let b = t.child("B", born: "2007-03-31")   // 17th birthday the day before: 18th is 2025-03-31, in the period
        let c = t.child("C", born: "2008-04-01")   // 17th birthday the day after the end
        let d = t.child("D", born: "2005-06-01")   // 19th birthday in the period
        let e = t.child("E", born: "2005-06-01")
        let f = t.child("F", born: "2002-06-01")   // 22nd: no band
        t.oc3(a, born: "2007-04-01", activity: "F1", accommodation: "B1")
        t.oc3(b, born: "2007-03-31", inTouch: "NREQ", activity: "G4", accommodation: "B2")
        t.oc3(c, born: "2008-04-01")
        t.oc3(d, born: "2005-06-01", activity: "P5", accommodation: "0")
        t.oc3(e, born: "2005-06-01", inTouch: "DIED")
        t.oc3(f, born: "2002-06-01")
        let area = try t.results()
        #expect(area["care_leavers.eet.age_17_18.percent"] == (1, 2))
        #expect(area["care_leavers.suitable_accommodation.age_17_18.percent"] == (1, 2))
        #expect(area["care_leavers.in_touch.age_17_18.percent"] == (1, 2))
        #expect(area["care_leavers.eet.age_19_21.percent"] == (1, 1))
        #expect(area["care_leavers.suitable_accommodation.age_19_21.percent"] == (0, 1))
        #expect(area.result(for: "care_leavers.eet.age_19_21.percent")!.coverage == [CoverageCount(kind: .excluded, count: 1)])
    }

    @Test("Over a short period only a birthday reached inside it puts a care leaver in a band")
    func careLeaverBandsOverAQuarter() throws {
        var t = TestCohort()
        let turning = t.child("A", born: "2007-02-15")   // 18th birthday inside January-March 2025
        let steady = t.child("B", born: "2007-06-01")    // 17 throughout the quarter: no birthday reached
        t.oc3(turning, born: "2007-02-15")
        t.oc3(steady, born: "2007-06-01")
        let quarter = ReportingPeriod(start: Day(year: 2025, month: 1, day: 1)!, end: Day(year: 2025, month: 3, day: 31)!)
        let area = try t.results(quarter)
        #expect(area["care_leavers.eet.age_17_18.percent"] == (1, 1))
    }

    @Test("An episode open over 31 March in one return and closed in the next counts once, with the later return's end")
    func overlappingReturns() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2012-01-01")
        t.episode(a, "2023-06-01", nil, year: 2024)                           // open at the end of the 2024 return
        t.episode(a, "2023-06-01", "2024-05-01", rec: "E4A", year: 2025)      // closed in the 2025 return
        let year2025 = try t.results()
        #expect(year2025["cla.rate"] == (0, 10_000))
        #expect(year2025["cla.ceased.rate"] == (1, 10_000))
        #expect(year2025["cla.missing.percent"] == (0, 1))
        let year2024 = try t.results(.collectionYear(2024))
        #expect(year2024["cla.rate"] == (1, 10_000))
        #expect(year2024["cla.started.rate"] == (1, 10_000))
        #expect(year2024["cla.ceased.rate"] == (0, 10_000))
        // A period ending mid-year uses the same records: nothing after its end.
        let october = try t.results(.rolling12Months(endingOn: Day(year: 2023, month: 10, day: 31)!))
        #expect(october["cla.rate"] == (1, 10_000))
    }

    @Test("Looked-after measures age a child by the SSDA903 header's date of birth, even when the CIN census gives another")
    func headerBirthWins() throws {
        var t = TestCohort()
        let child = t.child("A", born: "2014-06-01")      // 10 at 31 March 2025: under 16
        t.episode(child, "2021-01-01", nil)
        // The same child in the same year's CIN census, loaded after the header, with another date.
        let census = t.returnIndex(0, 2025, .cinCensus)
        t.builder.addChild(ChildTable.Row(birth: day("2007-06-01"), sex: Code("M")!, ethnicity: Code("WBRI")!),
                           identifier: "A", inReturn: census, file: t.file, line: 2)
        let cohort = t.builder.build()
        #expect(cohort.children.birth[child.index] == d("2007-06-01"))
        #expect(cohort.children.ssda903Birth[child.index] == d("2014-06-01"))
        let area = try t.results()
        #expect(area["cla.stability.long_term.percent"] == (1, 1))
    }
}
