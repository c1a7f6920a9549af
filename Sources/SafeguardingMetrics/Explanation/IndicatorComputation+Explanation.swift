extension IndicatorComputation {
    /// The records behind one figure of this computation's request: for standard indicator `id`,
    /// authority `authority`, the request's period and, with `cell`, one cell of the request's
    /// breakdown, every record the counting looked at and decided on.
    ///
    /// The records come from the same counting passes as the figure, run for the one indicator and
    /// authority with a sink that records each decision (the record, its key and the facts the
    /// pass compared), so the lists' sizes are the figure's counts (see ``IndicatorExplanation``).
    /// Suppression is not applied: the explanation is for the authority's own use.
    ///
    /// ```swift
    /// let explanation = try IndicatorComputation(request).explain("referrals.repeat_within_12_months.percent",
    ///                                                             authority: "E06000009")
    /// for record in explanation.records where record.countedIn == .numerator {
    ///     print(record.child, record.key!, record.fact(.earlierReferral)!)
    /// }
    /// ```
    ///
    /// A local measure of local events or episodes (of the request, or of the catalogue) is
    /// explained the same way, its records being the events or episodes it counted.
    ///
    /// - Throws: ``ExplanationError/localMeasure(_:)`` for a local measure of attendance or audits,
    ///   ``ExplanationError/notExplainable(_:)`` for an indicator the computation cannot count,
    ///   ``ExplanationError/unknownCell(_:breakdown:)`` for a cell not of the breakdown (any cell when the
    ///   request has no breakdown), and
    ///   ``ExplanationError/aggregation(_:)`` when the computation cannot be set up for the
    ///   authority (not in the cohort, no population for a rate).
    /// - Complexity: O(children of the cohort + rows of the authority's children in the tables the
    ///   indicator reads), one thread.
    public func explain(_ id: IndicatorID, authority: String, cell: String? = nil) throws(ExplanationError) -> IndicatorExplanation {
        let measure = request.localMeasures.first { $0.id == id } ?? request.catalogue[id].flatMap { indicator in
            if case .localMeasure(let template) = indicator.counting {
                return LocalMeasure(id: id, template: template, decimals: indicator.decimals)
            }
            return nil
        }
        var slots: ExplainedSlots
        var narrowed = request
        if let measure {
            switch measure.template {
            case .attendance, .auditsGoodOrBetter: throw .localMeasure(id)
            case .eventRate, .eventCount, .repeatEvents, .episodeSnapshotRate, .episodesLastingMoreThan: break
            }
            let indicator = request.catalogue[id].flatMap { $0.counting == .localMeasure(measure.template) ? $0 : nil }
                ?? measure.indicator
            slots = ExplainedSlots(indicator: indicator, local: measure)
            narrowed.indicators = []
            narrowed.localMeasures = [measure]
        } else {
            guard let indicator = request.catalogue[id], case .counters(let recipe) = indicator.counting else {
                throw .notExplainable(id)
            }
            slots = ExplainedSlots(indicator: indicator, recipe: recipe)
            narrowed.indicators = [id]
            narrowed.localMeasures = []
        }
        guard let area = request.cohort.authorities.firstIndex(of: authority) else {
            throw .aggregation(.authorityNotInCohort(authority))
        }
        var cellIndex: Int?
        if let cell {
            guard request.breakdown != .none, let index = request.breakdown.cellLabels.firstIndex(of: cell) else {
                throw .unknownCell(cell, breakdown: request.breakdown)
            }
            cellIndex = index
        }
        narrowed.areas = [UInt16(area)]
        narrowed.suppression = nil
        let computation: IndicatorComputation
        do {
            computation = try IndicatorComputation(narrowed)
        } catch {
            throw .aggregation(error)
        }
        if measure != nil { slots.local(slot: computation.localSlot(0)) }
        return computation.explained(slots, cell: cellIndex)
    }

    /// Counts this computation's one indicator for its one area with a ``RecordingSink`` and
    /// reads the records from the log.
    private func explained(_ wanted: ExplainedSlots, cell: Int?) -> IndicatorExplanation {
        var aggregate = emptyAggregate()
        let slots = aggregate.slotsPerCell
        let log = ExplanationLog(slots: wanted.slots, slotCount: slots)
        aggregate.counts.withUnsafeMutableBufferPointer { counts in
            let sink = RecordingSink(counter: CounterSink(counts: counts, cells: request.breakdown.cellCount, slots: slots),
                                     log: log)
            // Only the one authority's children: in a national cohort the others are most rows.
            let runs = request.cohort.children.rows(ofAuthority: request.areas[0])
            if request.breakdown == .none {
                for children in runs { count(children, rule: SingleCell(), into: sink) }
            } else {
                let rule = BreakdownCells(request)
                for children in runs { count(children, rule: rule, into: sink) }
            }
        }
        let area = results(from: aggregate).areas[0]
        let result = cell.map { area.breakdowns[0][$0].result } ?? area.indicators[0]
        var population: PopulationFigure?
        if wanted.population {
            if let cell, request.breakdown.cellCount > 1 {
                population = cell < cellPopulations[0].count ? cellPopulations[0][cell] : nil
            } else {
                population = populations[0]
            }
        }
        return IndicatorExplanation(indicator: wanted.indicator, authority: request.cohort.authorities[Int(request.areas[0])],
                                    period: request.period, cell: cell.map { request.breakdown.cellLabels[$0] },
                                    result: result, denominatorIsPopulation: wanted.population,
                                    population: population, records: records(from: log, wanted: wanted, cell: cell))
    }

    /// The records of the log that reached the wanted slots (in `cell`, when given).
    private func records(from log: ExplanationLog, wanted: ExplainedSlots, cell: Int?) -> [ExplainedRecord] {
        let numerator = wanted.numerator, denominator = wanted.denominator
        let labels = request.breakdown == .none ? nil : request.breakdown.cellLabels
        let children = request.cohort.children
        var records: [ExplainedRecord] = []
        records.reserveCapacity(log.visits.count)
        for (index, visit) in log.visits.enumerated() {
            var firstCell = -1, amount: Int64 = 0, inNumerator = false, inDenominator = false
            var coverage: [CoverageKind] = []
            for addition in log.additions(ofVisit: index) where cell == nil || addition.cell == cell {
                if firstCell < 0 { firstCell = addition.cell }
                if addition.slot == numerator { inNumerator = true; amount += addition.amount }
                if addition.slot == denominator { inDenominator = true }
                for entry in wanted.coverage where entry.slot == addition.slot && !coverage.contains(entry.kind) {
                    coverage.append(entry.kind)
                }
            }
            guard firstCell >= 0 else { continue }
            let countedIn: CountedIn = inNumerator ? .numerator : inDenominator ? .denominatorOnly : .excluded
            records.append(ExplainedRecord(
                child: children.identifier(ChildRow(rawValue: visit.child)), table: visit.table,
                key: visit.key == DayNumber.unknown ? nil : Day(dayNumber: visit.key), countedIn: countedIn,
                coverage: coverage, numeratorAmount: amount, cell: labels.map { $0[firstCell] },
                facts: Array(log.facts(ofVisit: index))))
        }
        return records
    }
}
