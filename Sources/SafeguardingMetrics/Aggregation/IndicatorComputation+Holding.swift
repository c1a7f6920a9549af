extension IndicatorComputation {
    /// Gives a result its period, the days of it the returns hold and its population's mid-year,
    /// and says in its state when the returns hold none of the period (``ResultState/notCovered``:
    /// every number cleared, no value) or only part of it (``ResultState/partial``, when it has a
    /// value).
    ///
    /// - Parameters:
    ///   - result: the figure, as counted.
    ///   - period: the request's period.
    ///   - heldDays: the days of `period` the returns of the indicator's source hold for the area
    ///     (``Cohort/heldDays(of:authority:source:kind:firstCollectionYear:)``).
    ///   - populationYear: the mid-year of the population the figure is a rate of, if it is one.
    static func placing(_ result: IndicatorResult, in period: ReportingPeriod, heldDays: Int,
                        populationYear: Int?) -> IndicatorResult {
        var result = result
        result.period = period
        result.coveredDays = heldDays
        result.populationYear = populationYear
        if heldDays == 0 {
            result.numerator = 0
            result.denominator = 0
            result.exact = nil
            result.display = nil
            result.coverage = []
            result.state = .notCovered
        } else if heldDays < period.dayCount, result.state == .ok {
            result.state = .partial
        }
        return result
    }

    /// The days of the period the returns hold for the authority at `area`, per plan; for a local
    /// measure, the days its local table holds (``LocalHolding``).
    func heldDays(area: UInt16, plans: [ResultPlan]) -> [Int] {
        plans.map { plan in
            if let measure = plan.localMeasure {
                return localHolding.heldDays(of: request.period, measure: measure, authority: area, kind: plan.definition.kind)
            }
            return request.cohort.heldDays(of: request.period, authority: area, source: plan.definition.source,
                                    kind: plan.definition.kind, firstCollectionYear: plan.definition.counting.firstCollectionYear)
        }
    }
}
