import Foundation

/// Simulates one authority's children's social care records over a span of collection years.
struct HistorySimulator {
    var random: SyntheticRandom
    let parameters: SyntheticParameters
    let calendar = WorkingDayCalendar.englandAndWales
    var history: SyntheticHistory
    /// The authority's position in the dataset, which places its postcodes on the grid.
    let gridIndex: Int
    private var nextChildID: Int

    init(authority: SyntheticAuthority, gridIndex: Int, seed: UInt64, parameters: SyntheticParameters) {
        random = SyntheticRandom(seed: seed, stream: authority.code)
        var local = parameters
        local.referralRate *= authority.calibration.referrals
        local.careStartRate *= authority.calibration.careStarts
        local.shortCareMeanDays *= authority.calibration.timeInCare
        local.longCareMeanDays *= authority.calibration.timeInCare
        self.parameters = local
        self.gridIndex = gridIndex
        history = SyntheticHistory(authority: authority)
        nextChildID = 100_000 + random.int(0...99_999) * 10
        makePostcodes()
    }

    /// Simulates from `warmUp` years before `firstYear` through `lastYear` (collection years), with
    /// periods of care starting from `careWarmUp` years before `firstYear`: a child can be looked
    /// after from birth to 18, so the 31 March stock needs that long a history, while referrals,
    /// plans and their repeats need only a few years (and are most of the generation time).
    mutating func run(firstYear: Int, lastYear: Int, warmUp: Int = 6, careWarmUp: Int = 18) -> SyntheticHistory {
        for year in (firstYear - max(warmUp, careWarmUp))...lastYear {
            let period = ReportingPeriod.collectionYear(year)
            let population = Double(history.authority.population(midYear: period.populationMidYear))
            if year >= firstYear - warmUp {
                simulateReferrals(in: period, count: random.poisson(mean: population * parameters.referralRate))
            }
            if year >= firstYear - careWarmUp {
                simulateCare(in: period, count: random.poisson(mean: population * parameters.careStartRate))
            }
        }
        history.episodes.sort { ($0.child, $0.start) < ($1.child, $1.start) }
        history.missing.sort { ($0.child, $0.start) < ($1.child, $1.start) }
        history.careLeavers = careLeavers()
        return history
    }

    // MARK: Children

    mutating func newChild(ageRange: ClosedRange<Int>, on date: Day) -> Int {
        let birth: Day
        if ageRange.lowerBound < 0 {
            birth = date.advanced(by: random.int(30...160)) // unborn: expected in the coming months
        } else {
            let age = random.int(ageRange)
            birth = date.adding(years: -age).advanced(by: -random.int(0...364))
        }
        let child = SyntheticHistory.Child(
            id: nextChildID, birth: birth, male: random.chance(0.52), ethnicity: random.pick(parameters.ethnicities),
            disabled: random.chance(parameters.disabled), home: random.int(0...(history.localPostcodes - 1)),
            plansBeforeData: random.chance(parameters.previousPlanBeforeData) ? random.int(1...2) : 0)
        nextChildID += random.int(1...7)
        history.children.append(child)
        return history.children.count - 1
    }

    mutating func age(_ ranges: [(range: ClosedRange<Int>, weight: Double)]) -> ClosedRange<Int> {
        ranges[random.pick(ranges.map(\.weight))].range
    }

    // MARK: Referrals

    mutating func simulateReferrals(in period: ReportingPeriod, count: Int) {
        let days = (0..<count).map { _ in period.start.advanced(by: random.int(0...(period.dayCount - 1))) }.sorted()
        for date in days {
            var child = random.chance(parameters.rereferralShare) ? rereferredChild(on: date) : nil
            if child == nil { child = newChild(ageRange: age(parameters.referralAges), on: date) }
            simulateReferral(child: child!, on: date)
        }
    }

    /// A child whose latest referral was in the last 12 months and is closed, if one is found.
    mutating func rereferredChild(on date: Day) -> Int? {
        let windowStart = date.adding(months: -12)
        var low = 0, high = history.referrals.count
        while low < high {
            let mid = (low + high) / 2
            if history.referrals[mid].date < windowStart { low = mid + 1 } else { high = mid }
        }
        guard low < history.referrals.count else { return nil }
        for _ in 0..<12 {
            let index = random.int(low...(history.referrals.count - 1))
            let referral = history.referrals[index]
            let child = history.children[referral.child]
            if child.lastReferral == index, referral.closure < date, child.birth.age(on: date) < 18 { return referral.child }
        }
        return nil
    }

    func addingWorkingDays(_ days: Int, to start: Day) -> Day {
        var day = start
        var remaining = days
        while remaining > 0 {
            day = day.advanced(by: 1)
            if calendar.isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    mutating func simulateReferral(child: Int, on date: Day) {
        let p = parameters
        var referral = SyntheticHistory.Referral(
            child: child, date: date, noFurtherAction: random.chance(p.noFurtherAction),
            need: random.pick([("N1", 0.57), ("N2", 0.05), ("N3", 0.04), ("N4", 0.08), ("N5", 0.15), ("N6", 0.03),
                               ("N7", 0.01), ("N8", 0.03), ("N0", 0.02), ("N9", 0.02)]),
            closure: date, closureReason: "RC8")
        if referral.noFurtherAction {
            referral.closure = date.advanced(by: random.int(0...6))
        } else {
            var closure = date.advanced(by: random.int(1...20))
            var staysOpen = false
            if random.chance(p.assessed) {
                let start = date.advanced(by: random.int(0...3))
                let workingDays = random.chance(p.assessmentOnTime) ? random.int(4...45) : random.int(46...95)
                let authorised = addingWorkingDays(workingDays, to: start)
                referral.assessment = (start, authorised)
                closure = authorised
                staysOpen = !random.chance(p.closedAfterAssessment)
            }
            if random.chance(p.section47) {
                let start = date.advanced(by: random.int(0...10))
                var conference: Day?
                if random.chance(p.conference) {
                    let held = addingWorkingDays(random.chance(p.conferenceOnTime) ? random.int(2...15) : random.int(16...40), to: start)
                    conference = held
                    referral.episodeConference = held
                    if random.chance(p.plan) {
                        let length = Int((p.planMedianDays * exp(random.normal(mean: 0, sd: p.planLogSD))).rounded())
                        let initial = random.pick(p.abuseCategories)
                        let previous = history.children[child].plans + history.children[child].plansBeforeData
                        referral.plans.append(SyntheticHistory.Plan(
                            start: held, end: held.advanced(by: max(length, 14)), initial: initial,
                            latest: random.chance(0.9) ? initial : random.pick(p.abuseCategories), previous: previous))
                        history.children[child].plans += 1
                        closure = max(closure, held.advanced(by: max(length, 14) + random.int(0...60)))
                        staysOpen = false
                    }
                }
                referral.enquiries.append((start, conference))
                closure = max(closure, conference ?? start.advanced(by: random.int(5...30)))
            }
            if staysOpen { closure = closure.advanced(by: Int(random.exponential(mean: p.cinMeanDays))) }
            referral.closure = closure
            referral.closureReason = staysOpen || !referral.plans.isEmpty
                ? random.pick([("RC7", 0.7), ("RC3", 0.05), ("RC4", 0.04), ("RC5", 0.08), ("RC6", 0.03), ("RC1", 0.02), ("RC9", 0.08)])
                : random.pick([("RC8", 0.75), ("RC9", 0.25)])
        }
        history.referrals.append(referral)
        history.children[child].lastReferral = history.referrals.count - 1
    }
}
