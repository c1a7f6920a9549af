import Foundation
import SafeguardingMetrics

extension SVGCharts {
    /// A small line of a computed quarterly series for the summary table: one polyline per run of
    /// quarters with a value (a quarter without one breaks the line), a dot on the latest value, and
    /// a `<title>` naming it computed, with its first and last values. `nil` with fewer than two values.
    ///
    /// - Parameters:
    ///   - values: the quarter ends and their values (`nil` where the returns give none).
    ///   - decimals: the places the values are shown to in the title.
    ///   - label: what the line is, for the title.
    static func sparkline(_ values: [(day: Day, value: Double?)], decimals: Int, label: String) -> String? {
        let known = values.compactMap { entry in entry.value.map { (entry.day, $0) } }
        guard known.count >= 2, let first = known.first, let last = known.last else { return nil }
        let width = 64.0, height = 14.0, pad = 2.0
        let low = known.map(\.1).min()!, high = known.map(\.1).max()!
        let span = high - low
        func x(_ index: Int) -> Double { pad + Double(index) / Double(max(values.count - 1, 1)) * (width - 2 * pad) }
        func y(_ value: Double) -> Double { span == 0 ? height / 2 : pad + (high - value) / span * (height - 2 * pad) }
        func shown(_ value: Double) -> String { String(format: "%.\(max(decimals, 0))f", value) }
        var runs: [[String]] = [[]]
        var lastPoint = (0.0, 0.0)
        for (index, entry) in values.enumerated() {
            guard let value = entry.value else {
                if !runs[runs.count - 1].isEmpty { runs.append([]) }
                continue
            }
            lastPoint = (x(index), y(value))
            runs[runs.count - 1].append("\(String(format: "%.1f", lastPoint.0)),\(String(format: "%.1f", lastPoint.1))")
        }
        let title = "\(label), computed from the returns at \(known.count) quarter ends: \(shown(first.1)) at \(first.0), "
            + "\(shown(last.1)) at \(last.0)"
        var svg = "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" "
            + "height=\"\(Int(height))\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(escape(title))</title>"
        for run in runs where run.count > 1 {
            svg += "<polyline class=\"spark-line\" points=\"\(run.joined(separator: " "))\"/>"
        }
        svg += "<circle class=\"spark-last\" cx=\"\(String(format: "%.1f", lastPoint.0))\" "
            + "cy=\"\(String(format: "%.1f", lastPoint.1))\" r=\"1.8\"/>"
        return svg + "</svg>"
    }
}
