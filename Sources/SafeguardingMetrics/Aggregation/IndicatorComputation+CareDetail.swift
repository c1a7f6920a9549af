extension IndicatorComputation {
    /// Counts the kinds of adoption and special guardianship order of a child who ceased to be
    /// looked after in the period, by the reason of the ceasing episode that ended last (the
    /// reason ``countCeased`` counts the child by).
    @inline(__always)
    func countCeasedDetail<Sink: CountingSink>(reason: UInt8, area: Int, cell: Int, into sink: Sink) {
        let configuration = request.configuration
        if configuration.adoptedUnopposed.contains(raw: reason) { sink.add(.ceasedAdoptedUnopposed, area: area, cell: cell) }
        if configuration.adoptedConsentDispensed.contains(raw: reason) {
            sink.add(.ceasedAdoptedConsentDispensed, area: area, cell: cell)
        }
        if configuration.specialGuardianshipFosterRelative.contains(raw: reason) {
            sink.add(.ceasedSGOFosterRelative, area: area, cell: cell)
        }
        if configuration.specialGuardianshipFosterOther.contains(raw: reason) {
            sink.add(.ceasedSGOFosterOther, area: area, cell: cell)
        }
        if configuration.specialGuardianshipCarerRelative.contains(raw: reason) {
            sink.add(.ceasedSGOCarerRelative, area: area, cell: cell)
        }
    }

    /// Counts a child who ceased to be looked after in the period aged 18 or over (by the SSDA903
    /// header's date of birth) from a foster placement, in the ceasing episode `row` that ended
    /// last, and whether that episode's reason is staying put (E17). A child whose date of birth is
    /// unknown is not counted.
    @inline(__always)
    func countCeasedAt18<Sink: CountingSink>(child: Int32, row: Int, area: Int, cell: Int, into sink: Sink) {
        let episodes = request.cohort.episodes
        let configuration = request.configuration
        guard configuration.foster.contains(raw: episodes.placement[row]) else { return }
        let birth = lookedAfterBirth(of: child)
        guard birth != DayNumber.unknown, Day(dayNumber: birth).age(on: Day(dayNumber: episodes.end[row])) >= 18 else {
            return
        }
        sink.add(.ceasedAt18Foster, area: area, cell: cell)
        if configuration.stayingPut.contains(raw: episodes.reasonCeased[row]) { sink.add(.ceasedStayingPut, area: area, cell: cell) }
    }

    /// Counts the placement and legal status groups of the episode `row` open at the period end.
    @inline(__always)
    func countPlacementAndLegalStatus<Sink: CountingSink>(row: Int, area: Int, cell: Int, into sink: Sink) {
        let episodes = request.cohort.episodes
        let configuration = request.configuration
        let placement = episodes.placement[row], legalStatus = episodes.legalStatus[row]
        if configuration.secureAndChildrensHomes.contains(raw: placement) { sink.add(.secureHomesAtEnd, area: area, cell: cell) }
        if configuration.supportedAccommodation.contains(raw: placement) {
            sink.add(.supportedAccommodationAtEnd, area: area, cell: cell)
        }
        if configuration.otherResidential.contains(raw: placement) { sink.add(.otherResidentialAtEnd, area: area, cell: cell) }
        if configuration.otherPlacements.contains(raw: placement) { sink.add(.otherPlacementAtEnd, area: area, cell: cell) }
        if configuration.withParents.contains(raw: placement) { sink.add(.withParentsAtEnd, area: area, cell: cell) }
        if configuration.placedForAdoption.contains(raw: placement) { sink.add(.placedForAdoptionAtEnd, area: area, cell: cell) }
        if configuration.careOrder.contains(raw: legalStatus) { sink.add(.careOrderAtEnd, area: area, cell: cell) }
        if configuration.placementOrder.contains(raw: legalStatus) { sink.add(.placementOrderAtEnd, area: area, cell: cell) }
        if configuration.voluntaryAccommodation.contains(raw: legalStatus) { sink.add(.voluntaryAtEnd, area: area, cell: cell) }
    }

    /// Counts, for a child looked after during the period, whether one of its missing episodes
    /// `rows` is an away (A) episode starting in the period, and the missing (M) and away
    /// episodes (incidents) starting in the period.
    @inline(__always)
    func countMissingIncidents<Sink: CountingSink>(_ rows: Range<Int>, area: Int, cell: Int, into sink: Sink) {
        let missing = request.cohort.missing
        let p = constants
        var away = false
        for row in rows where p.contains(missing.start[row]) {
            if missing.kind[row] == p.missing {
                sink.add(.missingIncidents, area: area, cell: cell)
            } else if missing.kind[row] == p.away {
                sink.add(.awayIncidents, area: area, cell: cell)
                away = true
            }
        }
        if away { sink.add(.wentAway, area: area, cell: cell) }
    }

    /// Counts `counter` when the child's `uasc` row of the return of the collection year
    /// containing the period end (among the child's rows `rows`) says the child was an
    /// unaccompanied asylum-seeking child on `day`.
    @inline(__always)
    func countUnaccompanied<Sink: CountingSink>(_ rows: Range<Int>, on day: Int32, _ counter: Counter, area: Int, cell: Int,
                                                into sink: Sink) {
        let uasc = request.cohort.uasc
        for row in rows where uasc.collectionYear[row] == constants.yearOfEnd {
            if uasc.isUnaccompanied(row: row, on: day) { sink.add(counter, area: area, cell: cell) }
            return
        }
    }
}
