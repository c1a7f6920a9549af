import Testing
import SafeguardingMetrics

@Suite("Framework dates and trajectories")
struct TrajectoryTests {
    let d = Rows.d

    @Test("A month stands for its last day, and prints as it was written")
    func monthConvention() throws {
        let october: FrameworkDate = "2023-10"
        #expect(october.effectiveDay == Day(year: 2023, month: 10, day: 31)!)
        #expect(FrameworkDate("2024-02").effectiveDay == Day(year: 2024, month: 2, day: 29)!)
        #expect(october.description == "2023-10")
        #expect(try FrameworkDate(parsing: "31/10/2023") == .day(Day(year: 2023, month: 10, day: 31)!))
        #expect(try FrameworkDate(parsing: " 2023-10-31 ").description == "2023-10-31")
        #expect(october.falls(on: "2023-10-31") && october != "2023-10-31")
        #expect(october < "2023-10-31" && FrameworkDate("2023-10-30") < october)
        #expect(throws: DateParseError.self) { try FrameworkDate(parsing: "2023-13") }
        #expect(throws: DateParseError.self) { try FrameworkDate(parsing: "October 2023") }
    }

    @Test("The §5 worked example: expected at 2024-01 is 825 + (810 − 825) × 92/152, exactly, shown as 816")
    func workedExample() {
        let path = Rows.workedExample.trajectory
        let october = Day(year: 2023, month: 10, day: 31)!
        #expect(october.distance(to: Day(year: 2024, month: 1, day: 31)!) == 92)
        #expect(october.distance(to: Day(year: 2024, month: 3, day: 31)!) == 152)
        let expected = path.expected(at: "2024-01")
        #expect(expected == Rational(825 * 152 + (810 - 825) * 92, 152))
        #expect(expected == Rational(31_005, 38))
        #expect(expected?.rounded(toDecimals: 0) == d("816"))
        #expect(expected?.rounded(toDecimals: 2) == d("815.92"))
        #expect(expected?.description == "31005/38")
    }

    @Test("Before the first target the trajectory is the baseline, between points it interpolates, after the last target it holds")
    func pieces() {
        let path = Rows.workedExample.trajectory
        #expect(path.expected(at: "2022-01") == Rational(d("833")))
        #expect(path.expected(at: "2023-04") == Rational(d("833")))
        // 30 April → 31 July is 92 days of the 184 to 31 October: 833 − 8 × 92/184 = 829.
        #expect(path.expected(at: "2023-07") == Rational(829, 1))
        #expect(path.expected(at: "2023-10") == Rational(d("825")))
        #expect(path.expected(at: "2024-03") == Rational(d("810")))
        #expect(path.expected(at: "2026-01-01") == Rational(d("810")))
        #expect(path.milestones.map(\.value) == [d("833"), d("825"), d("810")])
    }

    @Test("Interpolation counts days, not months: February is shorter")
    func byDays() {
        let path = Trajectory(baseline: TrajectoryMilestone(date: "2024-01", value: d("0")),
                              targets: [TrajectoryMilestone(date: "2024-03", value: d("100"))])
        // 31 January → 29 February is 29 days of the 60 to 31 March.
        #expect(path.expected(at: "2024-02") == Rational(2_900, 60))
        #expect(path.expected(at: "2024-02")?.rounded(toDecimals: 1) == d("48.3"))
        #expect(path.expected(at: "2024-02-15") == Rational(1_500, 60))
    }

    @Test("Without a baseline nothing is expected before the first target; with no milestones nothing at all")
    func missingBaseline() {
        let noBaseline = Rows.row([.target("2023-10", d("825")), .target("2024-03", d("810"))]).trajectory
        #expect(noBaseline.expected(at: "2023-09") == nil)
        #expect(noBaseline.expected(at: "2023-10") == Rational(825, 1))
        #expect(noBaseline.expected(at: "2024-01") == Rational(31_005, 38))
        #expect(Rows.row([FrameworkPoint(.baseline, "2023-04", .blank)]).trajectory.expected(at: "2024-01") == nil)
        let baselineOnly = Rows.row([.baseline("2023-04", d("56"))]).trajectory
        #expect(baselineOnly.expected(at: "2025-01") == Rational(56, 1))
    }

    @Test("Blank, TBC and unreadable targets are not milestones")
    func pendingTargets() {
        let row = Rows.row([.baseline("2023-04", d("833")), FrameworkPoint(.target, "2023-10", .toBeConfirmed),
                            FrameworkPoint(.target, "2023-12", .blank),
                            FrameworkPoint(.target, "2024-01", .unreadable("400/100000")),
                            .target("2024-03", d("810"))])
        #expect(row.trajectory.milestones.map(\.date) == ["2023-04", "2024-03"])
        #expect(row.trajectory.expected(at: "2023-10") != Rational(825, 1))
    }

    @Test("Decimals of different precision interpolate exactly")
    func mixedPrecision() {
        let path = Trajectory(baseline: TrajectoryMilestone(date: "2023-01-01", value: d("14.5")),
                              targets: [TrajectoryMilestone(date: "2023-01-11", value: d("13"))])
        #expect(path.expected(at: "2023-01-04") == Rational(1_405, 100))   // 14.5 − 1.5 × 3/10
    }

    @Test("Seeded random trajectories pass through every milestone and stay between neighbouring milestones")
    func randomTrajectories() {
        var random = SeededGenerator(seed: 0x5EED_F4A3)
        for _ in 0..<200 {
            var day = Day(year: 2023, month: 1, day: 1)!.adding(days: Int.random(in: 0..<400, using: &random))
            let baseline = TrajectoryMilestone(date: .day(day), value: FixedDecimal(units: Int64.random(in: 0...20_000, using: &random), decimals: 1))
            var targets: [TrajectoryMilestone] = []
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                day = day.adding(days: Int.random(in: 1...200, using: &random))
                targets.append(TrajectoryMilestone(date: .day(day), value: FixedDecimal(units: Int64.random(in: 0...20_000, using: &random), decimals: 1)))
            }
            let path = Trajectory(baseline: baseline, targets: targets.shuffled(using: &random))
            let milestones = [baseline] + targets
            for milestone in milestones {
                #expect(path.expected(at: milestone.date) == Rational(milestone.value))
            }
            for (from, to) in zip(milestones, milestones.dropFirst()) {
                let span = from.date.effectiveDay.distance(to: to.date.effectiveDay)
                let probe = from.date.effectiveDay.adding(days: Int.random(in: 0..<span, using: &random))
                let value = path.expected(on: probe)!
                let low = Rational(min(from.value, to.value)), high = Rational(max(from.value, to.value))
                #expect(low <= value && value <= high)
            }
        }
    }
}
