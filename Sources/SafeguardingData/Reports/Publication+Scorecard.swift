import SafeguardingMetrics

extension Publication {
    /// A scorecard as it may be shown: an actual whose counts are suppressed is removed with
    /// everything derived from it (status, direction, change, significance), and rated grey, so
    /// no output format can show or imply it. Typed-in actuals without counts are unaffected. In a
    /// count row, a baseline, target or expected value that is a count of 1 to 5 is removed too
    /// (shown as no value, with an issue saying it is suppressed).
    public func shown(_ scorecard: Scorecard) -> Scorecard {
        guard policy != nil else { return scorecard }
        var shown = scorecard
        for rowIndex in shown.rows.indices {
            let unit = shown.rows[rowIndex].unit
            if unit == .count { shown.rows[rowIndex] = suppressingTypedCounts(shown.rows[rowIndex]) }
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

    /// A count row without the baseline, targets and expected values that are counts of 1 to 5.
    func suppressingTypedCounts(_ row: ScorecardRow) -> ScorecardRow {
        var row = row
        func hides(_ value: FixedDecimal?) -> Bool {
            guard let value else { return false }
            return suppresses(numerator: nil, denominator: nil, value: value, unit: .count)
        }
        func note(_ what: String, _ date: FrameworkDate) {
            row.issues.append(ScorecardIssue(kind: .blankActual, date: date,
                message: "the \(what) for \(date) is suppressed (c): it is a count of 1 to 5"))
        }
        if let baseline = row.baseline, hides(baseline.value) {
            row.baseline?.value = nil
            note("baseline", baseline.date)
        }
        if hides(row.expectedAt.value) {
            row.expectedAt.value = nil
            note("expected value", row.expectedAt.date)
        }
        for index in row.points.indices {
            let date = row.points[index].date
            if hides(row.points[index].target) { row.points[index].target = nil; note("target", date) }
            if hides(row.points[index].expected) { row.points[index].expected = nil; note("expected value", date) }
        }
        return row
    }
}
