extension IndicatorComputation {
    /// Counts the stages of the adoption of a child who ceased to be looked after in the period by
    /// adoption (the ceasing episode `ceasedRow`, the one ``countCare`` counts the child by), from
    /// the child's episodes `range` and its `ad1` row:
    ///
    /// - the period of care the adoption ends: it starts as ``countCare`` starts one (the first
    ///   episode, `RNE` S, or an episode starting after every earlier one has ended);
    /// - the day the child moved in with the adoptive family: the first day of the unbroken run of
    ///   placements for adoption (A3-A6, contiguous episodes) the ceasing episode ends; for a
    ///   placement with the current foster carers (A3, A5), the adjusted day is the first day the
    ///   child lived with those carers (the start of the run of episodes with the same carers,
    ///   `RNE` L, U or B, before the placement for adoption);
    /// - the placement order: the first day of the first episode of the period of care with legal
    ///   status E1 or D1;
    /// - the match: `DATE_MATCH` of the child's `ad1` row in the return of the collection year
    ///   containing the adoption (0 days when on or before the order), and the decision that the
    ///   child should be placed for adoption, its `DATE_INT` (0 days to the match when the match came
    ///   first).
    ///
    /// A child with no placement for adoption in that run is counted as not placed (coverage
    /// `excluded` of the timeliness averages, and of the order-to-match average with the children
    /// placed with no order); a child with no `ad1` row or no match date is counted so for the
    /// order-to-match average.
    @inline(__always)
    func countAdoption<Sink: CountingSink>(child: Int32, episodes range: Range<Int>, ceasedRow: Int, area: Int, cell: Int,
                                           into sink: Sink) {
        let episodes = request.cohort.episodes
        let configuration = request.configuration
        let p = constants
        var any = false, latestEnd = Int32.min, previousEnd = Int32.min, previousPlaced = false
        var careStart = Int32.min, carerStart = Int32.min, orderStart = Int32.min
        var placedStart = Int32.min, carerAtPlaced = Int32.min, fosterCarers = false
        for e in range {
            let start = episodes.start[e], end = episodes.end[e]
            if start > p.end { break }
            if end < start || configuration.shortBreaks.contains(raw: episodes.legalStatus[e]) { continue }
            let reason = episodes.reasonNewEpisode[e]
            let newPeriod = !any || reason == p.startedCare || start > latestEnd
            if newPeriod {
                careStart = start
                orderStart = Int32.min
                previousPlaced = false
            }
            if newPeriod || !configuration.sameCarerReasons.contains(raw: reason) { carerStart = start }
            if orderStart == Int32.min, configuration.placementOrder.contains(raw: episodes.legalStatus[e]) { orderStart = start }
            let placement = episodes.placement[e]
            if configuration.placedForAdoption.contains(raw: placement) {
                if !(previousPlaced && start <= previousEnd) {
                    placedStart = start
                    carerAtPlaced = carerStart
                    fosterCarers = configuration.placedWithFosterCarers.contains(raw: placement)
                }
                previousPlaced = true
            } else {
                placedStart = Int32.min
                previousPlaced = false
            }
            any = true
            previousEnd = end
            latestEnd = max(latestEnd, end)
            if e == ceasedRow { break }
        }
        let adopted = episodes.end[ceasedRow]
        sink.note(.periodOfCareStart, day: careStart)
        sink.add(.adoptedCareToAdoptedDays, area: area, cell: cell, Int64(adopted) - Int64(careStart))
        // The child's ad1 row in the return of the collection year containing the adoption.
        let adoptions = request.cohort.adoptions
        let year = PeriodConstants.collectionYear(of: adopted)
        var row = adoptions.child.firstRow(notBelow: child)
        while row < adoptions.count, adoptions.child[row] == child, adoptions.collectionYear[row] != year { row += 1 }
        let hasRow = row < adoptions.count && adoptions.child[row] == child
        let matched = hasRow ? adoptions.matched[row] : DayNumber.unknown
        if !hasRow {
            sink.add(.adoptedAD1Missing, area: area, cell: cell)
        } else if adoptions.decided[row] == DayNumber.unknown || matched == DayNumber.unknown {
            sink.add(.adoptedDecisionOrMatchUnknown, area: area, cell: cell)
        } else {
            sink.note(.matched, day: matched)
            sink.add(.adoptedDecidedAndMatched, area: area, cell: cell)
            sink.add(.adoptedDecisionToMatchDays, area: area, cell: cell, max(0, Int64(matched) - Int64(adoptions.decided[row])))
        }
        guard placedStart != Int32.min else {
            sink.add(.adoptedNotPlaced, area: area, cell: cell)
            sink.add(.adoptedNoOrder, area: area, cell: cell)   // left out of the order-to-match average too
            return
        }
        sink.note(.placedForAdoption, day: placedStart)
        sink.add(.adoptedPlaced, area: area, cell: cell)
        sink.add(.adoptedCareToPlacedDays, area: area, cell: cell, Int64(placedStart) - Int64(careStart))
        let movedIn = fosterCarers ? carerAtPlaced : placedStart
        sink.add(.adoptedCareToCarersDays, area: area, cell: cell, Int64(movedIn) - Int64(careStart))
        guard orderStart != Int32.min else {
            sink.add(.adoptedNoOrder, area: area, cell: cell)
            return
        }
        sink.note(.placementOrder, day: orderStart)
        guard hasRow else {
            sink.add(.adoptedNoAD1, area: area, cell: cell)
            return
        }
        guard matched != DayNumber.unknown else {
            sink.add(.adoptedMatchUnknown, area: area, cell: cell)
            return
        }
        sink.add(.adoptedMatchedAfterOrder, area: area, cell: cell)
        sink.add(.adoptedOrderToMatchDays, area: area, cell: cell, max(0, Int64(matched) - Int64(orderStart)))
    }

    /// Counts a child who started to be looked after on `started` (in the period) whose
    /// `previous_permanence` row, in the return of the collection year containing that day, says it
    /// had a previous permanence order (``AggregationConfiguration/previousPermanence``); a child
    /// with no such row is counted as coverage `no_record`.
    @inline(__always)
    func countPreviousPermanence<Sink: CountingSink>(child: Int32, startedOn started: Int32, area: Int, cell: Int,
                                                     into sink: Sink) {
        let permanence = request.cohort.previousPermanence
        let year = PeriodConstants.collectionYear(of: started)
        var row = permanence.child.firstRow(notBelow: child)
        while row < permanence.count, permanence.child[row] == child, permanence.collectionYear[row] != year { row += 1 }
        guard row < permanence.count, permanence.child[row] == child else {
            sink.add(.startedNoPermanenceRow, area: area, cell: cell)
            return
        }
        if request.configuration.previousPermanence.contains(raw: permanence.kind[row]) {
            sink.add(.startedPreviousPermanence, area: area, cell: cell)
        }
    }
}
