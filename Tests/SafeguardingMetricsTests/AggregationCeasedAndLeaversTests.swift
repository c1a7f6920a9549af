import Testing
import SafeguardingMetrics

/// Hand-built edge cases of the indicators of issue 19: children ceasing care by reason, and care
/// leavers aged 17-21 together. Every expectation is worked out by hand from the definitions.
@Suite("Aggregation of reasons for ceasing care and care leavers aged 17-21")
struct AggregationCeasedAndLeaversTests {
    @Test("A child who ceased counts once, by the reason of the ceasing episode that ended last; X1, short breaks and ends outside the period do not cease care")
    func ceasedByReason() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2012-06-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D"), e = child("E"), f = child("F")
        let g = child("G"), h = child("H"), i = child("I"), j = child("J"), k = child("K"), l = child("L"), m = child("M")
        t.episode(a, "2023-01-01", "2024-05-01", rec: "E4A")                 // returned home
        t.episode(b, "2023-01-01", "2024-06-01", rec: "E11")                 // adopted, then back in care ...
        t.episode(b, "2024-07-01", "2025-03-31", rec: "E4A")                 // ... and home on the last day: E4A
        t.episode(c, "2023-01-01", "2024-04-01", rec: "E45")                 // special guardianship on the first day
        t.episode(d, "2023-01-01", "2025-04-01", rec: "E41")                 // the day after the end: not ceased
        t.episode(e, "2023-01-01", "2024-03-31", rec: "E4B")                 // the day before the start: not ceased
        t.episode(f, "2023-01-01", "2024-08-01", rec: "X1")                  // a change of episode, not of care
        t.episode(f, "2024-08-01", nil, rne: "L")
        t.episode(g, "2024-05-01", "2024-06-01", ls: "V3", rec: "E4A")       // a short break
        t.episode(h, "2023-01-01", "2024-09-01", rec: "E12")                 // adopted
        t.episode(i, "2023-01-01", "2024-09-01", rec: "E8")                  // another reason: denominator only
        t.episode(j, "2024-01-01", "2024-12-01", rec: "E11")                 // overlapping episodes: the later end (E11) wins
        t.episode(j, "2024-02-01", "2024-10-01", rne: "P", rec: "E4A")
        t.episode(k, "2024-01-01", "2024-09-01", rec: "E41")                 // equal ends: the later start (E45) wins
        t.episode(k, "2024-03-01", "2024-09-01", rne: "P", rec: "E45")
        t.episode(l, "2023-01-01", "2024-09-09", rec: "E4B")                 // returned home, not part of the care plan
        t.episode(m, "2023-01-01", "2024-10-10", rec: "E41")                 // child arrangements order
        let area = try t.results()
        // Ceased: A, B, C, H, I, J, K, L, M.
        #expect(area["cla.ceased.rate"] == (9, 10_000))
        #expect(area["cla.ceased.returned_home.percent"] == (2, 9))              // A, B
        #expect(area["cla.ceased.returned_home_unplanned.percent"] == (1, 9))    // L
        #expect(area["cla.ceased.adopted.percent"] == (2, 9))                    // H, J
        #expect(area["cla.ceased.special_guardianship.percent"] == (2, 9))       // C, K
        #expect(area["cla.ceased.child_arrangements.percent"] == (1, 9))         // M
        // The groups are configurable: a council counting both kinds of return home.
        let local = try t.results { $0.configuration.returnedHome = ["E4A", "E4B"] }
        #expect(local["cla.ceased.returned_home.percent"] == (3, 9))
    }

    @Test("No child ceased: every reason's share is undefined, 0 of 0")
    func noneCeased() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2012-06-01")
        t.episode(a, "2023-01-01", nil)
        let area = try t.results()
        for id: IndicatorID in ["cla.ceased.returned_home.percent", "cla.ceased.adopted.percent",
                                "cla.ceased.special_guardianship.percent", "cla.ceased.child_arrangements.percent"] {
            #expect(area[id] == (0, 0), "\(id)")
        }
    }

    @Test("Care leavers aged 17-21 are the 17-18 and 19-21 bands together: birthdays at the period's edges, exclusions, NREQ and unsuitable accommodation")
    func leavers17To21() throws {
        var t = TestCohort()
        let p = t.child("P", born: "2007-06-01")   // 17th birthday in the period: 17-18
        let q = t.child("Q", born: "2004-10-10")   // 20th birthday in the period: 19-21
        let r = t.child("R", born: "2003-04-01")   // 21st birthday on the first day: 19-21
        let s = t.child("S", born: "2003-03-31")   // 21st birthday the day before the start, 22nd on the last day: none
        let u = t.child("U", born: "2008-04-01")   // 17th birthday the day after the end: none
        let v = t.child("V", born: "2006-01-01")   // died: excluded
        let w = t.child("W", born: "2005-01-01")   // 20th birthday in the period, contact not required
        t.oc3(p, born: "2007-06-01", activity: "F1", accommodation: "B1")
        t.oc3(q, born: "2004-10-10", inTouch: "NO", activity: "G4", accommodation: "B2")
        t.oc3(r, born: "2003-04-01")
        t.oc3(s, born: "2003-03-31")
        t.oc3(u, born: "2008-04-01")
        t.oc3(v, born: "2006-01-01", inTouch: "DIED")
        t.oc3(w, born: "2005-01-01", inTouch: "NREQ", activity: "G6", accommodation: "0")
        let area = try t.results()
        #expect(area["care_leavers.eet.age_17_21.percent"] == (2, 4))                    // P, R of P, Q, R, W
        #expect(area["care_leavers.suitable_accommodation.age_17_21.percent"] == (2, 4)) // P, R (W not known)
        #expect(area["care_leavers.in_touch.age_17_21.percent"] == (2, 4))              // P, R (NO and NREQ are not)
        #expect(area.result(for: "care_leavers.in_touch.age_17_21.percent")!.coverage == [CoverageCount(kind: .excluded, count: 1)])
        // The sum of the two bands, part by part.
        for part in ["eet", "suitable_accommodation", "in_touch"] {
            let young = area[IndicatorID(rawValue: "care_leavers.\(part).age_17_18.percent")]
            let old = area[IndicatorID(rawValue: "care_leavers.\(part).age_19_21.percent")]
            let all = area[IndicatorID(rawValue: "care_leavers.\(part).age_17_21.percent")]
            #expect(all.0 == young.0 + old.0 && all.1 == young.1 + old.1, "\(part)")
        }
        #expect(area["care_leavers.eet.age_17_18.percent"] == (1, 1))
        #expect(area["care_leavers.eet.age_19_21.percent"] == (1, 3))
    }
}
