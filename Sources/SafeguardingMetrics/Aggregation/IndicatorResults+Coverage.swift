extension IndicatorResults {
    /// Whether the returns hold none of the period for any area and indicator: every result is
    /// ``ResultState/notCovered`` (and there is at least one). The command-line `indicators` exits
    /// 1 then, after writing the results.
    public var holdsNothing: Bool {
        let all = areas.flatMap(\.indicators)
        return !all.isEmpty && all.allSatisfy { $0.state == .notCovered }
    }

    /// One warning per area whose population is not the mid-year the period pairs with, naming
    /// both years (``PopulationFigure/fallbackWarning``).
    public var populationWarnings: [String] {
        areas.compactMap { $0.population?.fallbackWarning }
    }
}
