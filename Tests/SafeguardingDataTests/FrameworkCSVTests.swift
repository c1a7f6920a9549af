import Testing
import SafeguardingData
import SafeguardingMetrics

@Suite("Framework CSV files")
struct FrameworkCSVTests {
    func blackpool() throws -> LoadedFramework {
        try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
    }

    @Test("The Blackpool framework loads, and validation flags the 400/100000 target and the rows with no values, nothing else")
    func blackpoolLoads() throws {
        let loaded = try blackpool()
        #expect(loaded.rowsRead == 40 && loaded.rowsAccepted == 40 && loaded.rowsRejected == 0)
        #expect(loaded.framework.name == "blackpool_outcomes_framework_2024_01" && loaded.framework.version == "2024-01")
        let problems = loaded.problems.map { ($0.kind, $0.indicator?.rawValue ?? "", $0.location?.line ?? 0,
                                              $0.location?.column ?? 0, $0.location?.columnName ?? "") }
        let expected: [(FrameworkIssueKind, String, Int, Int, String)] = [
            (.scaleMismatch, "OF1-01", 2, 7, "target 2023-10"),
            (.noValues, "OF2-01", 11, 0, ""),
            (.noValues, "OF2-02", 12, 0, ""),
            (.noValues, "OF2-03", 13, 0, ""),
            (.noValues, "OF4-14", 32, 0, ""),
        ]
        #expect(problems.count == expected.count)
        for (found, wanted) in zip(problems, expected) {
            #expect(found == wanted)
        }
        #expect(loaded.problems[0].message.contains("'400/100000' is written per 100,000 but the indicator is a rate per 10,000"))
        #expect(loaded.problems[0].severity == .error)
        let first = loaded.framework["OF1-01"]!
        #expect(first.points[1] == FrameworkPoint(.target, "2023-10", .unreadable("400/100000")))
        #expect(first.baseline?.value == FixedDecimal(384))
    }

    @Test("Blackpool's units, polarities, precisions and outcome areas are read as written")
    func blackpoolContents() throws {
        let framework = try blackpool().framework
        #expect(framework.outcomeAreas.map(\.indicators.count) == [9, 4, 5, 14, 8])
        #expect(framework.outcomeAreas[4].title == "Quality of practice (audits graded good)")
        #expect(framework["OF1-03"]?.unit == .ratePer10k && framework["OF1-04"]?.unit == .percentage)
        #expect(framework["OF3-05"]?.unit == .count && framework["OF4-07"]?.unit == .averageScore)
        #expect(framework["OF4-15"]?.polarity == .hold && framework["OF1-05"]?.polarity == Polarity.none)
        #expect(framework.indicators.filter { $0.decimals == 1 }.map(\.id) == ["OF4-03", "OF4-04"])
        let referrals = framework["OF1-03"]!
        #expect(referrals.points.map(\.label) == ["baseline 2023-04", "target 2023-10", "actual 2023-10",
                                                  "target 2024-03", "target 2024-10"])
        #expect(referrals.points.map(\.value) == [FixedDecimal(833), FixedDecimal(825), FixedDecimal(798),
                                                  FixedDecimal(810), FixedDecimal(800)])
        #expect(framework["OF4-06"]?.points.map(\.entry.isBlank) == [false, true, true, false, true])
    }

    @Test("Blackpool's scorecard at January 2024: the worked example row, and the board's ratings")
    func blackpoolScorecard() throws {
        let scorecard = Scorecard(framework: try blackpool().framework, at: "2024-01")
        let referrals = scorecard.rows[2]
        #expect(referrals.id == "OF1-03" && referrals.expectedAt.value == FixedDecimal(816))
        #expect(referrals.latest?.status == .better && referrals.rag == .green)
        #expect(referrals.latest?.travel == "↓ -35 per 10,000")
        let ratings = Dictionary(uniqueKeysWithValues: scorecard.rows.map { ($0.id.rawValue, $0.rag) })
        #expect(ratings["OF1-06"] == .red)      // 43% against 35%, worse than the 39% baseline
        #expect(ratings["OF4-13"] == .amber)    // 59% against 60%, better than the 58% baseline
        #expect(ratings["OF4-05"] == .amber)    // 56% against 57%, equal to the baseline
        #expect(ratings["OF4-15"] == .green)    // hold at 95%
        #expect(ratings["OF1-05"] == .grey)     // no polarity
        #expect(ratings["OF1-01"] == .grey)     // no actual
        #expect(scorecard.ragCounts == [.green: 12, .amber: 8, .red: 6, .grey: 14])
        #expect(scorecard.rows.first { $0.id == "OF4-03" }?.latest?.travel == "↓ -1.5 pp")
        #expect(scorecard.rows[0].issues.map(\.kind) == [.scaleMismatch, .blankActual])
        #expect(scorecard.rows[0].expectedAt.value == FixedDecimal(397))   // 384 → 400, skipping the unreadable target
    }

    @Test("Writing a framework as CSV and reading it back gives the same framework")
    func blackpoolRoundTrip() throws {
        let loaded = try blackpool()
        let text = FrameworkCSV.write(loaded.framework)
        let again = try FrameworkCSV.read(text: text, name: loaded.framework.name, version: "2024-01")
        #expect(again.framework == loaded.framework)
        #expect(again.problems.map(\.kind) == loaded.problems.map(\.kind))
        #expect(text.hasPrefix("id,outcome,indicator,unit,polarity,decimals,baseline 2023-04,target 2023-10,"))
        #expect(FrameworkCSV.write(again.framework) == text)
    }

    @Test("Bad rows are rejected with their line and column, bad cells are kept and reported, and every row is counted")
    func readingProblems() throws {
        let text = """
        ID,Outcome,Indicator,Unit,Polarity,Decimals,Comparator,notes,baseline 2023-04,actual 2023-10,actual numerator 2023-10,actual denominator 2023-10,target numerator 2024-03
        A1,Help,Repeat referrals,%,lower,,SN,x,21%,20.5%,41,200,
        A2,Help,Bad unit,per child,lower,,,,21%,,,,
        A3,Help,Bad polarity,percent,sideways,,,,21%,,,,
        ,Help,No id,percent,lower,,,,21%,,,,
        A5,Help,Odd extras,count,higher,nine,the moon,,78,TBC,lots,,
        A6,Help,Counts upside down,percent,higher,1,England,,50%,55.0%,60,50,

        """
        let loaded = try FrameworkCSV.read(text: text, name: "plan.csv")
        #expect(loaded.rowsRead == 6 && loaded.rowsAccepted == 3 && loaded.rowsRejected == 3)
        #expect(loaded.framework.indicators.map(\.id) == ["A1", "A5", "A6"])
        let found = loaded.problems.map { "\($0.location!.line):\($0.location!.column ?? 0) \($0.kind.rawValue)" }
        #expect(found == ["1:8 unrecognised_column", "1:13 unrecognised_column", "3:4 unknown_unit", "4:5 unknown_polarity",
                          "5:1 missing_id", "6:6 invalid_decimals", "6:7 unknown_comparator", "6:11 invalid_count",
                          "7:11 numerator_above_denominator"])
        let a1 = loaded.framework["A1"]!
        #expect(a1.comparator == .statisticalNeighbours && a1.decimals == 1 && a1.unit == .percentage)
        #expect(a1.points[1].numerator == 41 && a1.points[1].denominator == 200)
        let a5 = loaded.framework["A5"]!
        #expect(a5.decimals == 0 && a5.comparator == nil && a5.points[1].entry == .toBeConfirmed && a5.points[1].numerator == nil)
        #expect(loaded.framework["A6"]?.comparator == .england)
    }

    @Test("A file without the required columns, or with no header, cannot be read")
    func unreadableFiles() {
        #expect(throws: DataError.self) { try FrameworkCSV.read(text: "id,outcome,indicator,unit\nA,B,C,percent\n", name: "x.csv") }
        do {
            _ = try FrameworkCSV.read(text: "id,title,unit\n", name: "x.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.line == 1)
            #expect(error.reason.contains("outcome, polarity"))
        }
        #expect(throws: DataError.self) { try FrameworkCSV.read(text: "", name: "empty.csv") }
        #expect(throws: DataError.self) { try FrameworkCSV.read(path: "/nonexistent/framework.csv") }
    }

    @Test("A typed-in actual that disagrees with the computed one is located at its cell")
    func computedDisagreement() throws {
        let loaded = try blackpool()
        var framework = loaded.framework
        framework.indicators[2].computedID = "referrals.rate"
        let relinked = LoadedFramework(framework: framework, readingProblems: loaded.readingProblems,
                                       rowsRead: loaded.rowsRead, rowsRejected: 0, sourceMap: loaded.sourceMap)
        let computed = ComputedActual(indicator: "referrals.rate", date: "2023-10", rate: RatePer10k(2_200, of: 27_069))
        let problems = relinked.validated(against: [computed]).filter { $0.kind == .disagreesWithComputed }
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: ReferenceData.blackpoolFramework, line: 4, column: 8,
                                                          columnName: "actual 2023-10"))
    }

    @Test("Seeded random frameworks survive a CSV round trip")
    func randomRoundTrip() throws {
        var random = SeededGenerator(seed: 0xF4A3_C5F0)
        for _ in 0..<40 {
            let framework = RandomFramework.make(using: &random, rectangular: true)
            let text = FrameworkCSV.write(framework)
            let again = try FrameworkCSV.read(text: text, name: framework.name, version: framework.version)
            #expect(again.framework == framework)
            #expect(again.rowsRejected == 0)
            #expect(FrameworkCSV.write(again.framework) == text)
        }
    }
}
