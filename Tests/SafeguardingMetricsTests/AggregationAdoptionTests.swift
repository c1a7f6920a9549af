import Testing
import SafeguardingMetrics

extension TestCohort {
    /// An `ad1` row: matched with the adopters on `matched` (blank: not known).
    mutating func adoption(_ child: ChildRow, decided: String = "2023-01-01", matched: String?, la: UInt16 = 0, year: Int = 2025) {
        builder.addAdoption(AdoptionTable.Row(child: child, decided: day(decided), matched: matched.map(day) ?? .unknown),
                            inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }

    /// A `previous_permanence` row.
    mutating func previousPermanence(_ child: ChildRow, _ kind: String, la: UInt16 = 0, year: Int = 2025) {
        builder.addPreviousPermanence(PreviousPermanenceTable.Row(child: child, kind: Code(kind)!),
                                      inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }
}

extension AreaResult {
    /// The coverage count of `kind` on an indicator (0 when not reported).
    func coverage(_ id: IndicatorID, _ kind: CoverageKind) -> Int64 {
        result(for: id)!.coverage.first { $0.kind == kind }?.count ?? 0
    }
}

/// Hand-built edge cases of the adoption timeliness averages (the DfE's scorecard A1, A10 and A2,
/// and entering care to adoption) and of previous permanence. Every expectation is worked out by
/// hand from the definitions: days are the later day minus the earlier.
@Suite("Aggregation of adoption timeliness and previous permanence")
struct AggregationAdoptionTests {
    @Test("Adoption timeliness: entering care, moving in (adjusted for foster carers), placement order and match, over the children adopted in the period")
    func timeliness() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2020-06-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D"), e = child("E"), f = child("F")
        let g = child("G"), h = child("H")
        // A: care 2022-01-10, order 2023-06-01, placed (A6) 2024-02-01, matched 2023-12-01, adopted 2024-09-30.
        t.episode(a, "2022-01-10", "2023-01-10", ls: "C1", place: "U6", rec: "X1")
        t.episode(a, "2023-01-10", "2023-06-01", rne: "L", ls: "C2", place: "U6", rec: "X1")
        t.episode(a, "2023-06-01", "2024-02-01", rne: "L", ls: "E1", place: "U6", rec: "X1")
        t.episode(a, "2024-02-01", "2024-09-30", rne: "P", ls: "E1", place: "A6", rec: "E12")
        t.adoption(a, matched: "2023-12-01")
        // B: adopted by its foster carers: care 2023-03-01, with the carers from 2023-05-01 (P), order
        // 2023-08-15 (L), placed with them (A5, B) 2024-01-20; matched before the order (0 days).
        t.episode(b, "2023-03-01", "2023-05-01", ls: "C1", place: "U6", rec: "X1")
        t.episode(b, "2023-05-01", "2023-08-15", rne: "P", ls: "C2", place: "U4", rec: "X1")
        t.episode(b, "2023-08-15", "2024-01-20", rne: "L", ls: "E1", place: "U4", rec: "X1")
        t.episode(b, "2024-01-20", "2024-11-11", rne: "B", ls: "E1", place: "A5", rec: "E11")
        t.adoption(b, decided: "2023-08-01", matched: "2023-07-01")      // matched before the decision: 0 days
        // C: adopted, never placed for adoption: only entering care to adoption counts it.
        t.episode(c, "2023-01-01", "2024-12-01", ls: "E1", place: "U4", rec: "E11")
        // D: placed with consent (A4), no placement order: no order-to-match figure.
        t.episode(d, "2023-06-01", "2024-01-01", place: "U6", rec: "X1")
        t.episode(d, "2024-01-01", "2024-07-01", rne: "P", place: "A4", rec: "E11")
        t.adoption(d, matched: "2023-12-01")
        // E: its only ad1 row is in the 2024 return, not the return of the adoption's year.
        t.episode(e, "2023-01-01", "2023-07-01", ls: "E1", place: "U6", rec: "X1")
        t.episode(e, "2023-07-01", "2024-06-01", rne: "P", ls: "E1", place: "A6", rec: "E12")
        t.adoption(e, matched: "2023-06-01", year: 2024)
        // F: adopted the day after the period: not counted.
        t.episode(f, "2023-01-01", "2024-01-01", ls: "E1", place: "U6", rec: "X1")
        t.episode(f, "2024-01-01", "2025-04-01", rne: "P", ls: "E1", place: "A6", rec: "E11")
        // G: an earlier period of care, then a gap: the adoption's period starts 2023-09-01 (RNE P
        // after a gap), and so does its order; its DATE_MATCH is blank.
        t.episode(g, "2019-01-01", "2019-06-01", ls: "E1", place: "U6", rec: "E4A")
        t.episode(g, "2023-09-01", "2024-03-01", rne: "P", ls: "E1", place: "U6", rec: "X1")
        t.episode(g, "2024-03-01", "2024-08-01", rne: "P", ls: "E1", place: "A6", rec: "E11")
        t.adoption(g, matched: nil)
        // H: a placement for adoption that broke down: the child moved in with its adopters on the
        // first day of the last unbroken run of A placements (2023-09-01); order 2023-01-01.
        t.episode(h, "2023-01-01", "2023-06-01", ls: "E1", place: "A6", rec: "X1")
        t.episode(h, "2023-06-01", "2023-09-01", rne: "P", ls: "E1", place: "U6", rec: "X1")
        t.episode(h, "2023-09-01", "2024-10-01", rne: "P", ls: "E1", place: "A6", rec: "E11")
        t.adoption(h, matched: "2023-08-01")
        let area = try t.results()
        #expect(area["cla.ceased.adopted.percent"].0 == 7)                                    // A-E, G, H
        // A 752, B 325, D 214, E 181, G 182, H 243 (C was never placed).
        #expect(area["adoption.entering_care_to_placed.days"] == (1_897, 6))
        #expect(area.coverage("adoption.entering_care_to_placed.days", .excluded) == 1)
        // B moved in with its carers 61 days after entering care.
        #expect(area["adoption.entering_care_to_moving_in_adjusted.days"] == (1_633, 6))
        // A 183, B 0, H 212; C not placed and D no order (excluded), E no ad1 row, G no match date.
        #expect(area["adoption.placement_order_to_match.days"] == (395, 3))
        #expect(area.coverage("adoption.placement_order_to_match.days", .excluded) == 2)
        #expect(area.coverage("adoption.placement_order_to_match.days", .noRecord) == 1)
        #expect(area.coverage("adoption.placement_order_to_match.days", .unknownDate) == 1)
        // A 994, B 621, C 700, D 396, E 517, G 335, H 639.
        #expect(area["adoption.entering_care_to_adoption.days"] == (4_202, 7))
        // Decision (2023-01-01 unless said) to match: A 334, B 0, D 334, H 212; C and E have no ad1 row
        // in the return of their adoption's year, G no DATE_MATCH.
        #expect(area["adoption.decision_to_match.days"] == (880, 4))
        #expect(area.coverage("adoption.decision_to_match.days", .noRecord) == 2)
        #expect(area.coverage("adoption.decision_to_match.days", .unknownDate) == 1)
        let result = try #require(area.result(for: "adoption.entering_care_to_placed.days"))
        #expect(result.display == FixedDecimal(units: 316, decimals: 0))                        // 1,897 / 6 = 316.17
    }

    @Test("An average of days over 1 to 5 children is suppressed under the DfE policy, whatever its sum")
    func suppression() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2020-06-01")
        t.episode(a, "2024-04-01", "2024-04-04", ls: "E1", place: "A6", rec: "E11")
        let area = try t.results { $0.suppression = .dfe }
        let result = try #require(area.result(for: "adoption.entering_care_to_placed.days"))
        #expect(result.numerator == 0 && result.denominator == 1 && result.state == .suppressed)
    }

    @Test("Previous permanence: children starting in the period by the previous_permanence row of the return of their start's year; no row is coverage no_record")
    func previousPermanence() throws {
        var t = TestCohort()
        func child(_ id: String) -> ChildRow { t.child(id, born: "2015-06-01") }
        let a = child("A"), b = child("B"), c = child("C"), d = child("D"), e = child("E")
        t.episode(a, "2024-05-01", nil)
        t.previousPermanence(a, "P2")                      // special guardianship order: counted
        t.episode(b, "2024-06-01", nil)
        t.previousPermanence(b, "Z1")                      // none
        t.episode(c, "2024-07-01", nil)                    // no row
        t.episode(d, "2024-08-01", nil)
        t.previousPermanence(d, "P1", year: 2024)          // a row of another year's return only
        t.episode(e, "2024-03-31", nil)                    // started the day before the period
        t.previousPermanence(e, "P1")
        let area = try t.results()
        #expect(area["cla.started.previous_permanence.percent"] == (1, 4))
        #expect(area.coverage("cla.started.previous_permanence.percent", .noRecord) == 2)
        let local = try t.results { $0.configuration.previousPermanence = ["P1"] }
        #expect(local["cla.started.previous_permanence.percent"] == (0, 4))
    }
}
