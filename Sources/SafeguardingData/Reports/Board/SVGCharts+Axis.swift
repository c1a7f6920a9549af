import Foundation

extension SVGCharts {
    /// The ticks of a value axis: round steps (1, 2, 2.5 or 5 times a power of ten) from a multiple
    /// of the step at or below `low` to one at or above `high`, about `count` intervals, and the
    /// decimal places every tick label is shown to (the same for all).
    ///
    /// `754, 864, 974` becomes `700, 800, 900, 1000`; `0.3, 0.55` becomes `0.3, 0.4, 0.5, 0.6`.
    static func niceTicks(low: Double, high: Double, count: Int = 4) -> (values: [Double], decimals: Int) {
        var low = low, high = high
        if !(high > low) { low -= 1; high += 1 }
        let rough = (high - low) / Double(max(count, 1))
        let power = pow(10, floor(log10(rough)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough * 0.999 } ?? 10 * power
        let first = Int(floor(low / step + 1e-9)), last = Int(ceil(high / step - 1e-9))
        // Places enough to tell the steps apart: 2.5 needs one, 0.25 two.
        var decimals = 0
        while decimals < 6 && abs((step * pow(10, Double(decimals))).rounded() - step * pow(10, Double(decimals))) > 1e-6 {
            decimals += 1
        }
        // Each tick a whole number of steps, rounded to its places (no 0.30000000000000004).
        let scale = pow(10, Double(decimals))
        let values = (first...max(last, first + 1)).map { (Double($0) * step * scale).rounded() / scale }
        return (values, decimals)
    }

    /// A tick value at `decimals` places.
    static func tickLabel(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// The width a label takes at the charts' tick type (10.5 px system-ui), generously estimated:
    /// 0.62 em per character, wide enough for digits and most letters.
    static func labelWidth(_ text: String, fontSize: Double = 10.5) -> Double {
        Double(text.count) * fontSize * 0.62
    }

    /// Axis labels that never overlap: each candidate centred on its x, moved inside `bounds`
    /// when it would stick out, and kept only when it starts at least `gap` after the last one
    /// kept (candidates are taken in order of x; the first always stays).
    ///
    /// - Returns: the kept labels with the x of their centres.
    static func placeLabels(_ candidates: [(x: Double, text: String)], within bounds: ClosedRange<Double>,
                            gap: Double = 6) -> [(x: Double, text: String)] {
        var placed: [(x: Double, text: String)] = []
        var end = -Double.infinity
        for candidate in candidates.sorted(by: { $0.x < $1.x }) {
            let half = labelWidth(candidate.text) / 2
            let centre = min(max(candidate.x, bounds.lowerBound + half), bounds.upperBound - half)
            guard centre - half >= end + gap else { continue }
            placed.append((centre, candidate.text))
            end = centre + half
        }
        return placed
    }
}
