import SafeguardingMetrics

extension OutcomesFramework {
    /// The framework with rows linked to the indicators that supply their actuals: each row in
    /// `links` that has no `computed_id` of its own gets the one given (a row's own link wins).
    ///
    /// ```swift
    /// let linked = framework.linking(["OF1-03": "referrals.rate", "OF3-03": "cpp.rate"])
    /// linked["OF1-03"]?.linkedIndicator   // referrals.rate
    /// ```
    public func linking(_ links: [FrameworkRowID: IndicatorID]) -> OutcomesFramework {
        var linked = self
        for index in linked.indicators.indices where linked.indicators[index].computedID == nil {
            linked.indicators[index].computedID = links[linked.indicators[index].id]
        }
        return linked
    }
}
