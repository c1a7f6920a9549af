import Testing
import SafeguardingMetrics

@Suite("Status against target and direction of travel")
struct StatusAndDirectionTests {
    let d = Rows.d

    func status(_ actual: String, _ target: String, _ polarity: Polarity, decimals: Int = 0) -> TargetStatus? {
        TargetStatus.assess(actual: d(actual), against: d(target), polarity: polarity, decimals: decimals)
    }

    @Test("Higher is better: above the target is better, equal is met, below is missed")
    func higher() {
        #expect(status("61", "60", .higher) == .better)
        #expect(status("60", "60", .higher) == .met)
        #expect(status("59", "60", .higher) == .missed)
    }

    @Test("Lower is better: below the target is better, equal is met, above is missed")
    func lower() {
        #expect(status("798", "825", .lower) == .better)
        #expect(status("825", "825", .lower) == .met)
        #expect(status("826", "825", .lower) == .missed)
    }

    @Test("Hold: only the target itself is met; any difference either way is missed")
    func hold() {
        #expect(status("95", "95", .hold) == .met)
        #expect(status("96", "95", .hold) == .missed)
        #expect(status("94", "95", .hold) == .missed)
        #expect(status("95.4", "95", .hold) == .met)   // equal at display precision
    }

    @Test("No polarity: no status")
    func none() {
        #expect(status("1008", "1012", .none) == nil)
        #expect(status("1012", "1012", .none) == nil)
    }

    @Test("Values are compared at display precision, rounding half up")
    func tiesAtDisplayPrecision() {
        #expect(status("20.4", "20", .lower) == .met)
        #expect(status("20.4", "20", .higher) == .met)
        #expect(status("20.5", "20", .lower) == .missed)    // 20.5 shows as 21
        #expect(status("20.5", "20", .higher) == .better)
        #expect(status("19.5", "20", .higher) == .met)      // 19.5 shows as 20
        #expect(status("19.49", "20", .higher) == .missed)
        #expect(status("16.25", "16.3", .higher, decimals: 1) == .met)
        #expect(status("16.24", "16.3", .higher, decimals: 1) == .missed)
        #expect(status("16.25", "16.25", .lower, decimals: 2) == .met)
        // The target is rounded too: a target of 14.5% at whole numbers is 15%.
        #expect(status("15", "14.5", .lower) == .met)
    }

    @Test("Direction: by polarity, at display precision, with the movement shown whatever the polarity")
    func direction() {
        func direction(_ now: String, _ before: String, _ polarity: Polarity, aim: String? = nil) -> DirectionOfTravel? {
            DirectionOfTravel.assess(current: d(now), previous: d(before), polarity: polarity, decimals: 0,
                                     aim: aim.map(d))
        }
        #expect(direction("59", "58", .higher) == .improving)
        #expect(direction("51", "56", .higher) == .worsening)
        #expect(direction("56.4", "56", .higher) == .unchanged)
        #expect(direction("798", "833", .lower) == .improving)
        #expect(direction("43", "39", .lower) == .worsening)
        #expect(direction("20", "20", .lower) == .unchanged)
        #expect(direction("1008", "900", .none) == nil)
        #expect(direction("94", "92", .hold, aim: "95") == .improving)
        #expect(direction("97", "96", .hold, aim: "95") == .worsening)
        #expect(direction("96", "94", .hold, aim: "95") == .unchanged)   // the same distance from 95
        #expect(direction("95", "95", .hold) == .unchanged)
        #expect(direction("96", "95", .hold) == nil)                      // moved, but no aim to judge by
        #expect(Movement(from: d("833"), to: d("798")) == .down)
        #expect(Movement(from: d("39"), to: d("43")).symbol == "↑")
        #expect(Movement(from: d("95"), to: d("95.0")).symbol == "=")
        #expect(Movement(from: d("1"), to: d("2")).symbol == "↑" && Movement.down.symbol == "↓")
    }

    @Test("Change figures label percentage points apart from per cent")
    func changeFigures() {
        let percent = ChangeFigures(actual: d("43"), previous: d("39"), target: d("35"), unit: .percentage, decimals: 0)
        #expect(percent.fromPrevious == LabelledChange(value: d("4"), unit: .percentagePoints))
        #expect(percent.fromPrevious?.description == "+4 pp")
        #expect(percent.relativeToPrevious?.description == "+10.3%")   // 4/39 = 10.256…%
        #expect(percent.fromTarget?.description == "+8 pp")
        #expect(percent.relativeToTarget == LabelledChange(value: d("22.9"), unit: .percent))
        let rate = ChangeFigures(actual: d("798"), previous: d("833"), target: d("825"), unit: .ratePer10k, decimals: 0)
        #expect(rate.fromPrevious?.description == "-35 per 10,000")
        #expect(rate.relativeToPrevious?.description == "-4.2%")
        #expect(rate.fromTarget?.description == "-27 per 10,000")
        let count = ChangeFigures(actual: d("33"), previous: d("78"), target: nil, unit: .count, decimals: 0)
        #expect(count.fromPrevious?.description == "-45" && count.fromTarget == nil && count.relativeToTarget == nil)
        let fromZero = ChangeFigures(actual: d("3"), previous: d("0"), target: d("0"), unit: .days, decimals: 0)
        #expect(fromZero.fromPrevious?.description == "+3 days")
        #expect(fromZero.relativeToPrevious == nil && fromZero.relativeToTarget == nil)
        #expect(ChangeFigures(actual: d("95"), previous: d("95"), target: nil, unit: .percentage, decimals: 0)
            .fromPrevious?.description == "0 pp")
        #expect(ChangeUnit.absolute(for: .percentage) == .percentagePoints)
        #expect(ChangeUnit.absolute(for: .ratePer100k).symbol == "per 100,000")
        #expect(ChangeUnit.percentagePoints.rawValue == "percentage_points" && ChangeUnit.percent.rawValue == "percent")
    }
}
