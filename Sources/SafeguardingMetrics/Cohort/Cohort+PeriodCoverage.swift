extension Cohort {
    /// How many days of `period` the cohort's returns of `source` hold for the authority at
    /// `authority`: for a flow, the days falling in a collection year with a loaded return; for a
    /// snapshot, every day when the year containing the period's end has one, else none. Local
    /// tables are not returns: every day is given here; a computation reads what a local measure's
    /// table holds from its records instead (``IndicatorComputation``). With `firstCollectionYear`, returns of earlier
    /// collection years are left out (they do not hold the records counted).
    ///
    /// ```swift
    /// let days = cohort.heldDays(of: .collectionYear(2021), authority: 0, source: .cinCensus, kind: .flow)
    /// print(days)   // 0 when no 2021 CIN census is loaded
    /// ```
    /// - Complexity: O(returns + collection years the period touches).
    public func heldDays(of period: ReportingPeriod, authority: UInt16, source: IndicatorSource, kind: MeasureKind,
                         firstCollectionYear: Int? = nil) -> Int {
        guard source != .local else { return period.dayCount }
        let first = firstCollectionYear ?? Int.min
        let years = Set(returns.lazy.filter { $0.authority == authority && $0.source == source && $0.collectionYear >= first }
            .map(\.collectionYear))
        if kind == .snapshot { return years.contains(period.collectionYearOfEnd) ? period.dayCount : 0 }
        var held = 0
        for year in ReportingPeriod.collectionYear(containing: period.start)...period.collectionYearOfEnd
        where years.contains(year) {
            let whole = ReportingPeriod.collectionYear(year)
            let first = max(whole.start, period.start), last = min(whole.end, period.end)
            held += first.distance(to: last) + 1
        }
        return held
    }
}
