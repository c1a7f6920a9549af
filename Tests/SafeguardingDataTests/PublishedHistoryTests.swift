import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

/// Issue 17: the published history (LAIT 2016-2025) in each linked indicator's card, drawn apart
/// from the series computed from the returns.
@Suite("Published history in the board report")
struct PublishedHistoryTests {
    static let history: NeighbourComparer = try! ReferenceData.historyComparer()

    @Test("The bundled history holds LAIT's values for Blackpool, its neighbours and England, 2016 to 2025")
    func blackpoolHistory() throws {
        let trend = try #require(PublishedTrend(comparer: Self.history, authority: "E06000009", indicator: "cla.rate"))
        #expect(trend.measure == "LAC")
        #expect(trend.points.map(\.year) == Array(2016...2025))
        #expect(trend.points.map { $0.authority.map { "\($0)" } ?? "-" }
                == ["163", "183", "185", "200", "228", "215", "219", "190", "182", "184"])
        #expect(trend.points.first?.england == FixedDecimal(60))
        // The neighbours' mean of their published values, at one place (INDICATORS.md §6).
        let neighbours = Self.history.neighbours.neighbours(of: "E06000009").map(\.code)
        let values = neighbours.compactMap {
            Self.history.table.value(for: .localAuthority($0), indicator: "cla.rate", year: 2016)?.published.number
        }
        let mean = values.map(\.doubleValue).reduce(0, +) / Double(values.count)
        #expect(trend.points.first?.neighbours == FixedDecimal(mean, decimals: 1))
        #expect(trend.points.first?.neighboursWithValue == values.count)
    }

    @Test("The bundled history carries every LAIT measure the standard catalogue computes (Scripts/extract-lait-history.sh rewrites it)")
    func everyMeasure() throws {
        let table = try CSVTable(path: ReferenceData.path(of: .laitHistory))
        let column = try #require(table.columnIndex("measure_short"))
        let bundled = Set(table.rows.map { $0[column] })
        let catalogue = Set(IndicatorCatalogue.standard.indicators.compactMap(\.laitMeasure))
        #expect(catalogue.subtracting(bundled).sorted() == [])
        // Nothing is carried that no indicator draws.
        #expect(bundled.subtracting(catalogue).sorted() == [])
    }

    @Test("Published values are held at the indicator's precision, whatever binary fraction the file has")
    func precision() throws {
        let trend = try #require(PublishedTrend(comparer: Self.history, authority: "890", indicator: "referrals.rate"))
        let values = trend.points.compactMap(\.authority)
        #expect(values.count == 10)
        #expect(values.allSatisfy { $0.decimals == 1 })
        let rereferrals = try #require(PublishedTrend(comparer: Self.history, authority: "890",
                                                      indicator: "referrals.repeat_within_12_months.percent"))
        #expect(rereferrals.points.first { $0.year == 2020 }?.authority.map { "\($0)" } == "29.0")
        #expect(values.contains(FixedDecimal(1235.1, decimals: 1)!))
    }

    @Test("An indicator with no LAIT measure has no published trend, and pooled becomes the mean of published values")
    func noMeasure() throws {
        let without = try #require(IndicatorCatalogue.standard.indicators.first { $0.laitMeasure == nil })
        #expect(PublishedTrend(comparer: Self.history, authority: "E06000009", indicator: without.id) == nil)
        let pooled = try #require(PublishedTrend(comparer: Self.history, authority: "E06000009", indicator: "cla.rate",
                                                 statistic: .pooled))
        #expect(pooled.statistic == .mean)
    }

    @Test("Each linked card draws the computed quarterly series and the published history as separate lines, with a legend saying which is which")
    func cardsDrawBoth() throws {
        let report = try BoardSummaryTests.report(series: true).addingHistory(Self.history)
        let html = report.html()
        var both = 0
        for entry in report.rows where entry.history != nil {
            let id = entry.row.id.rawValue
            let start = try #require(html.range(of: "aria-labelledby=\"tr-\(id)\""), "\(id) has no trend chart")
            let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
            let chart = html[start.lowerBound..<end.lowerBound]
            #expect(chart.contains("Published (LAIT): Blackpool") && chart.contains("Published: England")
                    && chart.contains("statistical neighbours' mean"), "\(id)")
            // No polyline mixes the computed and the published lines.
            let lines = chart.components(separatedBy: "<polyline class=\"trend-line ").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(lines.allSatisfy { ["computed", "published-authority", "published-neighbours", "published-england"].contains(String($0)) })
            if entry.series?.whole.isEmpty == false {
                #expect(chart.contains("Computed from the returns at each quarter end"), "\(id)")
                #expect(lines.contains("computed") && lines.contains("published-authority"), "\(id)")
                both += 1
            }
        }
        #expect(both >= 10, "\(both) cards draw both")
        // The published figure beside a computed actual always says it is published.
        #expect(!html.contains("<tr class=\"self\"><th scope=\"row\">Blackpool</th>"))
        #expect(html.contains("<tr class=\"self\"><th scope=\"row\">Blackpool (published)</th>"))
    }
}
