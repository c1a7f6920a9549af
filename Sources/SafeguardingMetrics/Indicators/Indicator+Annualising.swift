extension Indicator {
    /// Whether a value of this indicator over a period that is not 12 months is annualised by
    /// days before it is judged against a 12-month target (``PeriodBasis/annualised(_:)``): a
    /// **flow** (``MeasureKind/flow``, events dated inside the period) measured as a count or a
    /// rate per 10,000 or 100,000 children. Percentages, averages, days and snapshots are not
    /// annualised: they do not grow with the length of the period.
    ///
    /// ```swift
    /// IndicatorCatalogue.standard["referrals.rate"]!.isAnnualisable          // true: a flow rate
    /// IndicatorCatalogue.standard["cla.rate"]!.isAnnualisable                // false: a snapshot
    /// ```
    public var isAnnualisable: Bool {
        kind == .flow && (unit == .count || unit == .ratePer10k || unit == .ratePer100k)
    }
}
