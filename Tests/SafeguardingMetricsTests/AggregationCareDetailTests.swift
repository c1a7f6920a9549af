import Testing
import SafeguardingMetrics

extension TestCohort {
    /// An OC2 row with its yes/no outcomes and no SDQ score.
    mutating func oc2(_ child: ChildRow, born: String?, outcomes: OC2Outcomes, la: UInt16 = 0, year: Int = 2025) {
        builder.addOC2(OC2Table.Row(child: child, birth: born.map(day) ?? .unknown, sdqScore: -1, outcomes: outcomes),
                       inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }

    /// A `uasc` row: the child was an unaccompanied asylum-seeking child until `ceased` (blank: still).
    mutating func uasc(_ child: ChildRow, ceased: String?, la: UInt16 = 0, year: Int = 2025) {
        builder.addUASC(UASCTable.Row(child: child, ceased: ceased.map(day) ?? .unknown),
                        inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }
}

/// Hand-built edge cases of the SSDA903 measures of issue 21: placement types and legal statuses
/// at the end, away from placement and incidents, kinds of adoption and special guardianship
/// order, staying put, OC2 health and offending, and care leavers aged 19-21 by activity and
/// contact. Every expectation is worked out by hand from the definitions.
@Suite("Aggregation of the SSDA903 measures of issue 21")
struct AggregationCareDetailTests {
    @Test("Placement types and legal statuses are those of the episode open at the end: the later start of two open, short breaks and closed episodes left out")
    func placementAndLegalStatus() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2012-06-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D"), e = child("E"), f = child("F")
        let g = child("G"), h = child("H"), i = child("I"), j = child("J")
        t.episode(a, "2024-01-01", nil, place: "K2")                        // children's home, full care order
        t.episode(b, "2024-01-01", nil, ls: "C1", place: "K1")              // secure home, interim care order
        t.episode(c, "2024-01-01", nil, ls: "V2", place: "H5")              // semi-independent, section 20
        t.episode(d, "2024-01-01", nil, ls: "E1", place: "A4")              // placed for adoption, placement order
        t.episode(e, "2024-01-01", nil, place: "R3")                        // mother and baby unit: other residential
        t.episode(f, "2024-01-01", nil, place: "T1")                        // temporary: other placements
        t.episode(g, "2024-01-01", nil, ls: "D1", place: "P1")              // with parents, freeing order
        t.episode(h, "2024-01-01", "2025-03-31", place: "K2")               // ended on the last day: not looked after
        t.episode(i, "2024-01-01", nil, ls: "V3", place: "K2")              // a short break only: not looked after
        t.episode(j, "2024-01-01", nil, place: "K2")                        // two open episodes: the later start (P2) counts
        t.episode(j, "2024-06-01", nil, rne: "P", ls: "V2", place: "P2")
        let area = try t.results()
        #expect(area["cla.rate"] == (8, 10_000))                                         // A-G and J
        #expect(area["cla.placement.secure_and_childrens_homes.percent"] == (2, 8))      // A, B
        #expect(area["cla.placement.supported_accommodation.percent"] == (2, 8))         // C, J
        #expect(area["cla.placement.other_residential.percent"] == (1, 8))               // E
        #expect(area["cla.placement.other.percent"] == (1, 8))                           // F
        #expect(area["cla.placement.with_parents.percent"] == (1, 8))                    // G
        #expect(area["cla.placement.placed_for_adoption.percent"] == (1, 8))             // D
        #expect(area["cla.legal_status.care_order.percent"] == (4, 8))                   // A, E, F (C2) and B (C1)
        #expect(area["cla.legal_status.placement_order.percent"] == (2, 8))              // D (E1), G (D1)
        #expect(area["cla.legal_status.section_20.percent"] == (2, 8))                   // C, J
        // Every child at the end is in exactly one placement group of the DfE's table.
        let groups: [IndicatorID] = ["cla.placement.foster.percent", "cla.placement.secure_and_childrens_homes.percent",
                                     "cla.placement.supported_accommodation.percent", "cla.placement.other_residential.percent",
                                     "cla.placement.other.percent", "cla.placement.with_parents.percent",
                                     "cla.placement.placed_for_adoption.percent"]
        #expect(groups.map { area[$0].0 }.reduce(0, +) == 8)
        // The groups are configurable: a council counting temporary placements nowhere.
        let local = try t.results { $0.configuration.otherPlacements = ["Z1", "P3"] }
        #expect(local["cla.placement.other.percent"] == (0, 8))
    }

    @Test("Away from placement counts children once and incidents each; missing and away are apart, and only incidents starting in the period of children looked after during it count")
    func awayAndIncidents() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2010-01-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D")
        for x in [a, b, c] { t.episode(x, "2024-01-01", nil) }
        t.episode(d, "2022-01-01", "2024-03-31")                            // left care the day before the start
        t.missing(a, "2024-04-01", kind: "A")                                // away on the first day
        t.missing(a, "2024-05-01", kind: "A")
        t.missing(a, "2024-06-01", kind: "M")
        t.missing(b, "2024-03-31", kind: "A")                                // before the period
        t.missing(b, "2025-03-31", kind: "M")                                // missing on the last day
        t.missing(c, "2025-04-01", kind: "A")                                // after the period
        t.missing(d, "2024-05-01", kind: "A")                                // not looked after during the period
        let area = try t.results()
        #expect(area["cla.away.percent"] == (1, 3))                          // A of A, B, C
        #expect(area["cla.missing.percent"] == (2, 3))                       // A, B
        #expect(area["cla.away.incidents_per_child"] == (2, 1))              // A's two
        #expect(area["cla.missing.incidents_per_child"] == (2, 2))           // A's and B's
    }

    @Test("Kinds of adoption and special guardianship order are shares of the adoptions and orders, by the reason of the ceasing episode that ended last")
    func adoptionAndGuardianshipKinds() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2015-06-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D"), e = child("E"), f = child("F"), g = child("G")
        t.episode(a, "2023-01-01", "2024-05-01", rec: "E11")
        t.episode(b, "2023-01-01", "2024-06-01", rec: "E12")
        t.episode(c, "2023-01-01", "2024-06-01", rec: "E12")                 // adopted, back in care, E11 last
        t.episode(c, "2024-07-01", "2024-12-01", rec: "E11")
        t.episode(d, "2023-01-01", "2024-08-01", rec: "E45")
        t.episode(e, "2023-01-01", "2024-08-01", rec: "E46")
        t.episode(f, "2023-01-01", "2024-08-01", rec: "E48")                 // in the SGO total, in no kind
        t.episode(g, "2023-01-01", "2025-04-01", rec: "E47")                 // after the end: not ceased
        let area = try t.results()
        #expect(area["cla.ceased.adopted_application_unopposed.percent"] == (2, 3))   // A, C
        #expect(area["cla.ceased.adopted_consent_dispensed.percent"] == (1, 3))       // B
        #expect(area["cla.ceased.sgo_former_foster_carer_relative.percent"] == (1, 3))
        #expect(area["cla.ceased.sgo_former_foster_carer_other.percent"] == (1, 3))
        #expect(area["cla.ceased.sgo_carer_relative.percent"] == (0, 3))
    }

    @Test("Staying put: young people ceasing care from foster care on or after their 18th birthday, E17 in the numerator; the day before the birthday, other placements and unknown births are not counted")
    func stayingPut() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2006-06-01"), b = t.child("B", born: "2006-07-01"), c = t.child("C", born: "2006-08-01")
        let d = t.child("D", born: "2006-09-02"), e = t.child("E", born: nil), f = t.child("F", born: "2004-02-29")
        t.episode(a, "2020-01-01", "2024-06-01", place: "U4", rec: "E17")    // on the 18th birthday: staying put
        t.episode(b, "2020-01-01", "2024-07-01", place: "U1", rec: "E5")     // on the birthday, moved to independent living
        t.episode(c, "2020-01-01", "2024-08-01", place: "K2", rec: "E17")    // a children's home: not counted
        t.episode(d, "2020-01-01", "2024-09-01", place: "U4", rec: "E17")    // the day before the birthday: not counted
        t.episode(e, "2020-01-01", "2024-09-01", place: "U4", rec: "E17")    // birth unknown: not counted
        t.episode(f, "2020-01-01", "2022-02-28", place: "U4", rec: "X1")     // a change of legal status (X1), not ceasing ...
        t.episode(f, "2022-02-28", "2024-05-01", rne: "L", place: "U4", rec: "E17")  // ... then ceasing at 20
        let area = try t.results()
        #expect(area["cla.ceased.staying_put.percent"] == (2, 3))          // A, F of A, B, F
    }

    @Test("OC2 health and offending: all ages for health and substance misuse, 10-17 for convictions, 0-4 for development; other returns and unknown births left out")
    func healthAndOffending() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-03-31"), b = t.child("B", born: "2015-04-01"), c = t.child("C", born: "2021-04-01")
        let d = t.child("D", born: "2007-04-01"), e = t.child("E", born: nil), f = t.child("F", born: "2012-01-01")
        t.oc2(a, born: "2015-03-31", outcomes: [.convicted, .healthCheck, .immunised, .teethChecked])  // 10 on the last day
        t.oc2(b, born: "2015-04-01", outcomes: [.convicted, .substanceMisuse])                         // 10 the day after
        t.oc2(c, born: "2021-04-01", outcomes: [.developmentAssessed, .healthCheck])                   // 3
        t.oc2(d, born: "2007-04-01", outcomes: [.convicted])                                           // 17
        t.oc2(e, born: nil, outcomes: [.healthCheck])                                                  // age unknown
        t.oc2(f, born: "2012-01-01", outcomes: [.healthCheck], year: 2024)                            // the 2024 return
        let area = try t.results()
        #expect(area["oc2.health_assessment.percent"] == (2, 4))             // A, C of A-D
        #expect(area["oc2.immunisations.percent"] == (1, 4))
        #expect(area["oc2.dental_check.percent"] == (1, 4))
        #expect(area["oc2.substance_misuse.percent"] == (1, 4))              // B
        #expect(area["oc2.convictions.percent"] == (2, 2))                   // A, D (B is 9)
        #expect(area["oc2.development_assessment.percent"] == (1, 1))        // C
        #expect(area.result(for: "oc2.health_assessment.percent")!.coverage == [CoverageCount(kind: .birthUnknown, count: 1)])
    }

    @Test("Care leavers aged 19-21 by activity and contact: higher education, NEET and not in touch over the band's total")
    func leavers19To21() throws {
        var t = TestCohort()
        let p = t.child("P", born: "2004-10-10"), q = t.child("Q", born: "2004-11-11"), r = t.child("R", born: "2003-04-01")
        let s = t.child("S", born: "2005-01-01"), u = t.child("U", born: "2006-01-01"), v = t.child("V", born: "2005-02-02")
        t.oc3(p, born: "2004-10-10", activity: "P1")                          // 20th birthday: part-time higher education
        t.oc3(q, born: "2004-11-11", inTouch: "NO", activity: "G5")           // NEET, not in touch
        t.oc3(r, born: "2003-04-01", inTouch: "REFU", activity: "0")          // refuses contact, not known: neither
        t.oc3(s, born: "2005-01-01", inTouch: "DIED", activity: "G4")         // died: excluded
        t.oc3(u, born: "2006-01-01", activity: "F1")                          // 19th birthday: higher education
        t.oc3(v, born: "2005-02-02", inTouch: "NREQ", activity: "G1")         // the older NEET code
        let area = try t.results()
        #expect(area["care_leavers.higher_education.age_19_21.percent"] == (2, 5))   // P, U of P, Q, R, U, V
        #expect(area["care_leavers.neet.age_19_21.percent"] == (2, 5))               // Q, V
        #expect(area["care_leavers.not_in_touch.age_19_21.percent"] == (1, 5))       // Q
        #expect(area.result(for: "care_leavers.neet.age_19_21.percent")!.coverage == [CoverageCount(kind: .excluded, count: 1)])
    }

    @Test("Unaccompanied asylum-seeking children: the uasc row of the period end's return, DUC after the day (or blank), at the end and on the day care started")
    func unaccompanied() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2008-06-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D"), e = child("E"), f = child("F")
        for x in [a, b, c, d, e] { t.episode(x, "2024-05-01", nil) }          // all started in the period, open at the end
        t.episode(f, "2020-01-01", nil)                                        // looked after, started before the period
        t.uasc(a, ceased: nil)                                                 // still UASC
        t.uasc(b, ceased: "2025-03-31")                                        // ceased on the last day: not at the end ...
        t.uasc(c, ceased: "2024-05-01")                                        // ceased the day care started: neither
        t.uasc(d, ceased: nil, year: 2024)                                     // only in the 2024 return: not counted
        t.uasc(f, ceased: "2026-06-01")                                        // UASC at the end, not a starter
        let area = try t.results()
        #expect(area["cla.uasc.percent"] == (2, 6))                            // A, F
        #expect(area["cla.started.uasc.percent"] == (2, 5))                    // A, B (... but on the day care started)
        // A child listed twice in one return: the last row counts, and the repeat is reported.
        var twice = TestCohort()
        let g = twice.child("G", born: "2008-06-01")
        twice.episode(g, "2024-05-01", nil)
        twice.uasc(g, ceased: nil)
        twice.uasc(g, ceased: "2024-06-01")
        #expect(try twice.results()["cla.uasc.percent"] == (0, 1))
        #expect(twice.cohort.problems.contains { $0.reason.contains("appears again in this return's UASC") })
    }
}
