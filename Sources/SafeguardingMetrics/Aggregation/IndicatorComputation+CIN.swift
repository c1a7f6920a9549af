extension IndicatorComputation {
    /// Counts referrals, re-referrals, NFA, CIN episodes started and open at the period end, and
    /// episode-level conferences, one pass over the referral rows `rows` (INDICATORS.md §2).
    ///
    /// Rows are sorted by child and date with one row per date, so a child's previous row is its
    /// latest earlier referral, across every loaded return.
    func countReferrals<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, marks: inout StatusMarks,
                                                           into sink: Sink) {
        let cohort = request.cohort
        let referrals = cohort.referrals
        let childColumn = referrals.child, dates = referrals.referral, closures = referrals.closure
        let nfaColumn = referrals.noFurtherAction, needs = referrals.primaryNeed, conferences = referrals.initialConference
        let reasons = referrals.reasonForClosure, notInNeed = request.configuration.assessedNotInNeed
        let sources = referrals.source
        let authority = cohort.children.authority
        let enquiryReferral = cohort.section47.referral, enquiryConferences = cohort.section47.initialConference
        let selected = self.selected
        let p = constants
        let breadth = ReferralBreadth(request: request, constants: p)
        var lastPreProceedingsChild: Int32 = -1, lastConferenceChild: Int32 = -1
        // The enquiries are sorted by referral: a cursor walks them alongside the referrals.
        var enquiry = enquiryReferral.firstRow(notBelow: Int32(rows.lowerBound))
        for r in rows {
            let firstEnquiry = enquiry
            while enquiry < enquiryReferral.count, enquiryReferral[enquiry] == Int32(r) { enquiry += 1 }
            // Most referrals of a multi-year cohort count for nothing in the period: find that out
            // from the row itself before looking up the child's authority.
            let date = dates[r]
            let nfa = nfaColumn[r] == 1
            let open = date != DayNumber.unknown && date <= p.end && closures[r] > p.end && !nfa
            let episodeLevel = conferences[r]
            let ended = !nfa && date != DayNumber.unknown && p.contains(closures[r])
            let preProceedings = breadth.preProceedings(r)
            // The episode's first conference in the period, at the episode level or on an enquiry.
            var firstConference = p.contains(episodeLevel) ? episodeLevel : DayNumber.open
            for s in firstEnquiry..<enquiry where p.contains(enquiryConferences[s]) {
                firstConference = min(firstConference, enquiryConferences[s])
            }
            guard p.contains(date) || open || firstConference != DayNumber.open || ended || preProceedings != .none else {
                continue
            }
            let child = childColumn[r]
            let area = Int(authority[Int(child)])
            guard selected[area] else { continue }
            sink.visit(.referrals, row: r, child: child, key: date)
            let need = needs[r], source = sources[r]
            if p.contains(date) {
                let cell = rule.cell(child: child, date: date, need: need, source: source)
                sink.add(.referrals, area: area, cell: cell)
                if nfa { sink.add(.referralsNFA, area: area, cell: cell) }
                breadth.countReferral(r, nfa: nfa, area: area, cell: cell, into: sink)
                // An episode of need starts unless the referral was NFA or the child was assessed
                // not to be in need (a closure by the period end, for a reason of `notInNeed`).
                if !nfa, closures[r] > p.end || !notInNeed.contains(raw: reasons[r]) {
                    sink.add(.cinStarted, area: area, cell: cell)
                }
                if r > 0, childColumn[r - 1] == child {
                    let previous = dates[r - 1]
                    sink.note(.earlierReferral, day: previous)
                    if previous != DayNumber.unknown, previous < date,
                       previous >= p.rereferralWindowStart[Int(date - p.start)] {
                        sink.add(.rereferrals, area: area, cell: cell)
                    }
                }
            }
            if open {
                marks.mark(child, StatusMarks.childInNeed)
                let cell = rule.cell(child: child, date: p.end, need: need, source: source)
                sink.add(.cinOpenAtEnd, area: area, cell: cell)
                sink.add(breadth.openDurationBand(from: date), area: area, cell: cell)
            }
            if ended {
                let closure = closures[r]
                let cell = rule.cell(child: child, date: closure, need: need, source: source)
                sink.add(.cinEnded, area: area, cell: cell)
                sink.add(ReferralBreadth.endedDurationBand(from: date, to: closure), area: area, cell: cell)
            }
            if preProceedings != .none {
                breadth.countPreProceedings(r, preProceedings, child: child, need: need, area: area, rule: rule,
                                            lastChild: &lastPreProceedingsChild, into: sink)
            }
            // A child with a conference counts once, in the cell of its first episode's first one.
            if firstConference != DayNumber.open, lastConferenceChild != child {
                lastConferenceChild = child
                sink.add(.conferenceChildren, area: area,
                         cell: rule.cell(child: child, date: firstConference, need: need, source: source))
            }
            // A conference recorded only at the CIN episode level (a transfer-in) has no enquiry
            // row with its date: it counts, with no enquiry to time it against.
            if p.contains(episodeLevel), !(firstEnquiry..<enquiry).contains(where: { enquiryConferences[$0] == episodeLevel }) {
                sink.visit(.conferences, row: r, child: child, key: episodeLevel)
                sink.add(.conferences, area: area, cell: rule.cell(child: child, date: episodeLevel, need: need, source: source))
            }
        }
    }

    /// Counts assessments and their 45-working-day timeliness, and the CIN episodes whose
    /// assessments authorised in the period identified factors (each factor once per episode,
    /// counted at its first assessment in the period, in that one's cell): one pass over the
    /// assessment rows `rows`, which come a referral at a time.
    func countAssessments<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, into sink: Sink) {
        let cohort = request.cohort
        let assessments = cohort.assessments
        let referralColumn = assessments.referral, starts = assessments.start, authorisations = assessments.authorisation
        let referralDates = cohort.referrals.referral, referralChild = cohort.referrals.child, needs = cohort.referrals.primaryNeed
        let sources = cohort.referrals.source
        let authority = cohort.children.authority
        let selected = self.selected
        let calendar = request.configuration.calendar
        let limit = request.configuration.assessmentWorkingDays
        let fromReferral = request.configuration.assessmentClockStart != .assessmentStart
        let p = constants
        let factorColumn = assessments.factors, groups = AssessmentFactorGroup.masks, factorMask = AssessmentFactorGroup.factorMask
        var episode = -1
        for a in rows {
            let authorised = authorisations[a]
            guard p.contains(authorised) else { continue }
            let r = Int(referralColumn[a])
            let child = referralChild[r]
            let area = Int(authority[Int(child)])
            guard selected[area] else { continue }
            sink.visit(.assessments, row: a, child: child, key: authorised)
            let cell = rule.cell(child: child, date: authorised, need: needs[r], source: sources[r])
            sink.add(.assessmentsAuthorised, area: area, cell: cell)
            if r != episode {
                // The episode's first assessment in the period counts the factors of all of them.
                episode = r
                var factors: UInt64 = 0
                var b = a
                while b < rows.upperBound, referralColumn[b] == referralColumn[a] {
                    if p.contains(authorisations[b]) { factors |= factorColumn[b] }
                    b += 1
                }
                if factors & factorMask != 0 {
                    sink.add(.factorEpisodes, area: area, cell: cell)
                    for group in groups where factors & group.mask != 0 { sink.add(group.counter, area: area, cell: cell) }
                }
            }
            let clock = fromReferral ? referralDates[r] : starts[a]
            sink.note(.assessmentStart, day: clock)
            sink.note(.assessmentEnd, day: authorised)
            if clock == DayNumber.unknown {
                sink.add(.assessmentsNoStart, area: area, cell: cell)
            } else if authorised < clock {
                sink.add(.assessmentsEndBeforeStart, area: area, cell: cell)
            } else {
                let days = calendar.workingDays(after: Day(dayNumber: clock), through: Day(dayNumber: authorised))
                sink.note(.workingDays, count: days)
                if days <= limit { sink.add(.assessmentsWithin, area: area, cell: cell) }
            }
        }
    }

    /// Counts section 47 enquiries, those leading to a conference, and conferences taken from the
    /// enquiries with their 15-working-day timeliness: one pass over the enquiry rows `rows`, a
    /// referral's enquiries at a time.
    func countEnquiries<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, into sink: Sink) {
        let cohort = request.cohort
        let enquiries = cohort.section47
        let referralColumn = enquiries.referral, starts = enquiries.start, conferences = enquiries.initialConference
        let referralChild = cohort.referrals.child, needs = cohort.referrals.primaryNeed, sources = cohort.referrals.source
        let authority = cohort.children.authority
        let selected = self.selected
        let p = constants
        // A child's referrals are consecutive rows, so its enquiries come together: the last child
        // counted stops a child being counted twice.
        var lastChild: Int32 = -1
        var first = rows.lowerBound
        while first < rows.upperBound {
            let r = Int(referralColumn[first])
            var next = first + 1
            while next < rows.upperBound, referralColumn[next] == Int32(r) { next += 1 }
            let group = first..<next
            first = next
            guard group.contains(where: { p.contains(starts[$0]) || p.contains(conferences[$0]) }) else { continue }
            let child = referralChild[r]
            let area = Int(authority[Int(child)])
            guard selected[area] else { continue }
            let need = needs[r], source = sources[r]
            for s in group {
                let start = starts[s]
                guard p.contains(start) else { continue }
                sink.visit(.section47, row: s, child: child, key: start)
                let cell = rule.cell(child: child, date: start, need: need, source: source)
                sink.add(.section47Started, area: area, cell: cell)
                if lastChild != child {
                    lastChild = child
                    sink.add(.section47Children, area: area, cell: cell)
                }
                let conference = conferences[s]
                sink.note(.conference, day: conference)
                if conference != DayNumber.unknown, conference <= p.end {
                    sink.add(.section47LeadingToConference, area: area, cell: cell)
                }
            }
            // Conferences: distinct dates in the period among the episode's enquiries.
            for s in group {
                let conference = conferences[s]
                guard p.contains(conference) else { continue }
                var seen = false
                for earlier in group.lowerBound..<s where conferences[earlier] == conference { seen = true; break }
                if !seen {
                    countConference(conference, row: s, enquiries: group, child: child, need: need, source: source, area: area,
                                    rule: rule, into: sink)
                }
            }
        }
    }

    /// Counts one conference and its timeliness against the linked enquiry: the enquiry of the same
    /// CIN episode with that conference date and the earliest known start.
    @inline(__always)
    private func countConference<Rule: CellRule, Sink: CountingSink>(_ conference: Int32, row: Int, enquiries rows: Range<Int>,
                                                                     child: Int32, need: UInt8, source: UInt8, area: Int, rule: Rule,
                                                                     into sink: Sink) {
        let enquiries = request.cohort.section47
        sink.visit(.conferences, row: row, child: child, key: conference)
        let cell = rule.cell(child: child, date: conference, need: need, source: source)
        sink.add(.conferences, area: area, cell: cell)
        sink.add(.conferencesLinked, area: area, cell: cell)
        var earliest = DayNumber.open
        for s in rows where enquiries.initialConference[s] == conference {
            let start = enquiries.start[s]
            if start != DayNumber.unknown, start < earliest { earliest = start }
        }
        sink.note(.enquiryStart, day: earliest)
        if earliest == DayNumber.open {
            sink.add(.conferencesNoStart, area: area, cell: cell)
        } else if conference < earliest {
            sink.add(.conferencesBeforeEnquiry, area: area, cell: cell)
        } else {
            let days = request.configuration.calendar.workingDays(after: Day(dayNumber: earliest), through: Day(dayNumber: conference))
            sink.note(.workingDays, count: days)
            if days <= request.configuration.conferenceWorkingDays { sink.add(.conferencesWithin, area: area, cell: cell) }
            sink.add(ReferralBreadth.conferenceBand(workingDays: days), area: area, cell: cell)
        }
    }

    /// Counts plans started, repeat plans, plans ended and their length, plans and children on a
    /// plan at the period end: one pass over the plan rows `rows`, a child's plans at a time.
    func countPlans<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, marks: inout StatusMarks,
                                                       into sink: Sink) {
        let cohort = request.cohort
        let plans = cohort.plans
        let childColumn = plans.child, starts = plans.start, ends = plans.end
        let initials = plans.initialCategory, latests = plans.latestCategory, previousPlans = plans.previousPlans
        let authority = cohort.children.authority
        let selected = self.selected
        let longDays = request.configuration.planLongDays
        let p = constants
        let reviewDue = plans.reviewDue
        // A plan's primary need and referral source are its referral's.
        let planReferrals = plans.referral, needs = cohort.referrals.primaryNeed, sources = cohort.referrals.source
        let planThreeMonthCutoff = Day(dayNumber: p.end).adding(months: -3).dayNumber
        var first = rows.lowerBound
        while first < rows.upperBound {
            let child = childColumn[first]
            var next = first + 1
            while next < rows.upperBound, childColumn[next] == child { next += 1 }
            let range = first..<next
            first = next
            let area = Int(authority[Int(child)])
            guard selected[area] else { continue }
            var openPlan = -1
            for row in range {
                let start = starts[row]
                let end = ends[row]
                let initial = initials[row], latest = latests[row]
                let need = needs[Int(planReferrals[row])], source = sources[Int(planReferrals[row])]
                sink.visit(.plans, row: row, child: child, key: start)
                sink.note(.end, day: end)
                if p.contains(start) {
                    let cell = rule.cell(child: child, date: start, need: need, source: source, initialCategory: initial,
                                         latestCategory: latest)
                    sink.add(.plansStarted, area: area, cell: cell)
                    let earlier = row > range.lowerBound && starts[row - 1] < start
                    let previous = previousPlans[row]
                    if earlier || previous >= 1 { sink.add(.plansRepeat, area: area, cell: cell) }
                    if earlier, previous == 0 { sink.add(.plansPreviousZeroContradicted, area: area, cell: cell) }
                }
                if p.contains(end), start != DayNumber.unknown {
                    let cell = rule.cell(child: child, date: end, need: need, source: source, initialCategory: initial,
                                         latestCategory: latest)
                    sink.add(.plansEnded, area: area, cell: cell)
                    sink.note(.lengthDays, count: Int(end) - Int(start) + 1)
                    if Int(end) - Int(start) + 1 >= longDays { sink.add(.plansEndedLong, area: area, cell: cell) }
                }
                if start != DayNumber.unknown, start <= p.end, end > p.end {
                    openPlan = row
                    let cell = rule.cell(child: child, date: p.end, need: need, source: source, initialCategory: initial,
                                         latestCategory: latest)
                    sink.add(.plansOpenAtEnd, area: area, cell: cell)
                    if start <= p.planOpenCutoff { sink.add(.plansOpenLong, area: area, cell: cell) }
                }
            }
            if openPlan >= 0 {
                marks.mark(child, StatusMarks.childProtection)
                sink.visit(.plans, row: openPlan, child: child, key: starts[openPlan])
                let openReferral = Int(planReferrals[openPlan])
                let cell = rule.cell(child: child, date: p.end, need: needs[openReferral], source: sources[openReferral],
                                     initialCategory: initials[openPlan], latestCategory: latests[openPlan])
                sink.add(.childrenOnPlanAtEnd, area: area, cell: cell)
                // Reviews: a child whose open plan started 3 months or more before the end, and
                // whether that plan's reviews met every due date up to the end.
                if starts[openPlan] <= planThreeMonthCutoff {
                    sink.add(.childrenOnPlan3Months, area: area, cell: cell)
                    if p.end <= reviewDue[openPlan] { sink.add(.childrenOnPlanReviewed, area: area, cell: cell) }
                }
            }
        }
    }
}
