import SafeguardingMetrics

extension BoardReport {
    /// The report with each linked row's published history (``PublishedTrend``): the authority's
    /// published values, its neighbours' statistic and England for every year `history` holds
    /// (`ReferenceData.historyComparer(catalogue:)`: LAIT's values 2016-2025). Each card draws it
    /// beside the computed quarterly series, as separate lines with a legend.
    ///
    /// A report with no authority is returned unchanged.
    ///
    /// - Parameter history: the published history and the neighbour list.
    public func addingHistory(_ history: NeighbourComparer) -> BoardReport {
        guard let authority else { return self }
        var report = self
        for index in report.rows.indices {
            guard let id = report.rows[index].linked?.id else { continue }
            report.rows[index].history = PublishedTrend(comparer: history, authority: authority.code, indicator: id,
                                                        statistic: statistic)
        }
        return report
    }
}
