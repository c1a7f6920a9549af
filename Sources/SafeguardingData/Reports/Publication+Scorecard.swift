import SafeguardingMetrics

extension Publication {
    /// A scorecard as it may be shown: an actual whose counts are suppressed is removed with
    /// everything derived from it (status, direction, change, significance), and rated grey, so
    /// no output format can show or imply it. Typed-in actuals without counts are unaffected.
    public func shown(_ scorecard: Scorecard) -> Scorecard {
        guard policy != nil else { return scorecard }
        var shown = scorecard
        for rowIndex in shown.rows.indices {
            let unit = shown.rows[rowIndex].unit
            for pointIndex in shown.rows[rowIndex].points.indices {
                let point = shown.rows[rowIndex].points[pointIndex]
                guard point.actual != nil,
                      suppresses(numerator: point.numerator, denominator: point.denominator, value: point.actual, unit: unit)
                else { continue }
                shown.rows[rowIndex].points[pointIndex] = ScorecardPoint(date: point.date, target: point.target,
                                                                         expected: point.expected)
                shown.rows[rowIndex].issues.append(ScorecardIssue(kind: .blankActual, date: point.date,
                    message: "the actual for \(point.date) is suppressed (c): its counts are 1 to 5"))
            }
        }
        return shown
    }
}
