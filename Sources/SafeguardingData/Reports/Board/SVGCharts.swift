import Foundation
import SafeguardingMetrics

/// The inline SVG charts of the HTML report. Each chart has a `<title>` and `<desc>` for screen
/// readers, and the report puts a table with the same numbers beside it; marks differ by shape
/// and line style, not colour alone.
enum SVGCharts {
    /// Escapes text for HTML and SVG.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A number for an SVG attribute.
    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The trajectory of one row: the expected path through the baseline and targets (dashed),
    /// targets (hollow diamonds), actuals (filled circles joined by a solid line), the baseline
    /// (square) and the scorecard date (dotted vertical line).
    static func trajectory(_ row: ScorecardRow, at date: FrameworkDate) -> String? {
        let width = 380.0, height = 210.0, left = 52.0, right = 30.0, top = 16.0, bottom = 40.0
        var path: [(FrameworkDate, Double)] = []
        if let baseline = row.baseline, let value = baseline.value { path.append((baseline.date, value.doubleValue)) }
        path += row.points.compactMap { point in point.target.map { (point.date, $0.doubleValue) } }
        let actuals = row.points.compactMap { point in point.actual.map { (point.date, $0.doubleValue) } }
        guard !path.isEmpty || !actuals.isEmpty else { return nil }
        let dates = (path + actuals).map { $0.0.effectiveDay.dayNumber } + [date.effectiveDay.dayNumber]
        let values = (path + actuals).map(\.1)
        let lowDay = Double(dates.min()!), highDay = Double(max(dates.max()!, dates.min()! + 1))
        var low = values.min()!, high = values.max()!
        let pad = max((high - low) * 0.15, abs(high) * 0.05, 0.5)
        low -= pad; high += pad
        if row.unit == .percentage { low = max(low, 0); high = min(high, 100) }
        if low > 0 && low < (high - low) { low = 0 }
        let ticks = niceTicks(low: low, high: high)
        low = ticks.values.first!; high = ticks.values.last!
        func x(_ date: FrameworkDate) -> Double {
            left + (Double(date.effectiveDay.dayNumber) - lowDay) / (highDay - lowDay) * (width - left - right)
        }
        func y(_ value: Double) -> Double { top + (high - value) / (high - low) * (height - top - bottom) }
        /// A value in a tooltip, at the row's precision.
        func shown(_ value: Double) -> String { String(format: "%.\(min(max(row.decimals, 0), 6))f", value) }

        let description = "Baseline, targets and actuals of \(row.id) by date; the table below the charts has the values."
        var svg = """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" \
            role="img" aria-labelledby="t-\(row.id)" xmlns="http://www.w3.org/2000/svg">
            <title id="t-\(row.id)">Trajectory of \(escape(row.title))</title><desc>\(escape(description))</desc>
            <line x1="\(f(left))" y1="\(f(height - bottom))" x2="\(f(width - right))" y2="\(f(height - bottom))" class="axis"/>
            <line x1="\(f(left))" y1="\(f(top))" x2="\(f(left))" y2="\(f(height - bottom))" class="axis"/>

            """
        for tick in ticks.values {
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" class=\"tick\" text-anchor=\"end\">"
                + "\(tickLabel(tick, decimals: ticks.decimals))</text>\n"
        }
        // Date labels that never overlap one another or leave the chart; the scorecard date on a
        // row of its own below them.
        let dated = (path + actuals).map(\.0)
        let candidates = Set(dated).sorted().map { (x: x($0), text: "\($0)") }
        for label in placeLabels(candidates, within: 0...width) {
            svg += "<text x=\"\(f(label.x))\" y=\"\(f(height - bottom + 16))\" class=\"tick\" text-anchor=\"middle\">"
                + "\(escape(label.text))</text>\n"
        }
        let now = placeLabels([(x: x(date), text: "at \(date)")], within: 0...width)[0]
        svg += "<line x1=\"\(f(x(date)))\" y1=\"\(f(top))\" x2=\"\(f(x(date)))\" y2=\"\(f(height - bottom))\" class=\"now\"/>"
            + "<text x=\"\(f(now.x))\" y=\"\(f(height - 6))\" class=\"tick\" text-anchor=\"middle\">\(escape(now.text))</text>\n"
        if path.count > 1 {
            svg += "<polyline class=\"expected\" points=\"" + path.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
                + "\"/>\n"
        }
        if let baseline = path.first, row.baseline != nil {
            let actualLine = [baseline] + actuals
            if actualLine.count > 1 {
                svg += "<polyline class=\"actual-line\" points=\""
                    + actualLine.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ") + "\"/>\n"
            }
            svg += "<rect class=\"baseline\" x=\"\(f(x(baseline.0) - 5))\" y=\"\(f(y(baseline.1) - 5))\" width=\"10\" height=\"10\">"
                + "<title>baseline \(baseline.0): \(shown(baseline.1))</title></rect>\n"
        }
        for (pointDate, value) in path.dropFirst(row.baseline != nil ? 1 : 0) {
            let cx = x(pointDate), cy = y(value)
            svg += "<path class=\"target\" d=\"M\(f(cx)) \(f(cy - 7)) L\(f(cx + 7)) \(f(cy)) L\(f(cx)) \(f(cy + 7)) "
                + "L\(f(cx - 7)) \(f(cy)) Z\"><title>target \(pointDate): \(shown(value))</title></path>\n"
        }
        for (pointDate, value) in actuals {
            svg += "<circle class=\"actual\" cx=\"\(f(x(pointDate)))\" cy=\"\(f(y(value)))\" r=\"5\">"
                + "<title>actual \(pointDate): \(shown(value))</title></circle>\n"
        }
        return svg + "</svg>"
    }

    /// The authority, each neighbour and England as horizontal bars; the authority hatched, England
    /// dotted, the neighbours' statistic a dashed line.
    static func comparison(_ c: NeighbourComparison, rowID: FrameworkRowID) -> String {
        struct Bar { var label: String; var value: Double?; var kind: String; var shown: String }
        var bars = [Bar(label: "\(c.authority.name) (published)", value: c.value?.number?.doubleValue, kind: "authority",
                        shown: ComparisonReport.text(c.value, decimals: c.decimals))]
        bars += c.neighbours.map {
            Bar(label: "\($0.rank). \($0.authority.name)", value: $0.value?.number?.doubleValue, kind: "neighbour",
                shown: ComparisonReport.text($0.value, decimals: c.decimals))
        }
        let england = c.displayed(c.england)
        bars.append(Bar(label: "England", value: england?.doubleValue, kind: "england", shown: england?.description ?? "-"))
        let width = 380.0, labelWidth = 150.0, valueWidth = 44.0, barHeight = 13.0, gap = 4.0, top = 6.0
        let height = top + Double(bars.count) * (barHeight + gap) + 22
        let comparator = c.displayedComparator?.doubleValue
        let high = max((bars.compactMap(\.value) + [comparator ?? 0]).max() ?? 1, 1e-9) * 1.05
        func x(_ value: Double) -> Double { labelWidth + value / high * (width - labelWidth - valueWidth) }
        var svg = """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" \
            role="img" aria-labelledby="c-\(rowID)" xmlns="http://www.w3.org/2000/svg">
            <title id="c-\(rowID)">\(escape(c.authority.name)) against its statistical neighbours and England, \
            \(c.indicator), \(c.year)</title><desc>Bar chart; the table beside it has the values.</desc>

            """
        // The neighbours' statistic first, so the bars' value labels are drawn over it.
        if let comparator {
            let bottom = top + Double(bars.count) * (barHeight + gap)
            svg += "<line class=\"comparator\" x1=\"\(f(x(comparator)))\" y1=\"\(f(top - 2))\" x2=\"\(f(x(comparator)))\" "
                + "y2=\"\(f(bottom))\"/><text x=\"\(f(x(comparator)))\" y=\"\(f(bottom + 14))\" class=\"tick\" "
                + "text-anchor=\"middle\">neighbours' \(c.comparator.statistic.rawValue) "
                + "\(c.displayedComparator!)</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * (barHeight + gap)
            svg += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + barHeight - 2))\" class=\"label \(bar.kind)\" "
                + "text-anchor=\"end\">\(escape(ReportText.truncate(bar.label, to: 24)))</text>"
            if let value = bar.value {
                svg += "<rect class=\"bar \(bar.kind)\" x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"\(f(max(x(value) - labelWidth, 1)))\" "
                    + "height=\"\(f(barHeight))\"/>"
                svg += "<text x=\"\(f(x(value) + 4))\" y=\"\(f(y + barHeight - 2))\" class=\"value\">\(escape(bar.shown))</text>\n"
            } else {
                svg += "<text x=\"\(f(labelWidth + 4))\" y=\"\(f(y + barHeight - 2))\" class=\"value missing\">"
                    + "\(bar.shown == "-" ? "no figure" : "\(escape(bar.shown)) (no figure)")</text>\n"
            }
        }
        return svg + "</svg>"
    }

    /// A tick label: whole numbers without decimals, others to one place.
    static func formatTick(_ value: Double) -> String {
        value.rounded() == value || abs(value) >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    /// The patterns and styles the charts use, for the page's `<style>` and `<defs>`.
    static let definitions = """
        <svg width="0" height="0" aria-hidden="true" style="position:absolute"><defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#1d4f91"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern>
        <pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#444"/><circle cx="2.5" cy="2.5" r="1.2" fill="#ffffff"/></pattern>
        </defs></svg>
        """
}
