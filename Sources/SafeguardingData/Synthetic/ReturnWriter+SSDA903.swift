/// Cuts one collection year's SSDA903 return out of a simulated history, as the CSV files a
/// council submits: what the authority knew at 31 March of that year.
struct SSDA903ReturnWriter {
    let history: SyntheticHistory
    let year: Int
    let parameters: SyntheticParameters
    var random: SyntheticRandom

    init(history: SyntheticHistory, year: Int, seed: UInt64, parameters: SyntheticParameters) {
        self.history = history
        self.year = year
        self.parameters = parameters
        random = SyntheticRandom(seed: seed, stream: "\(history.authority.code)/903/\(year)")
    }

    var period: ReportingPeriod { .collectionYear(year) }

    /// The return's rows, table by table, in the CSV column order.
    mutating func rows() -> SSDA903ReturnRows {
        let end = period.end, start = period.start
        var result = SSDA903ReturnRows()
        var children: Set<Int> = []
        for episode in history.episodes where episode.start <= end && (episode.end.map { $0 >= start } ?? true) {
            let child = history.children[episode.child]
            children.insert(episode.child)
            let closed = episode.end.map { $0 <= end } ?? false
            result.episodes.append((episode.child, [
                String(child.id), episode.start.formatted(.dayMonthYear), episode.reasonNewEpisode, episode.legalStatus,
                episode.need, episode.placement, episode.provider,
                closed ? episode.end!.formatted(.dayMonthYear) : "", closed ? episode.reasonCeased : "",
                closed ? episode.reasonPlaceChange : "", history.postcodes[child.home].code,
                history.postcodes[episode.placementPostcode].code,
                episode.placement.hasPrefix("K") ? "SC\(100_000 + episode.placementPostcode)" : "",
            ]))
        }
        for row in history.missing where period.contains(row.start) {
            let child = history.children[row.child]
            result.missing.append((row.child, [String(child.id), child.birth.formatted(.dayMonthYear), row.away ? "A" : "M",
                                               row.start.formatted(.dayMonthYear),
                                               row.end <= end ? row.end.formatted(.dayMonthYear) : ""]))
        }
        oc2Rows(into: &result, children: &children)
        oc3Rows(into: &result, children: &children)
        for index in children.sorted() {
            let child = history.children[index]
            result.header.append((index, [String(child.id), child.male ? "1" : "2", child.birth.formatted(.dayMonthYear),
                                          child.ethnicity, "", "", ""]))
        }
        uascRows(into: &result, children: children)
        adoptionRows(into: &result)
        return result
    }

    /// Children looked after continuously for 12 months or more at 31 March (short breaks
    /// excluded), with an SDQ score or the reason there is none.
    mutating func oc2Rows(into result: inout SSDA903ReturnRows, children: inout Set<Int>) {
        let end = period.end
        let yearAgo = end.adding(years: -1)
        var index = 0
        let episodes = history.episodes
        while index < episodes.count {
            // One child's episodes; find the period of care open at the end and when it began.
            let child = episodes[index].child
            var last = index
            while last + 1 < episodes.count, episodes[last + 1].child == child { last += 1 }
            var periodStart: Day?
            for row in index...last where episodes[row].legalStatus != "V3" && episodes[row].legalStatus != "V4" {
                let episode = episodes[row]
                if row == index || episodes[row - 1].end != episode.start || episode.reasonNewEpisode == "S" {
                    periodStart = episode.start
                }
                if episode.start <= end, (episode.end ?? Day(dayNumber: .max)) > end, let began = periodStart, began <= yearAgo {
                    let record = history.children[child]
                    let age = record.birth.age(on: end)
                    children.insert(child)
                    var fields = [String(record.id), record.birth.formatted(.dayMonthYear)]
                    if (4...16).contains(age), random.chance(parameters.sdqReturned) {
                        let score = min(40, max(0, Int(random.normal(mean: parameters.sdqMean, sd: parameters.sdqSD).rounded())))
                        fields += [String(score), ""]
                    } else {
                        fields += ["", (4...16).contains(age)
                            ? random.pick([("SDQ2", 0.3), ("SDQ3", 0.2), ("SDQ4", 0.35), ("SDQ5", 0.15)]) : "SDQ1"]
                    }
                    // One draw per field, whatever the share, so the rest of the cohort does not depend on them.
                    for (index, share) in parameters.oc2Outcomes.enumerated() {
                        let applies = index != 0 || age >= 10   // convictions from the age of criminal responsibility
                        fields.append(random.chance(applies ? share : 0) ? "1" : "0")
                    }
                    result.oc2.append((child, fields))
                    break
                }
            }
            index = last + 1
        }
    }

    /// Care leavers whose 17th to 21st birthday falls in the year.
    mutating func oc3Rows(into result: inout SSDA903ReturnRows, children: inout Set<Int>) {
        for index in history.careLeavers {
            let child = history.children[index]
            guard let age = (17...21).first(where: { period.contains(child.birth.adding(years: $0)) }) else { continue }
            let young = age <= 18
            children.insert(index)
            let inTouch = random.pick(parameters.inTouch)
            var fields = [String(child.id), child.birth.formatted(.dayMonthYear), inTouch]
            if inTouch == "DIED" || inTouch == "RHOM" || inTouch == "NREQ" {
                fields += ["", ""]
            } else {
                let eet = random.chance(young ? parameters.eet.youngest : parameters.eet.oldest)
                fields.append(eet ? random.pick([("F2", 0.45), ("F1", 0.1), ("F5", 0.25), ("P5", 0.1), ("F4", 0.07), ("P2", 0.03)])
                              : random.pick([("G5", 0.6), ("G4", 0.25), ("G6", 0.15)]))
                let suitable = random.chance(young ? parameters.suitable.youngest : parameters.suitable.oldest)
                let kind = random.pick([("B", 0.2), ("U", 0.3), ("E", 0.15), ("D", 0.15), ("Z", 0.1), ("C", 0.05), ("T", 0.05)])
                fields.append(suitable ? kind + "1" : random.chance(0.8) ? kind + "2" : "0")
            }
            result.oc3.append((index, fields))
        }
    }

    /// Unaccompanied asylum-seeking children among the return's children: a share
    /// (``SyntheticParameters/uascShare``) of the boys who first came into care aged 14 or over,
    /// chosen by a hash of the child's identifier, so that no other record depends on it. `DUC` is
    /// the 18th birthday, as returns record it.
    func uascRows(into result: inout SSDA903ReturnRows, children: Set<Int>) {
        var firstStart: [Int: Day] = [:]
        for episode in history.episodes where children.contains(episode.child) {
            if firstStart[episode.child].map({ episode.start < $0 }) ?? true { firstStart[episode.child] = episode.start }
        }
        for index in children.sorted() {
            let child = history.children[index]
            guard child.male, let start = firstStart[index], child.birth.age(on: start) >= 14 else { continue }
            var hash = SplitMix64(seed: UInt64(truncatingIfNeeded: child.id) ^ 0x5541_5343)   // "UASC"
            guard Double(hash.next() % 1_000_000) / 1_000_000 < parameters.uascShare else { continue }
            result.uasc.append((index, [String(child.id), "1", child.birth.formatted(.dayMonthYear),
                                        child.birth.adding(years: 18).formatted(.dayMonthYear)]))
        }
    }
}
