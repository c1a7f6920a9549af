import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

/// The one-page summary of issue 17: first in the HTML, every row once, the value RAG was judged
/// on shown, computed trends as sparklines, printable on one A4 page.
@Suite("Board report summary")
struct BoardSummaryTests {
    static func report(series: Bool) throws -> BoardReport {
        let framework = try Demonstration.framework().framework
        let comparer = try ReferenceData.comparer()
        let returns = ReportsTests.returns
        let area = try returns.areas(["E06000009"])[0]
        let actuals = FrameworkActuals(framework: framework, at: "2024-01", returns: returns, area: area)
        let report = BoardReport(framework: framework, at: "2024-01", actuals: actuals,
                                 authority: comparer.directory["E06000009"], comparer: comparer)
        return series ? try report.addingSeries(from: returns, area: area) : report
    }

    /// The summary section of a page.
    static func summary(of html: String) throws -> Substring {
        let start = try #require(html.range(of: "<section class=\"onepage\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test("The summary comes first and has every framework row once, with the value its RAG was judged on")
    func summaryFirst() throws {
        let report = try Self.report(series: true)
        let html = report.html()
        let summary = try Self.summary(of: html)
        #expect(html.range(of: "<section class=\"onepage\"")!.lowerBound < html.range(of: "<main>")!.lowerBound)
        for entry in report.rows {
            let id = entry.row.id.rawValue
            #expect(summary.components(separatedBy: "<th scope=\"row\">\(id)</th>").count == 2, "\(id)")
            let point = BoardReport.current(of: entry.row, at: report.scorecard.at)
            if let point, let judged = BoardReport.judgedOn(point) {
                #expect(summary.contains("<th scope=\"row\">\(id)</th>") && summary.contains("\(BoardReport.shown(judged.value, entry.row)) <small>\(judged.word)</small>"))
                let aim = point.target ?? point.expected
                #expect(judged.value == aim)
            }
        }
        // OF4-06 has no target at its actual's date: it is judged on the trajectory's expected value.
        let row = try #require(report.rows.first { $0.row.id == "OF4-06" }).row
        let point = try #require(BoardReport.current(of: row, at: report.scorecard.at))
        #expect(point.target == nil && BoardReport.judgedOn(point)?.word == "expected")
    }

    @Test("Each linked row with two or more whole quarters has a computed sparkline, and none without returns")
    func sparklines() throws {
        let report = try Self.report(series: true)
        let summary = try Self.summary(of: report.html())
        let drawable = report.rows.filter { entry in BoardReport.sparkValues(of: entry).compactMap(\.value).count >= 2 }
        #expect(!drawable.isEmpty)
        #expect(summary.components(separatedBy: "<svg class=\"spark\"").count - 1 == drawable.count)
        #expect(report.rows.filter { $0.linked == nil }.allSatisfy { $0.series == nil })
        #expect(summary.contains("computed from the returns at"))
        let bare = try Self.summary(of: try Self.report(series: false).html())
        #expect(!bare.contains("<svg class=\"spark\""))
    }

    @Test("A sparkline breaks at a quarter with no value and is not drawn from fewer than two")
    func sparklineGaps() throws {
        let days = (1...5).map { Day(year: 2024, month: $0, day: 1)! }
        let svg = try #require(SVGCharts.sparkline([(days[0], 1), (days[1], 2), (days[2], nil), (days[3], 3), (days[4], 4)],
                                                   decimals: 0, label: "x"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.contains("4 at 2024-05-01"))
        #expect(SVGCharts.sparkline([(days[0], 1), (days[1], nil)], decimals: 0, label: "x") == nil)
    }

    @Test("The page prints on A4 (Letter by option) with no table row split, the summary alone on page one and each outcome from a new page")
    func printStyles() throws {
        let css = BoardReport.styleSheet
        #expect(css.contains("tr{page-break-inside:avoid;break-inside:avoid}"))
        #expect(css.contains("section.onepage{break-after:page"))
        let report = try Self.report(series: false)
        let a4 = report.html(), letter = report.html(paper: .letter)
        #expect(a4.contains("@page{size:A4;") && !a4.contains("size:letter"))
        #expect(letter.contains("@page{size:letter;") && !letter.contains("size:A4"))
        #expect(a4.contains("main>section+section{break-before:page"))
        #expect(a4.components(separatedBy: "<section>").count - 1 == report.outcomes.count)
    }

    @Test("The text report starts with a compact summary, one indented line per framework row")
    func textSummary() throws {
        let report = try Self.report(series: false)
        let lines = report.text().components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("SUMMARY") })
        let firstOutcome = try #require(lines.firstIndex { $0 == report.outcomes[0].title.uppercased() })
        #expect(start < firstOutcome)
        let summary = lines[(start + 2)..<(start + 2 + report.rows.count)]
        #expect(summary.map { String($0.dropFirst(2).prefix { $0 != " " }) } == report.rows.map(\.row.id.rawValue))
        #expect(summary.allSatisfy { $0.hasPrefix("  ") })
    }
}
