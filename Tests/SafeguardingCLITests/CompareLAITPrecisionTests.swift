import Foundation
import Testing
@testable import SafeguardingCLI

/// The neighbours' statistics at LAIT's precision (INDICATORS.md §6): one decimal place, with the
/// exact value kept in JSON. The expected figures were worked out by hand from
/// `la_csc_indicators_2024_2025.csv` (2025 rows) and Blackpool's ten 2025 statistical neighbours:
/// re-referrals 21.85 (mean of the published percentages, 21.9 half up), 22.2 (median),
/// 7,804 / 33,115 = 23.566… % (pooled); children looked after 124.5, 126.0 and
/// 5,945 / 478,331 × 10,000 = 124.286… per 10,000.
@Suite("compare at LAIT's precision")
struct CompareLAITPrecisionTests {
    @Test("Blackpool's 2025 re-referral and CLA-rate comparisons show each statistic to one decimal place",
          arguments: [
              ("referrals.repeat_within_12_months.percent", "mean", "21.9"),
              ("referrals.repeat_within_12_months.percent", "median", "22.2"),
              ("referrals.repeat_within_12_months.percent", "pooled", "23.6"),
              ("cla.rate", "mean", "124.5"),
              ("cla.rate", "median", "126.0"),
              ("cla.rate", "pooled", "124.3"),
          ])
    func oneDecimalPlace(indicator: String, statistic: String, shown: String) throws {
        let json = tool("compare", "--indicator", indicator, "--la", "E06000009", "--year", "2025",
                        "--statistic", statistic, "--format", "json")
        #expect(json.status == 0, "\(json.errors)")
        let document = try json.json()
        let value = try #require(document["neighbour_value"] as? NSNumber)
        #expect(abs(value.doubleValue - Double(shown)!) < 1e-9, "\(value)")
        #expect(json.output.contains("\"neighbour_value\" : \(shown)") || json.output.contains("\"neighbour_value\": \(shown)")
                || json.output.contains("\"neighbour_value\":\(shown)"), "the JSON text holds \(shown)")
        #expect(document["neighbour_value_exact"] is NSNumber)
        let text = tool("compare", "--indicator", indicator, "--la", "E06000009", "--year", "2025", "--statistic", statistic)
        let line = try #require(text.output.split(separator: "\n").first { $0.contains("Neighbours' \(statistic)") })
        #expect(line.hasSuffix(" " + shown), "\(line)")
    }

    @Test("The exact neighbours' value is kept in JSON beside the one shown")
    func exactValueKept() throws {
        let run = tool("compare", "--indicator", "referrals.repeat_within_12_months.percent", "--la", "E06000009",
                       "--year", "2025", "--statistic", "pooled", "--format", "json")
        let exact = try #require(try run.json()["neighbour_value_exact"] as? NSNumber)
        #expect(abs(exact.doubleValue - 7_804.0 * 100 / 33_115) < 1e-9)
    }
}
