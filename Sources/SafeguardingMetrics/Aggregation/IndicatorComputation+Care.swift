extension IndicatorComputation {
    /// Counts one child's episodes of care and missing episodes (INDICATORS.md §3).
    ///
    /// Short breaks (V3/V4) and episodes that end before they start are left out. Episodes are
    /// visited in start order, and only those starting on or before the period end: nothing after
    /// the end is used. A period of care starts at the first episode, at `RNE` = `S`, or after a
    /// gap (a start after every earlier episode's end); an episode starting on or before an earlier
    /// one's end continues it. When two episodes are open at the end, the later start gives the
    /// placement, legal status and postcodes.
    @inline(__always)
    func accumulateCare(child: Int32, area: Int, status: inout ChildStatus, into sink: CounterSink) {
        let cohort = request.cohort
        let episodes = cohort.episodes
        let configuration = request.configuration
        let p = constants
        let range = cohort.episodeRange(of: child)
        if range.isEmpty { return }

        var any = false
        var latestEnd = Int32.min            // the latest end of the valid episodes so far
        var careStart = Int32.min            // the current period of care's start
        var previousInterim = false, previousEnd = Int32.min
        var interimStart = Int32.min         // the current run of interim care orders' start
        var current = -1, currentCareStart = Int32.min, currentInterimStart = Int32.min
        var openAtStart = false, newPlacements = 0
        var started = Int32.min, ceased = Int32.min, during = false, carerChange = false

        for e in range {
            let start = episodes.start[e], end = episodes.end[e]
            if start > p.end { break }
            if end < start {
                sink.add(.episodesEndBeforeStart, area: area, cell: cell(child: child, date: p.end))
                continue
            }
            if configuration.shortBreaks.contains(raw: episodes.legalStatus[e]) { continue }
            let reason = episodes.reasonNewEpisode[e]
            if any, start < latestEnd {
                sink.add(.episodesOverlapping, area: area, cell: cell(child: child, date: p.end))
            }
            if !any || reason == p.startedCare || start > latestEnd { careStart = start }
            let interim = configuration.interimCareOrder.contains(raw: episodes.legalStatus[e])
            if interim {
                if !(any && previousInterim && start <= previousEnd) { interimStart = start }
            } else {
                interimStart = Int32.min
            }
            any = true
            previousInterim = interim
            previousEnd = end
            latestEnd = max(latestEnd, end)

            if start < p.start, end >= p.start { openAtStart = true }
            if start >= p.start {
                if configuration.newPlacementReasons.contains(raw: reason),
                   !configuration.temporaryPlacements.contains(raw: episodes.placement[e]) { newPlacements += 1 }
                if reason == p.startedCare, started == Int32.min { started = start }
            }
            if end >= p.start { during = true }
            if p.contains(end), episodes.reasonCeased[e] != CodeList.blank, episodes.reasonCeased[e] != p.x1 { ceased = end }
            if start > p.longTermMoveCutoff, configuration.carerChangeReasons.contains(raw: reason) { carerChange = true }
            if end > p.end {
                current = e
                currentCareStart = careStart
                currentInterimStart = interimStart
            }
        }

        if during {
            let cell = cell(child: child, date: p.end)
            sink.add(.lookedAfterDuring, area: area, cell: cell)
            if wentMissing(child) { sink.add(.wentMissing, area: area, cell: cell) }
        }
        if started != Int32.min { sink.add(.startedCare, area: area, cell: cell(child: child, date: started)) }
        if ceased != Int32.min { sink.add(.ceasedCare, area: area, cell: cell(child: child, date: ceased)) }
        guard current >= 0 else { return }

        status.lookedAfter = true
        let placement = episodes.placement[current]
        let cell = cell(child: child, date: p.end, need: episodes.categoryOfNeed[current], placement: placement)
        sink.add(.lookedAfterAtEnd, area: area, cell: cell)
        if placement == CodeList.blank || placement == CodeList.invalid { sink.add(.placementInvalidAtEnd, area: area, cell: cell) }
        if configuration.foster.contains(raw: placement) { sink.add(.fosterAtEnd, area: area, cell: cell) }
        if configuration.familyNetwork.contains(raw: placement) { sink.add(.familyNetworkAtEnd, area: area, cell: cell) }
        if configuration.residential.contains(raw: placement) { sink.add(.residentialAtEnd, area: area, cell: cell) }
        switch configuration.postcodePositions?.isFurther(episodes.homePostcode[current], episodes.placementPostcode[current],
                                                          thanCentimetres: configuration.farPlacementCentimetres) {
        case .some(true): sink.add(.farAtEnd, area: area, cell: cell)
        case .some(false): break
        case .none: sink.add(.distanceUnknownAtEnd, area: area, cell: cell)
        }
        if (openAtStart ? 1 : 0) + newPlacements >= 3 { sink.add(.threeOrMorePlacements, area: area, cell: cell) }
        let birth = cohort.children.birth[Int(child)]
        if birth == DayNumber.unknown {
            sink.add(.birthUnknownAtEnd, area: area, cell: cell)
        } else if Day(dayNumber: birth).age(on: Day(dayNumber: p.end)) < configuration.longTermAgeBelow,
                  currentCareStart <= p.longTermCareCutoff {
            sink.add(.longTermEligible, area: area, cell: cell)
            if !carerChange { sink.add(.longTermStable, area: area, cell: cell) }
        }
        if configuration.interimCareOrder.contains(raw: episodes.legalStatus[current]) {
            sink.add(.interimCareOrderAtEnd, area: area, cell: cell)
            if Int(p.end) - Int(currentInterimStart) > configuration.interimCareOrderDays {
                sink.add(.interimCareOrderLong, area: area, cell: cell)
            }
        }
    }

    /// Whether the child has a missing (not away) episode starting in the period.
    @inline(__always)
    func wentMissing(_ child: Int32) -> Bool {
        let missing = request.cohort.missing
        for row in Int(index.missingOffsets[Int(child)])..<Int(index.missingOffsets[Int(child) + 1])
        where missing.kind[row] == constants.missing && constants.contains(missing.start[row]) {
            return true
        }
        return false
    }
}
