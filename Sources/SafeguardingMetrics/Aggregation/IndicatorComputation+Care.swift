extension IndicatorComputation {
    /// Counts episodes of care and missing episodes (INDICATORS.md §3): one pass over the episode
    /// rows `rows`, a child's episodes at a time.
    func countCare<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, marks: inout StatusMarks,
                                                      into sink: Sink) {
        let childColumn = request.cohort.episodes.child
        let authority = request.cohort.children.authority
        let missingChild = request.cohort.missing.child
        // Missing episodes are sorted by child: a cursor walks them alongside the episodes.
        var missing = rows.isEmpty ? 0 : missingChild.firstRow(notBelow: childColumn[rows.lowerBound])
        let uascChild = request.cohort.uasc.child
        var uasc = rows.isEmpty ? 0 : uascChild.firstRow(notBelow: childColumn[rows.lowerBound])
        var first = rows.lowerBound
        while first < rows.upperBound {
            let child = childColumn[first]
            var next = first + 1
            while next < rows.upperBound, childColumn[next] == child { next += 1 }
            while missing < missingChild.count, missingChild[missing] < child { missing += 1 }
            var missingEnd = missing
            while missingEnd < missingChild.count, missingChild[missingEnd] == child { missingEnd += 1 }
            while uasc < uascChild.count, uascChild[uasc] < child { uasc += 1 }
            var uascEnd = uasc
            while uascEnd < uascChild.count, uascChild[uascEnd] == child { uascEnd += 1 }
            let area = Int(authority[Int(child)])
            if selected[area] {
                if countCare(child: child, episodes: first..<next, missing: missing..<missingEnd, uasc: uasc..<uascEnd,
                             area: area, rule: rule, into: sink) {
                    marks.mark(child, StatusMarks.lookedAfter)
                }
            }
            first = next
        }
    }

    /// Counts one child's episodes of care, and returns whether the child is looked after at the
    /// period end.
    ///
    /// Short breaks (V3/V4) and episodes that end before they start are left out. Episodes are
    /// visited in start order, and only those starting on or before the period end: nothing after
    /// the end is used. A period of care starts at the first episode, at `RNE` = `S`, or after a
    /// gap (a start after every earlier episode's end); an episode starting on or before an earlier
    /// one's end continues it. When two episodes are open at the end, the later start gives the
    /// placement, legal status and postcodes.
    @inline(__always)
    private func countCare<Rule: CellRule, Sink: CountingSink>(child: Int32, episodes range: Range<Int>, missing: Range<Int>,
                                                              uasc: Range<Int>, area: Int, rule: Rule, into sink: Sink) -> Bool {
        let cohort = request.cohort
        let episodes = cohort.episodes
        let configuration = request.configuration
        let p = constants

        var any = false
        var latestEnd = Int32.min            // the latest end of the valid episodes so far
        var careStart = Int32.min            // the current period of care's start
        var previousInterim = false, previousEnd = Int32.min
        var interimStart = Int32.min         // the current run of interim care orders' start
        var current = -1, currentCareStart = Int32.min, currentInterimStart = Int32.min
        var openAtStart = false, newPlacements = 0
        var started = Int32.min, ceased = Int32.min
        var ceasedReason = CodeList.blank
        var startedRow = -1, ceasedRow = -1, duringRow = -1
        var lastCarerChange = Int32.min      // the latest start of an episode that changed the carer

        for e in range {
            let start = episodes.start[e], end = episodes.end[e]
            if start > p.end { break }
            sink.visit(.episodes, row: e, child: child, key: start)
            if end < start {
                sink.note(.end, day: end)
                sink.add(.episodesEndBeforeStart, area: area, cell: rule.cell(child: child, date: p.end))
                continue
            }
            if configuration.shortBreaks.contains(raw: episodes.legalStatus[e]) { continue }
            let reason = episodes.reasonNewEpisode[e]
            if any, start < latestEnd {
                sink.add(.episodesOverlapping, area: area, cell: rule.cell(child: child, date: p.end))
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
                if reason == p.startedCare, started == Int32.min { started = start; startedRow = e }
            }
            if end >= p.start, duringRow < 0 { duringRow = e }
            // The ceasing episode that ends last gives the reason (between equal ends, the later start).
            let reasonCeased = episodes.reasonCeased[e]
            if p.contains(end), reasonCeased != CodeList.blank, reasonCeased != p.x1, end >= ceased {
                ceased = end
                ceasedRow = e
                ceasedReason = reasonCeased
            }
            // Episodes come in start order, so the last one seen is the latest.
            if configuration.carerChangeReasons.contains(raw: reason) { lastCarerChange = start }
            if end > p.end {
                current = e
                currentCareStart = careStart
                currentInterimStart = interimStart
            }
        }

        if duringRow >= 0 {
            sink.visit(.episodes, row: duringRow, child: child, key: episodes.start[duringRow])
            let cell = rule.cell(child: child, date: p.end)
            sink.add(.lookedAfterDuring, area: area, cell: cell)
            if wentMissing(missing) { sink.add(.wentMissing, area: area, cell: cell) }
            countMissingIncidents(missing, area: area, cell: cell, into: sink)
        }
        if started != Int32.min {
            sink.visit(.episodes, row: startedRow, child: child, key: started)
            sink.add(.startedCare, area: area, cell: rule.cell(child: child, date: started))
            countUnaccompanied(uasc, on: started, .uascStarted, area: area, cell: rule.cell(child: child, date: started), into: sink)
            countPreviousPermanence(child: child, startedOn: started, area: area, cell: rule.cell(child: child, date: started),
                                    into: sink)
        }
        if ceased != Int32.min {
            sink.visit(.episodes, row: ceasedRow, child: child, key: episodes.start[ceasedRow])
            sink.note(.end, day: ceased)
            let cell = rule.cell(child: child, date: ceased)
            countCeased(reason: ceasedReason, area: area, cell: cell, into: sink)
            countCeasedAt18(child: child, row: ceasedRow, area: area, cell: cell, into: sink)
            if configuration.adopted.contains(raw: ceasedReason) {
                countAdoption(child: child, episodes: range, ceasedRow: ceasedRow, area: area, cell: cell, into: sink)
            }
        }
        guard current >= 0 else { return false }

        sink.visit(.episodes, row: current, child: child, key: episodes.start[current])
        sink.note(.periodOfCareStart, day: currentCareStart)
        sink.note(.lastCarerChange, day: lastCarerChange)
        sink.note(.placements, count: (openAtStart ? 1 : 0) + newPlacements)
        let placement = episodes.placement[current]
        let cell = rule.cell(child: child, date: p.end, need: episodes.categoryOfNeed[current], placement: placement)
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
        countPlacementAndLegalStatus(row: current, area: area, cell: cell, into: sink)
        countUnaccompanied(uasc, on: p.end, .uascAtEnd, area: area, cell: cell, into: sink)
        if (openAtStart ? 1 : 0) + newPlacements >= 3 { sink.add(.threeOrMorePlacements, area: area, cell: cell) }
        let birth = lookedAfterBirth(of: child)
        if birth == DayNumber.unknown {
            sink.add(.birthUnknownAtEnd, area: area, cell: cell)
        } else if p.ageAtEnd.age(born: birth) < configuration.longTermAgeBelow,
                  currentCareStart <= p.longTermCareCutoff {
            sink.add(.longTermEligible, area: area, cell: cell)
            if lastCarerChange <= p.longTermMoveCutoff { sink.add(.longTermStable, area: area, cell: cell) }
        }
        if configuration.interimCareOrder.contains(raw: episodes.legalStatus[current]) {
            sink.add(.interimCareOrderAtEnd, area: area, cell: cell)
            sink.note(.interimCareOrderStart, day: currentInterimStart)
            if Int(p.end) - Int(currentInterimStart) > configuration.interimCareOrderDays {
                sink.add(.interimCareOrderLong, area: area, cell: cell)
            }
        }
        return true
    }

    /// Counts a child who ceased to be looked after in the period, once, by the reason of the
    /// ceasing episode that ended last.
    @inline(__always)
    private func countCeased<Sink: CountingSink>(reason: UInt8, area: Int, cell: Int, into sink: Sink) {
        let configuration = request.configuration
        sink.add(.ceasedCare, area: area, cell: cell)
        if configuration.returnedHome.contains(raw: reason) { sink.add(.ceasedReturnedHome, area: area, cell: cell) }
        if configuration.returnedHomeUnplanned.contains(raw: reason) {
            sink.add(.ceasedReturnedHomeUnplanned, area: area, cell: cell)
        }
        if configuration.adopted.contains(raw: reason) { sink.add(.ceasedAdopted, area: area, cell: cell) }
        if configuration.specialGuardianship.contains(raw: reason) { sink.add(.ceasedSpecialGuardianship, area: area, cell: cell) }
        if configuration.childArrangements.contains(raw: reason) { sink.add(.ceasedChildArrangements, area: area, cell: cell) }
        countCeasedDetail(reason: reason, area: area, cell: cell, into: sink)
    }

    /// Whether one of the missing episodes `rows` (one child's) is a missing (not away) episode
    /// starting in the period.
    @inline(__always)
    func wentMissing(_ rows: Range<Int>) -> Bool {
        let missing = request.cohort.missing
        return rows.contains { missing.kind[$0] == constants.missing && constants.contains(missing.start[$0]) }
    }
}
