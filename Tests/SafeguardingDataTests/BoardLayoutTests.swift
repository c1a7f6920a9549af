import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

/// Issue 17: cards that read at a glance. The charts' axis labels never overlap or leave the
/// chart, with crowded and long dates; ticks are round numbers.
@Suite("Board report layout")
struct BoardLayoutTests {
    /// A framework with a target and an actual at the end of every month for 32 months (dates
    /// written in full, `2023-10-31`): far more dates than a chart has room to label.
    static func crowdedFramework() throws -> OutcomesFramework {
        let days = (0..<32).map { offset -> String in
            // The first of the next month, less a day.
            let month = (5 + offset) % 12 + 1, year = 2022 + (5 + offset) / 12
            return "\(Day(dayNumber: Day(year: year, month: month, day: 1)!.dayNumber - 1))"
        }
        var header = "id,outcome,indicator,unit,polarity,computed_id,baseline 2022-04-30"
        var cla = "L1,Looked after,Children looked after per 10000,per 10000,lower,cla.rate,190"
        var visits = "L2,Health,Health checks on time,%,higher,,71.5"
        for (index, day) in days.enumerated() {
            header += ",target \(day),actual \(day)"
            cla += ",\(190 - index),\(185 + (index * 7) % 13)"
            visits += ",\(72 + Double(index) / 4),\(70 + Double((index * 5) % 11) / 2)"
        }
        return try FrameworkCSV.read(text: [header, cla, visits].joined(separator: "\n") + "\n", name: "Crowded").framework
    }

    static func report() throws -> BoardReport {
        let framework = try crowdedFramework()
        let comparer = try ReferenceData.comparer()
        let returns = ReportsTests.returns
        let area = try returns.areas(["E06000009"])[0]
        let report = BoardReport(framework: framework, at: "2024-12-31", authority: comparer.directory["E06000009"],
                                 year: 2025, comparer: comparer)
        return try report.addingSeries(from: returns, area: area).addingHistory(try ReferenceData.historyComparer())
    }

    /// A text element of a chart: where it is drawn and what it says.
    struct Label {
        var x: Double, y: Double, anchor: String, text: String, kind: String
        /// Its box, estimated at 0.55 em a character of the 10.5 px type (narrower than the
        /// chart's own estimate, so that the check does not just repeat it).
        var box: (left: Double, right: Double, top: Double, bottom: Double) {
            let width = Double(text.count) * 10.5 * 0.55
            let left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
            return (left, left + width, y - 9, y + 2)
        }
    }

    /// Each chart's width and its axis labels (class `tick`) and legend entries.
    static func charts(in html: String) throws -> [(width: Double, labels: [Label])] {
        let svg = try NSRegularExpression(pattern: "<svg class=\"chart[^\"]*\" viewBox=\"0 0 ([0-9.]+) [0-9.]+\".*?</svg>",
                                          options: [.dotMatchesLineSeparators])
        let text = try NSRegularExpression(pattern: "<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" class=\"(tick|legend)\""
                                           + "(?: text-anchor=\"(\\w+)\")?>([^<]*)</text>")
        let page = html as NSString
        return svg.matches(in: html, range: NSRange(location: 0, length: page.length)).map { chart in
            let body = page.substring(with: chart.range) as NSString
            let labels = text.matches(in: body as String, range: NSRange(location: 0, length: body.length)).map { match in
                func group(_ index: Int) -> String {
                    match.range(at: index).location == NSNotFound ? "" : body.substring(with: match.range(at: index))
                }
                return Label(x: Double(group(1))!, y: Double(group(2))!, anchor: group(4).isEmpty ? "start" : group(4),
                             text: group(5), kind: group(3))
            }
            return (Double(page.substring(with: chart.range(at: 1)))!, labels)
        }
    }

    @Test("With 32 monthly dates written in full, no two axis labels of any chart overlap and none leaves its chart")
    func labelsNeverOverlap() throws {
        let html = try Self.report().html()
        let charts = try Self.charts(in: html)
        // Per row: trajectory and trend charts (L1 also its comparison chart).
        #expect(charts.count >= 4)
        var dateLabels = 0
        for (width, labels) in charts {
            for label in labels {
                #expect(label.box.left >= 0 && label.box.right <= width, "\(label.text) leaves a chart \(width) wide")
            }
            for (index, a) in labels.enumerated() {
                for b in labels[(index + 1)...] {
                    let overlap = a.box.left < b.box.right && b.box.left < a.box.right
                        && a.box.top < b.box.bottom && b.box.top < a.box.bottom
                    #expect(!overlap, "'\(a.text)' at \(a.x),\(a.y) overlaps '\(b.text)' at \(b.x),\(b.y)")
                }
            }
            dateLabels += labels.filter { $0.text.hasPrefix("20") && $0.text.count == 10 }.count
        }
        // Some dates are labelled, but far fewer than the 33 a trajectory has.
        #expect(dateLabels >= 4)
        #expect(html.contains(">at 2024-12-31</text>"))
    }

    @Test("Value axes have round ticks at a step of 1, 2, 2.5 or 5 times a power of ten, all to the same places")
    func roundTicks() throws {
        for (low, high) in [(754.0, 974.0), (0.3, 0.55), (61.2, 79.9), (0.0, 1007.5), (-3.0, 4.0), (12.0, 12.0)] {
            let ticks = SVGCharts.niceTicks(low: low, high: high)
            #expect(ticks.values.first! <= low && ticks.values.last! >= high, "\(low)...\(high): \(ticks.values)")
            #expect((3...7).contains(ticks.values.count), "\(low)...\(high): \(ticks.values)")
            let step = ticks.values[1] - ticks.values[0]
            let mantissa = step / pow(10, floor(log10(step)))
            #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "\(low)...\(high): step \(step)")
            let labels = ticks.values.map { SVGCharts.tickLabel($0, decimals: ticks.decimals) }
            #expect(Set(labels.map { $0.split(separator: ".").last!.count * ($0.contains(".") ? 1 : 0) }).count == 1)
            #expect(Set(labels).count == labels.count, "\(labels)")
        }
        #expect(SVGCharts.niceTicks(low: 754, high: 974).values == [700, 800, 900, 1000])
    }

    @Test("A row's values are shown at the row's precision everywhere in the HTML: 16 of a one-place row is 16.0")
    func rowDecimals() throws {
        let csv = """
            id,outcome,indicator,unit,polarity,baseline 2023-04,target 2024-03,actual 2023-10,actual 2024-01
            P1,Care,Health checks on time,%,higher,16,17.5,16.25,18

            """
        let framework = try FrameworkCSV.read(text: csv, name: "Decimals").framework
        #expect(framework.indicators[0].decimals == 2)
        let html = BoardReport(framework: framework, at: "2024-01", authority: nil, year: nil, comparer: nil).html()
        for written in ["16.00", "17.50", "16.25", "18.00"] { #expect(html.contains(">\(written)"), "\(written)") }
        for bare in ["<td>16<", "<td>17.5<", "<td>18<", ">16 <small", ">17.5 <small", ">18 <small", ": 16<", ": 18<"] { #expect(!html.contains(bare), "\(bare)") }
    }
}
