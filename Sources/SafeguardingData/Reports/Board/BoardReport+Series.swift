import SafeguardingMetrics

extension BoardReport {
    /// The report with each linked row's indicator computed from `returns` at every quarter end
    /// they hold for the authority at `area` (``ReturnSet/quarterlyPeriods(of:)``): the computed
    /// trend the summary draws as a sparkline.
    ///
    /// - Parameters:
    ///   - returns: the returns the actuals are computed from.
    ///   - area: the authority's index in their cohort.
    ///   - catalogue: the indicator definitions (with any local measures).
    /// - Throws: ``SafeguardingMetrics/AggregationError`` when a quarter cannot be computed.
    /// - Complexity: one computation per quarter end, of all the linked indicators at once.
    public func addingSeries(from returns: ReturnSet, area: UInt16,
                             catalogue: IndicatorCatalogue = .standard) throws(AggregationError) -> BoardReport {
        var ids: [IndicatorID] = []
        for entry in rows {
            guard let id = entry.linked?.id, catalogue[id] != nil, !ids.contains(id) else { continue }
            ids.append(id)
        }
        let computed = try returns.series(of: ids, area: area, periods: returns.quarterlyPeriods(of: area), catalogue: catalogue)
        var report = self
        for index in report.rows.indices {
            guard let id = report.rows[index].linked?.id else { continue }
            report.rows[index].series = computed.first { $0.indicator == id }
        }
        return report
    }

    /// The values a row's sparkline draws, one per quarter end, `nil` where the returns give no
    /// whole-period value: the indicator's value, or its numerator for a count row linked to a
    /// rate or percentage (as its actuals are).
    static func sparkValues(of entry: Row) -> [(day: Day, value: Double?)] {
        guard let series = entry.series else { return [] }
        let counts = entry.row.unit == .count && series.points.first.map { $0.result.indicator.unit != .count } == true
        return series.points.map { point in
            guard point.state == .ok, let value = point.value else { return (point.period.end, nil) }
            return (point.period.end, counts ? Double(point.result.numerator) : value.doubleValue)
        }
    }
}
