extension IndicatorRequest {
    /// Whether the request asks for a rate per 10,000 or 100,000 children: an indicator or local
    /// measure whose ``IndicatorRequirements/population`` says its denominator is a population.
    public var asksForRates: Bool {
        indicators.contains { catalogue[$0]?.requirements.population ?? false }
            || localMeasures.contains { $0.template.requirements.population }
    }

    /// The requested authorities with no population estimate for the very mid-year the period
    /// pairs with (``ReportingPeriod/populationMidYear``), when a rate is asked for; empty otherwise.
    ///
    /// The computation itself falls back to an earlier estimate, as the DfE does when the latest
    /// is not yet published; a caller that wants every rate on its own year's estimate checks
    /// here first, and says which estimate is missing:
    ///
    /// ```swift
    /// if let missing = request.missingPopulationEstimates().first {
    ///     print("cannot compute rates for \(missing.authority): \(missing.error)")
    /// }
    /// ```
    /// - Complexity: O(areas × log of the table's mid-years).
    public func missingPopulationEstimates() -> [(authority: String, error: PopulationError)] {
        guard asksForRates else { return [] }
        return authorities.compactMap { code -> (authority: String, error: PopulationError)? in
            do throws(PopulationError) {
                _ = try populations.population(for: .localAuthority(code), midYear: period.populationMidYear)
                return nil
            } catch {
                return (code, error)
            }
        }
    }
}
