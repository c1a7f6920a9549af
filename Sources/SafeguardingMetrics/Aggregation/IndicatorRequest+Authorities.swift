extension IndicatorRequest {
    /// A request for every standard indicator for the authorities with these codes (as the cohort
    /// holds them: E-codes when read with the bundled directory), in the order given.
    ///
    /// ```swift
    /// let request = try IndicatorRequest(cohort: cohort, period: .collectionYear(2025),
    ///                                    populations: populations, authorities: ["E06000009", "E06000008"])
    /// ```
    /// - Throws: ``AggregationError/authorityNotInCohort(_:)`` for a code the cohort has no records for.
    public init(cohort: Cohort, period: ReportingPeriod, populations: PopulationTable, authorities: [String],
                configuration: AggregationConfiguration = AggregationConfiguration()) throws(AggregationError) {
        self.init(cohort: cohort, period: period, populations: populations, configuration: configuration)
        try select(authorities: authorities)
    }

    /// The requested areas by authority code, in request order.
    public var authorities: [String] {
        areas.map { cohort.authorities[Int($0)] }
    }

    /// Asks for the authorities with these codes, in the order given (a code given twice counts
    /// once); the kernel's ``areas`` are set to their indices in ``Cohort/authorities``.
    ///
    /// - Throws: ``AggregationError/authorityNotInCohort(_:)`` for a code the cohort has no records for;
    ///   the request is then unchanged.
    /// - Complexity: O(codes × authorities of the cohort).
    public mutating func select(authorities codes: [String]) throws(AggregationError) {
        var chosen: [UInt16] = []
        for code in codes {
            guard let index = cohort.authorities.firstIndex(of: code) else { throw .authorityNotInCohort(code) }
            if !chosen.contains(UInt16(index)) { chosen.append(UInt16(index)) }
        }
        areas = chosen
    }
}
