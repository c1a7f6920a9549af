import Foundation

extension HistorySimulator {
    /// Starts `count` periods of care in `period`.
    mutating func simulateCare(in period: ReportingPeriod, count: Int) {
        for _ in 0..<count {
            let date = period.start.advanced(by: random.int(0...(period.dayCount - 1)))
            var child: Int?
            if random.chance(0.6), !history.referrals.isEmpty {
                // Often a child already known to children's services.
                for _ in 0..<6 {
                    let referral = history.referrals[random.int(max(0, history.referrals.count - 2_000)...(history.referrals.count - 1))]
                    let candidate = history.children[referral.child]
                    let age = candidate.birth.age(on: date)
                    if referral.date <= date, candidate.inCareUntil < date, age >= 0, age < 18 {
                        child = referral.child
                        break
                    }
                }
            }
            simulatePeriodOfCare(child: child ?? newChild(ageRange: age(parameters.careStartAges), on: date), from: date)
        }
    }

    /// One period of care: episodes for each change of placement or legal status, and missing episodes.
    mutating func simulatePeriodOfCare(child: Int, from start: Day) {
        let p = parameters
        let birth = history.children[child].birth
        let eighteenth = birth.adding(years: 18)
        var status = random.pick(p.startingStatus)
        let shortBreak = status == "V3"
        var length = shortBreak ? random.int(2...21)
            : Int(random.chance(p.shortCareShare) ? random.exponential(mean: p.shortCareMeanDays) + 1
                  : random.exponential(mean: p.longCareMeanDays) + 30)
        var end = start.advanced(by: length)
        var finalReason = random.pick(p.endings)
        if end >= eighteenth {
            end = eighteenth
            finalReason = random.pick([("E17", 0.35), ("E5", 0.35), ("E6", 0.15), ("E8", 0.15)])
            length = max(1, start.distance(to: end))
        }
        if shortBreak { finalReason = "E8" }
        history.children[child].inCareUntil = end

        // Change points: placement moves and legal changes, at random days inside the period.
        var changes: [(day: Day, legal: Bool)] = []
        if !shortBreak {
            let years = Double(length) / 365.25
            let movesPerYear = random.chance(p.placementMoverShare) ? p.placementMovesPerYear.mover : p.placementMovesPerYear.settled
            for _ in 0..<random.poisson(mean: movesPerYear * years) {
                changes.append((start.advanced(by: random.int(1...max(1, length - 1))), false))
            }
            for _ in 0..<random.poisson(mean: p.legalChangesPerYear * years) {
                changes.append((start.advanced(by: random.int(1...max(1, length - 1))), true))
            }
            if status == "C1", length > 120 { changes.append((start.advanced(by: random.int(60...min(400, length - 1))), true)) }
        }
        changes.sort { $0.day < $1.day }

        let need = random.pick([("N1", 0.65), ("N2", 0.03), ("N3", 0.04), ("N4", 0.08), ("N5", 0.12), ("N6", 0.02),
                                ("N8", 0.06)])
        var placement = random.pick(p.placements)
        var episodeStart = start
        var reasonNew = "S"
        var placementPostcode = placePostcode(child)
        for change in changes where change.day > episodeStart && change.day < end {
            append(child, episodeStart, change.day, reasonNew, status, need, placement, "X1", placementPostcode)
            if change.legal {
                status = nextStatus(status)
                reasonNew = "L"
            } else {
                placement = random.pick(p.placements)
                placementPostcode = placePostcode(child)
                reasonNew = random.pick([("P", 0.75), ("T", 0.15), ("B", 0.07), ("U", 0.03)])
                if reasonNew == "T" || reasonNew == "U" { status = nextStatus(status) }
            }
            episodeStart = change.day
        }
        if finalReason == "E11" || finalReason == "E12" {
            let last = adoptionStages(child, start: start, from: episodeStart, to: end, reasonNew, status, need, placement,
                                      placementPostcode)
            // Appended as the episode would have been (the same draws from the random stream, so no
            // later record changes), then placed for adoption.
            append(child, last.start, end, last.reasonNew, "E1", need, placement, finalReason, placementPostcode)
            history.episodes[history.episodes.count - 1].placement = last.placement
            history.episodes[history.episodes.count - 1].provider = last.provider
        } else {
            append(child, episodeStart, end, reasonNew, status, need, placement, finalReason, placementPostcode)
        }

        // Missing episodes while looked after.
        if !shortBreak, random.chance(p.missingChildren * min(1, Double(length) / 365.25) * 1.6) {
            for _ in 0..<(1 + random.poisson(mean: p.missingMeanEpisodes - 1)) {
                let day = start.advanced(by: random.int(0...max(0, length - 1)))
                history.missing.append(SyntheticHistory.Missing(child: child, start: day, end: day.advanced(by: random.int(0...4)),
                                                                away: random.chance(0.15)))
            }
        }
    }

    func nextStatus(_ status: String) -> String {
        switch status {
        case "C1": "C2"
        case "V2": "C1"
        case "L1", "L2", "L3": "C1"
        case "J1", "J2": "V2"
        case "C2": "E1"
        default: status
        }
    }

    mutating func append(_ child: Int, _ start: Day, _ end: Day, _ reasonNew: String, _ status: String, _ need: String,
                         _ placement: String, _ reason: String, _ placementPostcode: Int) {
        let provider: String
        switch placement.first {
        case "P" where placement == "P1": provider = "PR0"
        case "U": provider = random.chance(0.62) ? "PR1" : "PR4"
        case "K": provider = random.chance(0.75) ? "PR4" : "PR1"
        default: provider = random.pick([("PR4", 0.6), ("PR1", 0.25), ("PR5", 0.1), ("PR2", 0.05)])
        }
        let changeReason = reason == "X1" ? random.pick([("CARPL", 0.3), ("PLACE", 0.2), ("CHILD", 0.15), ("LAREQ", 0.15),
                                                          ("STAND", 0.1), ("OTHER", 0.1)]) : ""
        history.episodes.append(SyntheticHistory.Episode(
            child: child, start: start, end: end, reasonNewEpisode: reasonNew, legalStatus: status, need: need,
            placement: placement, provider: provider, reasonCeased: reason, reasonPlaceChange: changeReason,
            placementPostcode: placementPostcode))
    }

    /// A placement postcode: near home, or (for a share of placements) out of area.
    mutating func placePostcode(_ child: Int) -> Int {
        if random.chance(parameters.outOfArea) {
            return history.localPostcodes + random.int(0...(history.postcodes.count - history.localPostcodes - 1))
        }
        return random.int(0...(history.localPostcodes - 1))
    }

    /// Children looked after on or after their 16th birthday.
    func careLeavers() -> [Int] {
        var result: Set<Int> = []
        for episode in history.episodes where !episode.legalStatus.hasPrefix("V3") && episode.legalStatus != "V4" {
            let sixteenth = history.children[episode.child].birth.adding(years: 16)
            if (episode.end ?? .init(dayNumber: .max)) > sixteenth { result.insert(episode.child) }
        }
        return result.sorted()
    }

    /// Invents the authority's postcodes: 40 within 10 km of its centre and 12 between 60 and
    /// 120 km away, on a grid that keeps authorities 50 km apart. Centres lie 8 to a row from
    /// 130 km east and north, so every position of 153 authorities stays on the British National
    /// Grid (0-700 km east, 0-1,300 km north).
    mutating func makePostcodes() {
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
        let centreE = 130_000 + (gridIndex % 8) * 50_000
        let centreN = 130_000 + (gridIndex / 8) * 50_000
        let area = String(letters[gridIndex % letters.count]) + String(letters[(gridIndex / letters.count) % letters.count])
        func code(_ n: Int) -> String {
            "\(area)\(1 + n % 9) \(n % 10)\(letters[(n * 7) % letters.count])\(letters[(n * 13 + 3) % letters.count])"
        }
        for n in 0..<40 {
            let angle = random.unit() * 2 * Double.pi, radius = random.unit().squareRoot() * 10_000
            history.postcodes.append(SyntheticPostcode(code: code(n), easting: centreE + Int(radius * cos(angle)),
                                                       northing: centreN + Int(radius * sin(angle))))
        }
        history.localPostcodes = 40
        for n in 40..<52 {
            let angle = random.unit() * 2 * Double.pi, radius = 60_000 + random.unit() * 60_000
            history.postcodes.append(SyntheticPostcode(code: code(n), easting: centreE + Int(radius * cos(angle)),
                                                       northing: centreN + Int(radius * sin(angle))))
        }
    }
}
