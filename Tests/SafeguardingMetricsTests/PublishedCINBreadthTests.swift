import Testing
import SafeguardingMetrics

/// Recomputes the DfE's published authority figures behind the measures of issue 20 from their
/// published numerators and denominators (the fixture is written by
/// Scripts/extract-cin-breadth-fixtures.py from the project's shared reference data; Open
/// Government Licence v3.0).
///
/// Of the children-in-need and child-protection measures the catalogue adds, the DfE publishes an
/// authority's numerator and denominator for one: the referrals whose child was assessed not to
/// be in need (c1: `not_in_need_count` over `referral_count`). LAIT's referral sources come from a
/// special request, and its other new measures are published as counts or percentages alone.
@Suite("Published figures of referrals assessed not in need")
struct PublishedCINBreadthTests {
    @Test("Every published 2024 and 2025 authority percentage of referrals assessed not in need recomputes from its counts, to 1 decimal place half up")
    func notInNeed() throws {
        var checked = 0, suppressed = 0
        for row in try Fixture.csvRows("c1_referrals_not_in_need_2024_2025.csv") {
            guard let numerator = Int64(row["not_in_need_count"] ?? ""), let denominator = Int64(row["referral_count"] ?? ""),
                  denominator > 0 else { suppressed += 1; continue }
            let cell = try #require(row["not_in_need_percent"])
            let published = try #require(PublishedValue(cell)?.number, "\(row): '\(cell)' although the counts are published")
            let computed = Percentage(numerator, of: denominator).rounded(toDecimals: 1)
            #expect(computed == published, "\(row): \(numerator)/\(denominator) gives \(String(describing: computed))")
            checked += 1
        }
        #expect(checked == 303 && suppressed == 3)
        let indicator = try #require(IndicatorCatalogue.standard["referrals.assessed_not_in_need.percent"])
        #expect(indicator.unit == .percentage && indicator.decimals == 1)
        #expect(indicator.laitMeasure == "Referrals_AssessedNotNeed")
    }
}
