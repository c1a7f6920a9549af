extension PopulationFigure {
    /// A warning, naming both mid-years, when the estimate is not the one the period pairs with
    /// (INDICATORS.md §1: the latest earlier estimate stands in when that one is missing); `nil`
    /// when it is.
    ///
    /// ```swift
    /// let figure = try populations.population(for: .localAuthority("E06000009"),
    ///                                         period: ReportingPeriod(parsing: "2025-01-01..2025-03-31"))
    /// print(figure.fallbackWarning ?? "")
    /// // there is no mid-2025 population estimate for E06000009 (ONS mid-2024); rates use mid-2024, the latest earlier one
    /// ```
    public var fallbackWarning: String? {
        guard !isRequestedMidYear else { return nil }
        let which = midYear < requestedMidYear ? "the latest earlier one" : "the latest the table has (every one is later)"
        return "there is no mid-\(requestedMidYear) population estimate for \(area) (\(vintage)); "
            + "rates use mid-\(midYear), \(which)"
    }
}
