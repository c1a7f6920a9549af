import Testing
import SafeguardingData

/// The Blackpool framework's row OF3-05 (children supported via pre-proceedings) and the
/// generator's pre-proceedings blocks of the 2025-26 CIN census.
@Suite("Pre-proceedings in the Blackpool framework and the generated returns")
struct PreProceedingsFrameworkTests {
    static func returns(years: ClosedRange<Int>) throws -> ReturnSet {
        let blackpool = try #require(try SyntheticAuthority.bundled().first { $0.code == Demonstration.authority })
        let generated = SyntheticCohort(authorities: [blackpool], years: years, seed: Demonstration.seed).generate()
        return try ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: generated.population,
                             postcodes: generated.postcodes)
    }

    @Test("OF3-05 links to preproceedings.rate and is computed, as a count of children, when 2025-26 returns are given")
    func computedFrom2026() throws {
        let framework = try Demonstration.framework().framework
        #expect(framework["OF3-05"]?.linkedIndicator == "preproceedings.rate")
        let returns = try Self.returns(years: 2024...2026)
        let actuals = FrameworkActuals(framework: framework, at: "2024-01", extra: [.collectionYear(2026)], returns: returns,
                                       area: 0)
        let counted = try #require(actuals.actuals.first { $0.indicator == "preproceedings.rate" && $0.date == .day(Day(year: 2026, month: 3, day: 31)!) })
        #expect(counted.unit == .count && !counted.isNotCovered)
        // The same count as the indicator's numerator over the same returns.
        var request = try returns.request(period: .collectionYear(2026))
        request.indicators = ["preproceedings.rate"]
        let result = try #require(try IndicatorComputation(request).compute().areas[0].result(for: "preproceedings.rate"))
        #expect(result.state == .ok && result.numerator > 0)
        #expect(counted.value == Rational(Int(result.numerator)))
    }

    @Test("Before 2025-26 the row's actuals are not covered, with a note, and the typed-in actual stands")
    func typedBefore2026() throws {
        let framework = try Demonstration.framework().framework
        let returns = try Self.returns(years: 2022...2024)
        let actuals = FrameworkActuals(framework: framework, at: "2024-01", returns: returns, area: 0)
        let rows = actuals.actuals.filter { $0.indicator == "preproceedings.rate" }
        #expect(!rows.isEmpty && rows.allSatisfy(\.isNotCovered))
        #expect(actuals.notes.contains { $0.hasPrefix("preproceedings.rate at 2023-10: no data") })
    }

    @Test("The generator writes pre-proceedings blocks, referral sources and plan reviews into 2025-26 censuses only where due")
    func generatedBlocks() throws {
        let blackpool = try #require(try SyntheticAuthority.bundled().first { $0.code == Demonstration.authority })
        let generated = SyntheticCohort(authorities: [blackpool], years: 2025...2026, seed: 5).generate()
        let texts = generated.cin.map { (name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self)) }
        let census2025 = try #require(texts.first { $0.name.hasSuffix("_2025.xml") }).text
        let census2026 = try #require(texts.first { $0.name.hasSuffix("_2026.xml") }).text
        #expect(!census2025.contains("PreProceedingsandFGDM"))
        #expect(census2026.components(separatedBy: "<PreProceedingsandFGDM>").count > 10)
        #expect(census2025.contains("<CPPreviewDate>") && census2025.contains("<ReferralSource>6</ReferralSource>"))
        // Every referral source is a code of the list.
        let returns = try ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: generated.population,
                                    postcodes: generated.postcodes)
        #expect(returns.files.allSatisfy { $0.rowsRejected == 0 })
        #expect(returns.cohort.referrals.source.allSatisfy { $0 != CodeList.blank && $0 != CodeList.invalid })
    }
}
