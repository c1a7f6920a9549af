import Testing
@testable import SafeguardingMetrics

@Suite("OC2 and OC3: one row per child within each return")
struct OutcomeKeyTests {
    @Test("A child listed again in one return's OC2 is reported naming both lines, and only the last row is kept")
    func oc2RepeatedInReturn() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01")
        let r = t.returnIndex(0, 2025, .ssda903)
        func row(_ child: ChildRow, _ score: Int8) -> OC2Table.Row {
            OC2Table.Row(child: child, birth: day("2015-06-01"), sdqScore: score)
        }
        t.builder.addOC2(row(a, 30), inReturn: r, file: t.file, line: 2)
        t.builder.addOC2(row(b, 5), inReturn: r, file: t.file, line: 3)
        t.builder.addOC2(row(a, 8), inReturn: r, file: t.file, line: 4)
        let cohort = t.cohort
        #expect(cohort.oc2.count == 2)
        #expect(cohort.oc2.sdqScore == [8, 5])
        let repeats = cohort.problems.filter { $0.reason.contains("appears again") }
        #expect(repeats.map(\.reason) == ["child 'A' appears again in this return's OC2 (first at line 2); this later row is kept"])
        #expect(repeats.first?.location.line == 4 && repeats.first?.severity == .warning)

        let area = try t.results()
        #expect(area["sdq.received.percent"] == (2, 2))
        #expect(area["sdq.average"] == (13, 2))
        #expect(area["sdq.concern.percent"] == (0, 2))
    }

    @Test("A young person listed three times in one return's OC3 counts once, with a report for each repeat")
    func oc3RepeatedInReturn() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2007-06-01")
        let r = t.returnIndex(0, 2025, .ssda903)
        for (line, activity) in [(2, "F1"), (3, "G4"), (5, "G6")] {
            t.builder.addOC3(OC3Table.Row(child: a, birth: day("2007-06-01"), inTouch: Code("YES")!, activity: Code(activity)!,
                                          accommodation: Code("B1")!),
                             inReturn: r, file: t.file, line: line)
        }
        let cohort = t.cohort
        #expect(cohort.oc3.count == 1)
        let repeats = cohort.problems.filter { $0.reason.contains("appears again") }
        #expect(repeats.map(\.location.line) == [3, 5])
        #expect(repeats.last?.reason == "child 'A' appears again in this return's OC3 (first at line 2); this later row is kept")
        #expect(repeats.first?.reason.hasSuffix("a later row is kept") == true)
        let area = try t.results()
        #expect(area["care_leavers.eet.age_17_18.percent"] == (0, 1))   // the last row (G6) is kept
    }

    @Test("Rows of different returns are never merged: each collection year keeps its own row, unreported")
    func separateReturns() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01")
        t.oc2(a, born: "2015-06-01", score: 20, year: 2024)
        t.oc2(a, born: "2015-06-01", score: 4, year: 2025)
        let cohort = t.cohort
        #expect(cohort.oc2.count == 2)
        #expect(cohort.problems.allSatisfy { !$0.reason.contains("appears again") })
        #expect(try t.results(.collectionYear(2024))["sdq.average"] == (20, 1))
        #expect(try t.results()["sdq.average"] == (4, 1))
    }
}
