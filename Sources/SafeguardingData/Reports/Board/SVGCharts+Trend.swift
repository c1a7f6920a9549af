import Foundation
import SafeguardingMetrics

extension SVGCharts {
    /// One line of a trend chart: its points, its style (a CSS class), its marker and its legend.
    struct TrendLine {
        /// The points, in order of day; `nil` where there is no value (the line breaks there).
        var points: [(day: Day, value: Double?)]
        /// The CSS class of the line and its markers.
        var style: String
        /// The marker drawn at each value.
        var marker: Marker
        /// The legend's words for the line.
        var legend: String
    }

    /// The marker of a trend line's points.
    enum Marker { case circle, square, diamond, none }

    /// The trend of one indicator over time: the series computed from the returns at each quarter
    /// end, and the published history of the authority, its neighbours' statistic and England, each
    /// a line of its own (never one line across computed and published values), with a legend that
    /// says which line is computed and which published.
    ///
    /// - Parameters:
    ///   - lines: the lines; empty ones are left out.
    ///   - id: a unique id for the chart's title.
    ///   - title: what the chart shows.
    ///   - percentage: whether the values are percentages (the axis stays within 0 to 100).
    ///   - decimals: the places the values are shown to in tooltips (the indicator's precision).
    /// - Returns: the SVG, or `nil` when no line has a value.
    static func trend(_ lines: [TrendLine], id: String, title: String, percentage: Bool, decimals: Int) -> String? {
        let lines = lines.filter { $0.points.contains { $0.value != nil } }
        let values = lines.flatMap { $0.points.compactMap(\.value) }
        let days = lines.flatMap { $0.points.map(\.day.dayNumber) }
        guard let lowValue = values.min(), let highValue = values.max(), let firstDay = days.min(), let lastDay = days.max()
        else { return nil }
        let width = 380.0, left = 52.0, right = 14.0, top = 12.0, plotBottom = 170.0, legendRow = 14.0
        let height = plotBottom + 30 + legendRow * Double(lines.count) + 4
        var low = lowValue, high = highValue
        let pad = max((high - low) * 0.1, abs(high) * 0.05, 0.5)
        low -= pad; high += pad
        if percentage { low = max(low, 0); high = min(high, 100) }
        if low > 0 && low < (high - low) { low = 0 }
        let ticks = niceTicks(low: low, high: high)
        low = ticks.values.first!; high = ticks.values.last!
        let start = Double(firstDay) - 30, end = Double(max(lastDay, firstDay + 1)) + 30
        func x(_ day: Day) -> Double { left + (Double(day.dayNumber) - start) / (end - start) * (width - left - right) }
        func y(_ value: Double) -> Double { top + (high - value) / (high - low) * (plotBottom - top) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = """
            <svg class="chart trend" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" \
            height="\(Int(height))" role="img" aria-labelledby="tr-\(id)" xmlns="http://www.w3.org/2000/svg">
            <title id="tr-\(id)">\(escape(title))</title><desc>\(escape(lines.map(\.legend).joined(separator: "; "))); \
            the table beside the chart has the values.</desc>
            <line x1="\(f(left))" y1="\(f(plotBottom))" x2="\(f(width - right))" y2="\(f(plotBottom))" class="axis"/>
            <line x1="\(f(left))" y1="\(f(top))" x2="\(f(left))" y2="\(f(plotBottom))" class="axis"/>

            """
        for tick in ticks.values {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(tick)))\" class=\"grid\"/>"
                + "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" class=\"tick\" text-anchor=\"end\">"
                + "\(tickLabel(tick, decimals: ticks.decimals))</text>\n"
        }
        // Year labels at 31 March of each year the chart spans, as many as fit without overlapping.
        let firstYear = Day(dayNumber: firstDay).year, lastYear = Day(dayNumber: lastDay).year + 1
        let years = (firstYear...lastYear).compactMap { year -> (x: Double, text: String)? in
            guard let day = Day(year: year, month: 3, day: 31), Double(day.dayNumber) >= start,
                  Double(day.dayNumber) <= end else { return nil }
            return (x(day), "\(year)")
        }
        for label in placeLabels(years, within: 0...width) {
            svg += "<text x=\"\(f(label.x))\" y=\"\(f(plotBottom + 17))\" class=\"tick\" text-anchor=\"middle\">"
                + "\(label.text)</text>\n"
        }
        svg += "<text x=\"\(f(width - right))\" y=\"\(f(plotBottom + 30))\" class=\"tick\" text-anchor=\"end\">"
            + "years ending 31 March</text>\n"
        for line in lines {
            var run: [String] = []
            func flush() {
                if run.count > 1 { svg += "<polyline class=\"trend-line \(line.style)\" points=\"\(run.joined(separator: " "))\"/>\n" }
                run = []
            }
            for point in line.points {
                guard let value = point.value else { flush(); continue }
                run.append("\(f(x(point.day))),\(f(y(value)))")
            }
            flush()
            for point in line.points {
                guard let value = point.value else { continue }
                svg += marker(line.marker, style: line.style, x: x(point.day), y: y(value),
                              title: "\(line.legend), \(point.day): \(String(format: "%.\(min(max(decimals, 0), 6))f", value))")
            }
        }
        // The legend: which line is computed and which published.
        for (index, line) in lines.enumerated() {
            let rowY = plotBottom + 30 + legendRow * Double(index + 1)
            svg += "<line x1=\"8\" y1=\"\(f(rowY - 4))\" x2=\"30\" y2=\"\(f(rowY - 4))\" class=\"trend-line \(line.style)\"/>"
                + marker(line.marker, style: line.style, x: 19, y: rowY - 4, title: nil)
                + "<text x=\"36\" y=\"\(f(rowY))\" class=\"legend\">\(escape(line.legend))</text>\n"
        }
        return svg + "</svg>"
    }

    /// A point's marker, with an optional tooltip.
    private static func marker(_ marker: Marker, style: String, x: Double, y: Double, title: String?) -> String {
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        let tip = title.map { "<title>\(escape($0))</title>" } ?? ""
        switch marker {
        case .circle: return "<circle class=\"mark \(style)\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3\">\(tip)</circle>"
        case .square: return "<rect class=\"mark \(style)\" x=\"\(f(x - 3))\" y=\"\(f(y - 3))\" width=\"6\" height=\"6\">\(tip)</rect>"
        case .diamond:
            return "<path class=\"mark \(style)\" d=\"M\(f(x)) \(f(y - 4)) L\(f(x + 4)) \(f(y)) L\(f(x)) \(f(y + 4)) "
                + "L\(f(x - 4)) \(f(y)) Z\">\(tip)</path>"
        case .none: return tip.isEmpty ? "" : "<g>\(tip)</g>"
        }
    }
}
