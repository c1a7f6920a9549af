/// The SSDA903 adoption tables of a return, cut from the history's adoptions and episodes.
extension SSDA903ReturnWriter {
    /// `ad1` rows for the children adopted in the year (their last episode ends in it with E11 or
    /// E12); `placed_for_adoption` rows for the decisions made by the year's end and not ceased
    /// before its start (the date ceased, the adoption, only when it falls by the year's end, as
    /// the authority knew it at 31 March); `previous_permanence` rows for the children who started
    /// to be looked after in the year: a share with a previous adoption, special guardianship or
    /// child arrangements order, chosen by a hash of the child (so no other record depends on it),
    /// the rest Z1.
    func adoptionRows(into result: inout SSDA903ReturnRows) {
        let period = self.period
        let format = DayFormat.dayMonthYear
        for adoption in history.adoptions {
            let child = history.children[adoption.child]
            let id = String(child.id), birth = child.birth.formatted(format)
            if period.contains(adoption.adopted) {
                result.adoptions.append((adoption.child, [
                    id, birth, adoption.decided.formatted(format), adoption.matched.formatted(format),
                    adoption.byFosterCarers ? "1" : "0", String(adoption.adopters), adoption.sex, adoption.legalStatus,
                ]))
            }
            if adoption.decided <= period.end, adoption.adopted >= period.start {
                let ceased = adoption.adopted <= period.end ? adoption.adopted.formatted(format) : ""
                result.placedForAdoption.append((adoption.child, [id, birth, adoption.decided.formatted(format), ceased, ""]))
            }
        }
        for episode in history.episodes where episode.reasonNewEpisode == "S" && period.contains(episode.start) {
            let child = history.children[episode.child]
            var hash = SplitMix64(seed: UInt64(truncatingIfNeeded: child.id) ^ UInt64(bitPattern: Int64(episode.start.dayNumber))
                                      ^ 0x5045_524D)   // "PERM"
            let draw = Double(hash.next() % 1_000_000) / 1_000_000
            var fields = [String(child.id), child.birth.formatted(format), "Z1", "", ""]
            let lived = child.birth.distance(to: episode.start)   // days of life before care started
            if draw < 0.06, lived > 60 {
                fields[2] = draw < 0.015 ? "P1" : draw < 0.045 ? "P2" : "P3"
                // Granted after birth and at least 30 days before care started.
                let granted = episode.start.advanced(by: -30 - Int(hash.next() % UInt64(min(2_500, lived - 30))))
                fields[3] = history.authority.number
                let known = hash.next() % 3
                fields[4] = known == 0 ? granted.formatted(format)
                    : known == 1 ? "zz/" + String(granted.formatted(format).suffix(7)) : "zz/zz/\(granted.year)"
            }
            result.previousPermanence.append((episode.child, fields))
        }
    }
}
