extension FrameworkIndicator {
    /// Values that read but are probably on another scale: warnings, never errors, since each
    /// could be meant.
    ///
    /// - A percentage between 0 and 1 (`0.21`) when the row's other values are 5 or more, or
    ///   are all below 1 too, or there are none: it looks like a fraction of one
    ///   (``FrameworkIssueKind/looksLikeFraction``).
    /// - A rate 5 to 20 times the median of the row's other values looks written per 100,000 in a
    ///   row per 10,000 (or per 1,000,000 in a row per 100,000); 50 to 200 times smaller looks
    ///   written per 100. With no other values, a rate per 10,000 above 10,000 (more than one
    ///   event a child) looks per 100,000 (``FrameworkIssueKind/looksLikeOtherScale``).
    /// - A count with a fractional part (``FrameworkIssueKind/countWithDecimals``).
    ///
    /// ```swift
    /// row.plausibilityFindings(row: 3).map(\.kind)   // [.looksLikeFraction]
    /// ```
    /// - Complexity: O(n log n) in the row's points.
    public func plausibilityFindings(row: Int = 0) -> [FrameworkFinding] {
        let values = points.enumerated().compactMap { index, point in point.value.map { (index, point, $0.doubleValue) } }
        var findings: [FrameworkFinding] = []
        func report(_ kind: FrameworkIssueKind, _ index: Int, _ point: FrameworkPoint, _ message: String) {
            findings.append(FrameworkFinding(kind: kind, row: row, indicator: id, field: .point(index), date: point.date,
                                             message: "\(point.label): " + message))
        }
        for (index, point, value) in values {
            let others = values.filter { $0.0 != index }.map(\.2)
            let median = FrameworkIndicator.median(others.filter { $0 > 0 })
            let written = point.value!.description
            switch unit {
            case .percentage:
                guard value > 0, value < 1 else { continue }
                if others.isEmpty || others.allSatisfy({ $0 < 1 }) || (median ?? 0) >= 5 {
                    let percent = FixedDecimal(value * 100, decimals: max(0, point.value!.decimals - 2)).map { "\($0)" }
                        ?? "\(value * 100)"
                    report(.looksLikeFraction, index, point, "\(written) looks like a fraction: if it means \(percent)%, "
                        + "write \(percent) (a percentage row's values are per 100)")
                }
            case .ratePer10k, .ratePer100k:
                let scale = unit == .ratePer10k ? "10,000" : "100,000"
                let larger = unit == .ratePer10k ? "100,000" : "1,000,000"
                if let median, value > 0 {
                    let ratio = value / median
                    if ratio >= 5, ratio <= 20 {
                        report(.looksLikeOtherScale, index, point, "\(written) is about 10 times the row's other values: "
                            + "it looks written per \(larger), not per \(scale)")
                    } else if ratio >= 1.0 / 200, ratio <= 1.0 / 50 {
                        report(.looksLikeOtherScale, index, point, "\(written) is about 100 times smaller than the row's "
                            + "other values: it looks written per 100 (a percentage), not per \(scale)")
                    }
                } else if others.isEmpty, unit == .ratePer10k, value > 10_000 {
                    report(.looksLikeOtherScale, index, point, "\(written) per 10,000 is more than one a child: "
                        + "it looks written per 100,000")
                }
            case .count:
                if point.value!.rounded(toDecimals: 0) != point.value! {
                    report(.countWithDecimals, index, point, "\(written) is a count with decimals: counts are whole numbers")
                }
            case .averageScore, .days:
                continue
            }
        }
        return findings
    }

    /// The median of `values`, or `nil` when there are none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
