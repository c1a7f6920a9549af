/// The stages of an adoption out of a period of care, drawn from a hash of the child and the
/// period's start (not from the simulator's random stream, so no other record changes with them).
extension HistorySimulator {
    /// Appends the episodes of an adopted child's period of care before its last, from
    /// `episodeStart` (the start of the episode the period would have ended with) to the day the
    /// child moves in with the adopters: the episode as it was, then a placement order (legal status
    /// E1, `RNE` L) from the day the court grants it. Records the adoption's dates and adopters in
    /// the history, and returns the last episode's start, reason for new episode, placement and provider: an A
    /// placement from the day the child moves in (A5 with the foster carers who adopt, `RNE` B;
    /// otherwise A6, `RNE` P). A stretch too short to split stays one episode, which becomes the
    /// placement order and the A placement from `episodeStart`.
    ///
    /// The decision that the child should be placed for adoption comes before the order; the match
    /// between the order and the move (or on the day of the order, for a share matched before it).
    mutating func adoptionStages(_ child: Int, start: Day, from episodeStart: Day, to end: Day, _ reasonNew: String,
                                 _ status: String, _ need: String, _ placement: String, _ postcode: Int)
        -> (start: Day, reasonNew: String, placement: String, provider: String) {
        var hash = SplitMix64(seed: UInt64(truncatingIfNeeded: history.children[child].id) &* 0x9E37_79B9
                                  ^ UInt64(bitPattern: Int64(start.dayNumber)) ^ 0x4144_4F50)   // "ADOP"
        func unit() -> Double { Double(hash.next() % 1_000_000) / 1_000_000 }
        let byFosterCarers = placement.hasPrefix("U") && unit() < 0.3
        let stretch = episodeStart.distance(to: end)
        var orderDay = episodeStart, movedIn = episodeStart
        if stretch >= 3 {
            orderDay = episodeStart.advanced(by: max(1, min(stretch - 2, Int(Double(stretch) * (0.25 + 0.35 * unit())))))
            let rest = orderDay.distance(to: end)
            movedIn = orderDay.advanced(by: max(1, min(rest - 1, Int(Double(rest) * (0.3 + 0.4 * unit())))))
            history.episodes.append(SyntheticHistory.Episode(
                child: child, start: episodeStart, end: orderDay, reasonNewEpisode: reasonNew, legalStatus: status, need: need,
                placement: placement, provider: provider(placement, unit()), reasonCeased: "X1", reasonPlaceChange: "",
                placementPostcode: postcode))
            history.episodes.append(SyntheticHistory.Episode(
                child: child, start: orderDay, end: movedIn, reasonNewEpisode: "L", legalStatus: "E1", need: need,
                placement: placement, provider: provider(placement, unit()), reasonCeased: "X1",
                reasonPlaceChange: byFosterCarers ? "" : "CARPL",   // the move to the adopters carries out the care plan
                placementPostcode: postcode))
        }
        let decidedGap = max(1, Int(Double(max(1, start.distance(to: orderDay))) * (0.05 + 0.3 * unit())))
        let decided = max(start, orderDay.advanced(by: -decidedGap))
        let matched = unit() < 0.1 ? orderDay
            : orderDay.advanced(by: Int(Double(orderDay.distance(to: movedIn)) * (0.6 + 0.4 * unit())))
        let couple = unit() < 0.85
        let sex = couple ? (unit() < 0.88 ? "MF" : unit() < 0.5 ? "MM" : "FF") : (unit() < 0.8 ? "F1" : "M1")
        let legal = couple ? (unit() < 0.8 ? "L0" : unit() < 0.5 ? "L11" : "L2") : "L3"
        history.adoptions.append(SyntheticHistory.Adoption(
            child: child, decided: decided, orderGranted: orderDay, matched: matched, movedIn: movedIn, adopted: end,
            byFosterCarers: byFosterCarers, adopters: couple ? 2 : 1, sex: sex, legalStatus: legal))
        let first = stretch < 3, placed = byFosterCarers ? "A5" : "A6"
        return (movedIn, first ? reasonNew : byFosterCarers ? "B" : "P", placed, provider(placed, unit()))
    }

    /// A placement provider for an episode the hash places.
    private func provider(_ placement: String, _ draw: Double) -> String {
        switch placement.first {
        case "P" where placement == "P1": "PR0"
        case "U": draw < 0.62 ? "PR1" : "PR4"
        case "K": draw < 0.75 ? "PR4" : "PR1"
        default: draw < 0.6 ? "PR4" : draw < 0.85 ? "PR1" : "PR5"
        }
    }
}
