import Testing
import SafeguardingMetrics

@Suite("Framework plausibility: values that read but look like another scale")
struct FrameworkPlausibilityTests {
    let d = Rows.d

    func findings(_ unit: MeasureUnit, _ values: [String], decimals: Int = 0) -> [FrameworkFinding] {
        let dates: [FrameworkDate] = ["2023-04", "2023-10", "2024-03", "2024-10"]
        let points = zip(dates, values).enumerated().map { index, pair in
            index == 0 ? FrameworkPoint.baseline(pair.0, d(pair.1)) : FrameworkPoint(.actual, pair.0, .value(d(pair.1)))
        }
        return Rows.row(unit: unit, decimals: decimals, points).plausibilityFindings()
    }

    @Test("A percentage written as a fraction is flagged at its point, with the value to write")
    func fraction() {
        let found = findings(.percentage, ["21", "20", "0.21"])
        #expect(found.map(\.kind) == [.looksLikeFraction])
        #expect(found.first?.field == .point(2) && found.first?.severity == .warning)
        #expect(found.first?.message == "actual 2024-03: 0.21 looks like a fraction: if it means 21%, write 21 "
            + "(a percentage row's values are per 100)")
        #expect(findings(.percentage, ["0.21", "0.2"]).count == 2)
        #expect(findings(.percentage, ["2.5", "1.5", "0.8"]).isEmpty)
    }

    @Test("A rate about 10 times, or 100 times smaller than, the row's others looks like another scale")
    func otherScales() {
        let per100k = findings(.ratePer10k, ["833", "825", "8250"])
        #expect(per100k.map(\.kind) == [.looksLikeOtherScale] && per100k.first?.field == .point(2))
        #expect(per100k.first?.message.contains("it looks written per 100,000, not per 10,000") == true)
        let per100 = findings(.ratePer10k, ["833", "825", "8.3"], decimals: 1)
        #expect(per100.map(\.kind) == [.looksLikeOtherScale])
        #expect(per100.first?.message.contains("it looks written per 100 (a percentage), not per 10,000") == true)
        #expect(findings(.ratePer10k, ["12000"]).map(\.kind) == [.looksLikeOtherScale])
        #expect(findings(.ratePer10k, ["833", "700", "1008"]).isEmpty)
    }

    @Test("A count with decimals is flagged; whole counts are not")
    func counts() {
        #expect(findings(.count, ["40", "41.5"], decimals: 1).map(\.kind) == [.countWithDecimals])
        #expect(findings(.count, ["40", "41.0", "3"], decimals: 1).isEmpty)
    }

    @Test("Validation reports the plausibility findings with the others")
    func inValidation() {
        let row = Rows.row(unit: .percentage, [.baseline("2023-04", d("21")), FrameworkPoint(.actual, "2023-10", .value(d("0.21")))])
        #expect(OutcomesFramework(name: "T", version: "1", indicators: [row]).validate().map(\.kind) == [.looksLikeFraction])
    }
}
