extension Rate where Scale == PerHundred {
    /// The Wilson score interval of the percentage, on the percentage scale (0 to 100); `nil`
    /// when the denominator is 0.
    ///
    /// ```swift
    /// Percentage(25, of: 100).confidenceInterval(at: .ninetyFive) // 17.5...34.3
    /// ```
    /// - Precondition: the numerator is at most the denominator.
    public func confidenceInterval(at level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
        ConfidenceInterval.wilson(successes: numerator, trials: denominator, level: level)?
            .scaled(by: Double(Scale.multiplier))
    }
}

extension Rate where Scale: PopulationRateScale {
    /// The interval of the rate, treating the numerator as a Poisson count: Byar's method for
    /// 10 or more, the exact (chi-square) method below 10, scaled by the multiplier over the
    /// population; `nil` when the population is 0.
    ///
    /// ```swift
    /// RatePer10k(50, of: 51_799).confidenceInterval(at: .ninetyFive) // 7.16...12.73 (Byar's)
    /// ```
    public func confidenceInterval(at level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
        guard denominator > 0 else { return nil }
        return ConfidenceInterval.poisson(count: numerator, level: level)
            .scaled(by: Double(Scale.multiplier) / Double(denominator))
    }
}
