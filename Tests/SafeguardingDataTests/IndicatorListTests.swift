import Foundation
import Testing
import SafeguardingMetrics
@testable import SafeguardingData

@Suite("Indicator list")
struct IndicatorListTests {
    @Test("JSON lists every indicator with the contract's keys, in catalogue order, with null where LAIT has no measure")
    func json() throws {
        let catalogue = IndicatorCatalogue.standard
        let object = try #require(try JSONSerialization.jsonObject(with: Data(IndicatorList(catalogue).json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["indicators"])
        let entries = try #require(object["indicators"] as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == catalogue.indicators.map(\.id.rawValue))
        for (entry, indicator) in zip(entries, catalogue.indicators) {
            #expect(Set(["id", "title", "definition", "unit", "decimals", "polarity", "kind", "source", "lait_measure"])
                .isSubset(of: entry.keys))
            #expect(entry["title"] as? String == indicator.title)
            #expect(entry["definition"] as? String == indicator.definition.text)
            #expect(entry["unit"] as? String == indicator.unit.rawValue && entry["decimals"] as? Int == indicator.decimals)
            #expect(entry["polarity"] as? String == indicator.polarity.rawValue && entry["kind"] as? String == indicator.kind.rawValue)
            #expect(entry["source"] as? String == indicator.source.rawValue)
            if let lait = indicator.laitMeasure {
                #expect(entry["lait_measure"] as? String == lait)
            } else {
                #expect(entry["lait_measure"] is NSNull, "\(indicator.id)")
            }
            let requires = try #require(entry["requires"] as? [String: Any])
            #expect(requires["population"] as? Bool == indicator.requirements.population)
            #expect(entry["published_columns"] is NSNull == (indicator.publishedColumns == nil))
        }
        let distance = try #require(entries.first { $0["id"] as? String == "cla.placement.over_20_miles.percent" })
        #expect((distance["requires"] as? [String: Any])?["postcodes"] as? Bool == true)
        #expect((entries[1]["lookback"] as? String)?.hasPrefix("12 months before the period start") == true)
    }

    @Test("CSV has a header and a row per indicator, quoted where a field has a comma")
    func csv() throws {
        let catalogue = IndicatorCatalogue.standard
        let text = IndicatorList(catalogue).csv()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "id,title,definition,numerator,denominator,exclusions,unit,decimals,polarity,kind,source,lait_measure")
        #expect(lines.count == catalogue.indicators.count + 2 && lines.last == "")
        #expect(lines[1].hasPrefix("referrals.rate,\"Referrals per 10,000 children\",\"Referrals to children's social care"))
        #expect(lines[1].hasSuffix(",rate_per_10000,1,none,flow,cin_census,\"CPP_Total_Rateper10,000\""))
        #expect(lines[3].hasSuffix(",percentage,1,none,flow,cin_census,CIN_Refferals_NFA"))
    }

    @Test("Text gives each indicator a heading, its facts and its definition, wrapped at 100 columns")
    func text() {
        let catalogue = IndicatorCatalogue.standard
        let text = IndicatorList(catalogue).text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The indented lines break at spaces before 100 columns.
        #expect(lines.filter { $0.hasPrefix("  ") }.allSatisfy { $0.count <= 100 })
        #expect(lines.filter { $0.hasPrefix("  ") }.count > 4 * catalogue.indicators.count)
        #expect(lines[0] == "referrals.rate  Referrals per 10,000 children")
        #expect(lines[1] == "  rate per 10,000 · 1 decimal place · polarity none · flow, annualised over a part year · CIN census")
        #expect(lines[2] == "  LAIT CPP_Total_Rateper10,000")
        for indicator in catalogue.indicators {
            #expect(text.contains("\n\(indicator.id)  \(indicator.title)\n") || lines[0].hasPrefix(indicator.id.rawValue))
        }
        #expect(text.contains("\n  Left out: referrals that led to no further action.\n"))
    }
}
