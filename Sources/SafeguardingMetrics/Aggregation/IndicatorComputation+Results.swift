extension IndicatorComputation {
    /// The figures from an aggregate of this computation: for every requested area and indicator,
    /// numerator, denominator, exact value, display value (half up at the indicator's precision),
    /// state (suppressed by the request's policy, if any; `not_covered` or `partial` when the returns
    /// hold none or part of the period), coverage and history notes; and the
    /// breakdown cells when a breakdown was asked for, a rate's cells over the cells' populations
    /// (undefined for a cell without one).
    ///
    /// - Precondition: the aggregate is compatible with ``emptyAggregate()``.
    /// - Complexity: O(areas × indicators × cells).
    public func results(from aggregate: IndicatorAggregate) -> IndicatorResults {
        precondition(aggregate.isCompatible(with: emptyAggregate()), "the aggregate is not of this computation")
        let cells = request.breakdown.cellCount
        let plans = resultPlans()
        let earliestReturns = earliestReturnYears()
        var areas: [AreaResult] = []
        areas.reserveCapacity(request.areas.count)
        for (position, areaIndex) in request.areas.enumerated() {
            let area = Int(areaIndex)
            let population = populations[position]
            let cellPopulations = self.cellPopulations[position]
            var indicators: [IndicatorResult] = []
            indicators.reserveCapacity(plans.count)
            var breakdowns: [[BreakdownCell]] = []
            let held = heldDays(area: areaIndex, plans: plans)
            for (planIndex, plan) in plans.enumerated() {
                let (definition, numeratorSlot, denominatorSlot, coverage) =
                    (plan.definition, plan.numeratorSlot, plan.denominatorSlot, plan.coverage)
                func figure(cell: Int?) -> IndicatorResult {
                    let count = { (slot: Int) in cell.map { aggregate.value(slot, area: area, cell: $0) } ?? aggregate.total(slot, area: area) }
                    let numerator = count(numeratorSlot)
                    let denominator: Int64
                    switch denominatorSlot {
                    case nil:
                        if let cell, cells > 1 {
                            denominator = cell < cellPopulations.count ? cellPopulations[cell]?.population ?? 0 : 0
                        } else {
                            denominator = population?.population ?? 0
                        }
                    case .some(-1): denominator = 1
                    case .some(let slot): denominator = count(slot)
                    }
                    let counts = coverage.map { CoverageCount(kind: $0.0, count: count($0.1)) }.filter { $0.count > 0 }
                    var populationYear: Int?
                    if denominatorSlot == nil {
                        populationYear = cell != nil && cells > 1
                            ? (cell! < cellPopulations.count ? cellPopulations[cell!]?.midYear : nil) : population?.midYear
                    }
                    return IndicatorComputation.placing(
                        IndicatorComputation.result(definition, numerator: numerator, denominator: denominator,
                                                    coverage: counts, suppression: request.suppression),
                        in: request.period, heldDays: held[planIndex], populationYear: populationYear)
                }
                var total = figure(cell: nil)
                total.notes = notes(lookingBack: plan.lookback, area: areaIndex, earliestReturns: earliestReturns)
                indicators.append(total)
                if request.breakdown != .none {
                    let countSlot = definition.unit.isAverage ? denominatorSlot ?? numeratorSlot : numeratorSlot
                    let counts = (0..<cells).map { aggregate.value(countSlot, area: area, cell: $0) }
                    let whole = counts.reduce(0, +)
                    let figures = (0..<cells).map { figure(cell: $0) }
                    let hidden = request.suppression.map {
                        IndicatorComputation.hiddenCells(figures, counts: counts, unit: definition.unit, policy: $0)
                    } ?? Array(repeating: false, count: cells)
                    breakdowns.append((0..<cells).map { cell in
                        var result = figures[cell]
                        if hidden[cell] && result.state != .notCovered { result.state = .suppressed; result.display = nil }
                        let cellPopulation = denominatorSlot == nil && cell < cellPopulations.count ? cellPopulations[cell] : nil
                        return BreakdownCell(label: request.breakdown.cellLabels[cell], count: counts[cell],
                                             share: Percentage(counts[cell], of: whole), result: result,
                                             population: cellPopulation)
                    })
                }
            }
            if let policy = request.suppression {
                IndicatorComputation.suppressSharedCounters(&indicators, plans: plans, policy: policy)
                for cell in 0..<(breakdowns.first?.count ?? 0) {
                    var row = breakdowns.map { $0[cell].result }
                    IndicatorComputation.suppressSharedCounters(&row, plans: plans, policy: policy)
                    for index in row.indices { breakdowns[index][cell].result = row[index] }
                }
            }
            areas.append(AreaResult(authority: request.cohort.authorities[area], areaIndex: areaIndex, population: population,
                                    indicators: indicators, breakdowns: breakdowns))
        }
        return IndicatorResults(period: request.period, breakdown: request.breakdown, areas: areas)
    }

    /// What makes one indicator's figures from counters: its definition, its numerator's slot, its
    /// denominator's (`nil`: the population; -1: none, a count) and its coverage counters.
    struct ResultPlan {
        let id: IndicatorID
        let definition: Indicator
        let numeratorSlot: Int
        let denominatorSlot: Int?
        let coverage: [(CoverageKind, Int)]
        /// How far back the indicator looks, and in which returns (its ``Indicator/lookback`` and source).
        let lookback: (day: Day, source: IndicatorSource)?
        /// The position of the local measure in the request's ``IndicatorRequest/localMeasures``, if it is one.
        var localMeasure: Int? = nil
    }

    /// The plans of the requested indicators and local measures, in report order, worked out once
    /// for every area from the indicators' definitions.
    ///
    /// - Precondition: the request is this computation's (every requested indicator is a local
    ///   measure or counted by counters).
    func resultPlans() -> [ResultPlan] {
        let localIDs = Dictionary(request.localMeasures.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = request.indicators + request.localMeasures.map(\.id).filter { !request.indicators.contains($0) }
        return ids.map { id in
            if let m = localIDs[id] {
                let measure = request.localMeasures[m]
                var definition = measure.indicator
                if let entry = request.catalogue[id], entry.counting == .localMeasure(measure.template) { definition = entry }
                let denominator: Int?
                switch measure.unit {
                case .ratePer10k: denominator = nil
                case .count: denominator = -1
                default: denominator = localSlot(m) + 1
                }
                return ResultPlan(id: id, definition: definition, numeratorSlot: localSlot(m), denominatorSlot: denominator,
                                  coverage: [], lookback: nil, localMeasure: m)
            }
            let definition = request.catalogue[id]!
            guard case .counters(let recipe) = definition.counting else { preconditionFailure("\(id) is not counted") }
            let denominator: Int?
            if case .counter(let counter) = recipe.denominator { denominator = counter.rawValue } else { denominator = nil }
            let lookback = recipe.lookback.map {
                (day: $0.earliestDay(for: request.period, configuration: request.configuration), source: definition.source)
            }
            return ResultPlan(id: id, definition: definition, numeratorSlot: recipe.numerator.rawValue,
                              denominatorSlot: denominator, coverage: recipe.coverage.map { ($0.kind, $0.counter.rawValue) },
                              lookback: lookback)
        }
    }

    /// The earliest collection year loaded per authority and source (CIN census, SSDA903), for
    /// the history notes.
    func earliestReturnYears() -> [(cin: Int?, ssda903: Int?)] {
        var earliest = [(cin: Int?, ssda903: Int?)](repeating: (nil, nil), count: request.cohort.authorities.count)
        for loaded in request.cohort.returns {
            let area = Int(loaded.authority)
            switch loaded.source {
            case .cinCensus: earliest[area].cin = min(earliest[area].cin ?? .max, loaded.collectionYear)
            case .ssda903: earliest[area].ssda903 = min(earliest[area].ssda903 ?? .max, loaded.collectionYear)
            case .local: break
            }
        }
        return earliest
    }

    /// The population of each breakdown cell of each requested area, in request order (an empty
    /// list for an area when the request has no breakdown or no breakdown populations).
    ///
    /// - Throws: ``AggregationError/unknownBreakdownCell(authority:midYear:label:breakdown:requested:)``
    ///   for populations by a label that is not a cell of the breakdown, or by another breakdown.
    /// - Precondition: every area is an authority of the cohort.
    static func cellPopulations(_ request: IndicatorRequest) throws(AggregationError) -> [[PopulationFigure?]] {
        try request.areas.map { area throws(AggregationError) in
            guard request.breakdown != .none, let table = request.breakdownPopulations else { return [] }
            return try table.cellPopulations(for: request.cohort.authorities[Int(area)], period: request.period,
                                             breakdown: request.breakdown)
        }
    }

    /// One figure: exact value, display value and state from a numerator and denominator.
    static func result(_ indicator: Indicator, numerator: Int64, denominator: Int64, coverage: [CoverageCount],
                       suppression: SuppressionPolicy?) -> IndicatorResult {
        let scale: Int128
        switch indicator.unit {
        case .ratePer10k: scale = 10_000
        case .ratePer100k: scale = 100_000
        case .percentage: scale = 100
        case .count, .averageScore, .days: scale = 1
        }
        guard denominator > 0 else {
            return IndicatorResult(indicator: indicator, numerator: numerator, denominator: denominator, exact: nil,
                                   display: nil, state: .undefined, coverage: coverage)
        }
        let exact = Rational(Int128(numerator) * scale, Int128(denominator))
        var state = ResultState.ok
        if let suppression, suppression.suppresses(numerator: numerator, denominator: denominator, unit: indicator.unit) {
            state = .suppressed
        }
        return IndicatorResult(indicator: indicator, numerator: numerator, denominator: denominator, exact: exact,
                               display: state == .ok ? exact.rounded(toDecimals: indicator.decimals) : nil, state: state,
                               coverage: coverage)
    }

    /// Notes on how complete an area's history is for an indicator that looks back before the
    /// period to `lookback` (none when it does not look back).
    func notes(lookingBack lookback: (day: Day, source: IndicatorSource)?, area: UInt16,
               earliestReturns: [(cin: Int?, ssda903: Int?)]) -> [String] {
        guard let (day, source) = lookback else { return [] }
        let code = request.cohort.authorities[Int(area)]
        let name = source == .cinCensus ? "CIN census" : "SSDA903"
        let earliest = source == .cinCensus ? earliestReturns[Int(area)].cin : earliestReturns[Int(area)].ssda903
        guard let first = earliest else { return ["no \(name) return is loaded for \(code)"] }
        let loadedFrom = ReportingPeriod.collectionYear(first).start
        guard loadedFrom > day else { return [] }
        return ["history too short: the earliest \(name) return loaded for \(code) is \(first) (from \(loadedFrom)), "
                + "and this indicator looks back to \(day); earlier records are not seen"]
    }
}
