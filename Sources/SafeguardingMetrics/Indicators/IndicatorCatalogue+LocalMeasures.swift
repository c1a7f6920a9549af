extension IndicatorCatalogue {
    /// A copy with each local measure's definition added (``LocalMeasure/indicator``), replacing
    /// any indicator with the same identifier: the catalogue a framework links to when a council
    /// computes its own measures.
    ///
    /// ```swift
    /// let measure = try LocalMeasure(specification: "audits.good.percent=audits_good")
    /// let catalogue = IndicatorCatalogue.standard.including([measure])
    /// catalogue["audits.good.percent"]?.source   // .local
    /// ```
    public func including(_ measures: [LocalMeasure]) -> IndicatorCatalogue {
        measures.reduce(self) { $0.replacing($1.indicator) }
    }
}
