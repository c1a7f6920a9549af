import SafeguardingMetrics

extension BoardReport {
    /// The point a row's current position is read from: its latest point with an actual, unless a
    /// later point on or before the scorecard date has "no data" (a computed actual was asked for
    /// there, but the returns hold none of its period and nothing was typed in).
    public static func current(of row: ScorecardRow, at date: FrameworkDate) -> ScorecardPoint? {
        let latest = row.latest
        let after = latest?.date.effectiveDay
        let noData = row.points.last { point in
            point.noData && point.date.effectiveDay <= date.effectiveDay
                && (after.map { point.date.effectiveDay > $0 } ?? true)
        }
        return noData ?? latest
    }

    /// A row's current actual as a board shows it: `577 (2024-12-31), annualised from 275 days`, or
    /// `no data (2024-12-31)`; `nil` when the row has no actual.
    public static func actualText(of row: ScorecardRow, at date: FrameworkDate) -> String? {
        guard let point = current(of: row, at: date) else { return nil }
        guard let actual = point.actual else { return "no data (\(point.date))" }
        return "\(actual) (\(point.date))" + (point.periodNote.map { ", \($0)" } ?? "")
    }
}
