import Testing
import SafeguardingMetrics

@Suite("Scorecards")
struct ScorecardTests {
    let d = Rows.d

    /// The worked example with its October actual and a later target.
    var referrals: FrameworkIndicator {
        var row = Rows.workedExample
        row.points += [.actual("2023-10", d("798")), .target("2024-10", d("800"))]
        return row
    }

    @Test("Each date shows target, actual, expected, status, RAG and direction; the trajectory is given at the date")
    func workedExampleRow() {
        let row = Rows.scorecardRow(referrals, at: "2024-01")
        #expect(row.baseline == ScorecardDatedValue(date: "2023-04", value: d("833")))
        #expect(row.points.map(\.date) == ["2023-10", "2024-03", "2024-10"])
        let october = row.points[0]
        #expect(october.target == d("825") && october.actual == d("798") && october.expected == d("825"))
        #expect(october.status == .better && october.rag == .green && october.actualSource == .typed)
        #expect(october.direction == .improving && october.movement == .down)
        #expect(october.travel == "↓ -35 per 10,000")
        #expect(october.change?.fromTarget?.description == "-27 per 10,000")
        let march = row.points[1]
        #expect(march.target == d("810") && march.actual == nil && march.status == nil && march.rag == .grey)
        #expect(march.direction == nil && march.change == nil)
        #expect(row.expectedAt == ScorecardDatedValue(date: "2024-01", value: d("816")))
        #expect(row.issues.isEmpty)
        #expect(row.latest?.date == "2023-10" && row.rag == .green)
    }

    @Test("An actual between milestones is judged against the trajectory value at its date, at display precision")
    func actualBetweenMilestones() {
        func point(_ numerator: Int64, of denominator: Int64) -> ScorecardPoint {
            let computed = ComputedActual(indicator: "referrals.rate", date: "2024-01", rate: RatePer10k(numerator, of: denominator))
            return Rows.scorecardRow(referrals, at: "2024-01", computed: [computed]).points[1]
        }
        let better = point(815, of: 10_000)
        #expect(better.date == "2024-01" && better.target == nil && better.expected == d("816"))
        #expect(better.status == .better && better.rag == .green && better.actualSource == .computed)
        #expect(point(816, of: 10_000).status == .met)
        #expect(point(8_155, of: 100_000).status == .met)       // 815.5 shows as 816
        #expect(point(8_154, of: 100_000).status == .better)    // 815.4 shows as 815
        let missed = point(817, of: 10_000)
        #expect(missed.status == .missed && missed.rag == .amber)   // not worse than the baseline 833
        #expect(missed.direction == .worsening && missed.movement == .up)   // against the October actual, 798
        #expect(missed.change?.fromPrevious?.description == "+19 per 10,000")
        #expect(point(840, of: 10_000).rag == .red)              // worse than the baseline
        #expect(missed.numerator == 817 && missed.denominator == 10_000)
    }

    @Test("A computed actual replaces the typed-in one, and a disagreement is reported")
    func computedReplacesTyped() {
        let computed = ComputedActual(indicator: "referrals.rate", date: "2023-10-31", rate: RatePer10k(2_200, of: 27_069))
        let row = Rows.scorecardRow(referrals, at: "2024-01", computed: [computed])
        #expect(row.points[0].actual == d("813") && row.points[0].actualSource == .computed)
        #expect(row.points[0].status == .better)
        #expect(row.issues.map(\.kind) == [.disagreesWithComputed])
        #expect(row.issues[0].date == "2023-10")
        let agreeing = ComputedActual(indicator: "referrals.rate", date: "2023-10", rate: RatePer10k(2_160, of: 27_069))
        #expect(Rows.scorecardRow(referrals, at: "2024-01", computed: [agreeing]).issues.isEmpty)
        let undefined = ComputedActual(indicator: "referrals.rate", date: "2023-10", rate: RatePer10k(0, of: 0))
        let fallback = Rows.scorecardRow(referrals, at: "2024-01", computed: [undefined])
        #expect(fallback.points[0].actual == d("798") && fallback.points[0].actualSource == .typed)
        #expect(fallback.issues.map(\.kind) == [.computedUndefined])
    }

    @Test("Actuals after the scorecard date are not used, and are reported")
    func actualsAfterTheDate() {
        let row = Rows.scorecardRow(referrals, at: "2023-09")
        #expect(row.points[0].actual == nil && row.points[0].rag == .grey)
        #expect(row.issues.map(\.kind) == [.actualAfterDate])
        // 30 April → 30 September is 153 of the 184 days to 31 October: 833 − 8 × 153/184 = 826.3.
        #expect(row.expectedAt == ScorecardDatedValue(date: "2023-09", value: d("826")))
        #expect(Rows.scorecardRow(referrals, at: "2023-10-31").points[0].actual == d("798"))
    }

    @Test("A TBC target gives no status and is reported; a blank target leaves the trajectory to judge")
    func pendingAndBlankTargets() {
        let tbc = Rows.scorecardRow(Rows.row(unit: .percentage, polarity: .higher, [
            .baseline("2023-04", d("50")), FrameworkPoint(.target, "2023-10", .toBeConfirmed),
            .actual("2023-10", d("55")), .target("2024-03", d("80")),
        ]), at: "2024-01")
        #expect(tbc.points[0].status == nil && tbc.points[0].rag == .grey && tbc.points[0].target == nil)
        #expect(tbc.points[0].direction == .improving && tbc.points[0].travel == "↑ +5 pp")
        #expect(tbc.issues.map(\.kind) == [.tbcTarget, .noAim])
        let blank = Rows.scorecardRow(Rows.row(unit: .percentage, polarity: .higher, [
            .baseline("2023-04", d("50")), FrameworkPoint(.target, "2023-10", .blank),
            .actual("2023-10", d("60")), .target("2024-03", d("80")), FrameworkPoint(.actual, "2024-03", .blank),
        ]), at: "2024-03")
        // 50 + 30 × 184/336 = 66.4: the actual 60 missed the trajectory but is better than the baseline.
        #expect(blank.points[0].expected == d("66") && blank.points[0].status == .missed && blank.points[0].rag == .amber)
        #expect(blank.issues.map(\.kind) == [.blankTarget, .blankActual])
        #expect(blank.issues.map(\.severity) == [.info, .info])
    }

    @Test("Hold and no-polarity rows: met or missed exactly, and no judgement without a polarity")
    func holdAndNone() {
        let hold = Rows.scorecardRow(Rows.row(unit: .percentage, polarity: .hold, [
            .baseline("2023-04", d("95")), .target("2023-10", d("95")), .actual("2023-10", d("95")),
            .target("2024-03", d("95")), .actual("2024-03", d("94")),
        ]), at: "2024-03")
        #expect(hold.points.map(\.status) == [.met, .missed])
        #expect(hold.points.map(\.rag) == [.green, .red])
        #expect(hold.points.map(\.direction) == [.unchanged, .worsening])
        #expect(hold.points.map(\.travel) == ["= 0 pp", "↓ -1 pp"])
        let none = Rows.scorecardRow(Rows.row(polarity: .none, [
            .baseline("2023-04", d("1008")), .target("2023-10", d("1012")), .actual("2023-10", d("1100")),
        ]), at: "2024-01")
        #expect(none.points[0].status == nil && none.points[0].rag == .grey && none.points[0].direction == nil)
        #expect(none.points[0].travel == "↑ +92 per 10,000")
        #expect(none.issues.isEmpty)
    }

    @Test("Without a baseline, a missed target is amber and the first actual has no direction")
    func missingBaseline() {
        let row = Rows.scorecardRow(Rows.row(unit: .percentage, polarity: .higher, [
            FrameworkPoint(.baseline, "2023-04", .blank), .target("2023-10", d("58")), .actual("2023-10", d("51")),
        ]), at: "2024-01")
        #expect(row.baseline == nil)
        #expect(row.points[0].status == .missed && row.points[0].rag == .amber && row.points[0].direction == nil)
        #expect(row.points[0].change?.fromPrevious == nil && row.points[0].change?.fromTarget?.description == "-7 pp")
        #expect(row.issues.map(\.kind) == [.missingBaseline])
    }

    @Test("The significance rule rates computed actuals against the comparator and reports what it cannot rate")
    func significancePolicy() {
        let row = Rows.row(id: "OF4-12", unit: .percentage, polarity: .higher, computedID: "care_leavers.eet.age_17_18.percent",
                           [.baseline("2023-04", d("56")), .target("2023-10", d("58")), .actual("2023-10", d("51"))])
        let computed = ComputedActual(indicator: "care_leavers.eet.age_17_18.percent", date: "2023-10",
                                      rate: Percentage(25, of: 100))
        var settings = ScorecardSettings(ragPolicy: .significance(.oneLevel), comparatorValues: ["OF4-12": d("35")])
        let worse = Rows.scorecardRow(row, at: "2024-01", computed: [computed], settings: settings)
        #expect(worse.points[0].significance == .worse && worse.points[0].rag == .red)
        #expect(worse.points[0].status == .missed && worse.ragPolicy == .significance(.oneLevel))
        settings.comparatorValues["OF4-12"] = d("30")
        let similar = Rows.scorecardRow(row, at: "2024-01", computed: [computed], settings: settings)
        #expect(similar.points[0].rag == .amber && similar.issues.map(\.kind) == [.disagreesWithComputed])
        let typedOnly = Rows.scorecardRow(row, at: "2024-01", settings: settings)
        #expect(typedOnly.points[0].rag == .grey && typedOnly.issues.map(\.kind) == [.noSignificance])
        settings.comparatorValues = [:]
        let noComparator = Rows.scorecardRow(row, at: "2024-01", computed: [computed], settings: settings)
        #expect(noComparator.points[0].rag == .grey && noComparator.issues.last?.kind == .noSignificance)
        let overridden = Rows.scorecardRow(row, at: "2024-01", settings: ScorecardSettings(ragPolicies: ["OF4-12": .tolerance(.units(d("10")))]))
        #expect(overridden.points[0].rag == .amber && overridden.ragPolicy == .tolerance(.units(d("10"))))
    }

    @Test("A scorecard keeps framework order, counts ratings, and every enum it shows has a snake-case name")
    func wholeScorecard() {
        let framework = Rows.framework(referrals, Rows.row(id: "R2", polarity: .none, []))
        let scorecard = Scorecard(framework: framework, at: "2024-01")
        #expect(scorecard.rows.map(\.id) == ["OF1-03", "R2"] && scorecard.at == "2024-01" && scorecard.version == "1")
        #expect(scorecard.ragCounts == [.green: 1, .grey: 1])
        #expect(scorecard.rows[1].issues.map(\.kind) == [.noValues])
        #expect(TargetStatus.allCases.map(\.rawValue) == ["better", "met", "missed"])
        #expect(RAGRating.allCases.map(\.rawValue) == ["green", "amber", "red", "grey"])
        #expect(DirectionOfTravel.allCases.map(\.rawValue) == ["improving", "unchanged", "worsening"])
        #expect(FrameworkComparator.statisticalNeighbours.rawValue == "statistical_neighbours")
    }
}
