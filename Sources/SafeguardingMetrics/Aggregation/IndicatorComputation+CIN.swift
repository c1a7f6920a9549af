extension IndicatorComputation {
    /// Counts one child's referrals, assessments, enquiries, conferences and plans (INDICATORS.md §2).
    @inline(__always)
    func accumulateCIN(child: Int32, area: Int, status: inout ChildStatus, into sink: CounterSink) {
        let cohort = request.cohort
        let referrals = cohort.referrals
        let configuration = request.configuration
        let p = constants
        let range = cohort.referralRange(of: child)
        for r in range {
            let date = referrals.referral[r]
            let need = referrals.primaryNeed[r]
            let nfa = referrals.noFurtherAction[r] == 1
            if p.contains(date) {
                let cell = cell(child: child, date: date, need: need)
                sink.add(.referrals, area: area, cell: cell)
                if nfa { sink.add(.referralsNFA, area: area, cell: cell) }
                // Rows are in date order with one per date: the previous row is the latest earlier referral.
                if r > range.lowerBound {
                    let previous = referrals.referral[r - 1]
                    if previous != DayNumber.unknown, previous < date,
                       previous >= Day(dayNumber: date).adding(months: -configuration.rereferralWindowMonths).dayNumber {
                        sink.add(.rereferrals, area: area, cell: cell)
                    }
                }
            }
            if date != DayNumber.unknown, date <= p.end, referrals.closure[r] > p.end, !nfa {
                status.childInNeed = true
                sink.add(.cinOpenAtEnd, area: area, cell: cell(child: child, date: p.end, need: need))
            }
            accumulateAssessments(referral: r, child: child, area: area, into: sink)
            accumulateEnquiries(referral: r, child: child, area: area, into: sink)
        }
        accumulatePlans(child: child, area: area, status: &status, into: sink)
    }

    @inline(__always)
    func accumulateAssessments(referral r: Int, child: Int32, area: Int, into sink: CounterSink) {
        let assessments = request.cohort.assessments
        let configuration = request.configuration
        let need = request.cohort.referrals.primaryNeed[r]
        for a in Int(index.assessmentOffsets[r])..<Int(index.assessmentOffsets[r + 1]) {
            let authorised = assessments.authorisation[a]
            guard constants.contains(authorised) else { continue }
            let cell = cell(child: child, date: authorised, need: need)
            sink.add(.assessmentsAuthorised, area: area, cell: cell)
            let clock = configuration.assessmentClockStart == .assessmentStart ? assessments.start[a]
                : request.cohort.referrals.referral[r]
            if clock == DayNumber.unknown {
                sink.add(.assessmentsNoStart, area: area, cell: cell)
            } else if authorised < clock {
                sink.add(.assessmentsEndBeforeStart, area: area, cell: cell)
            } else if configuration.calendar.workingDays(after: Day(dayNumber: clock), through: Day(dayNumber: authorised))
                        <= configuration.assessmentWorkingDays {
                sink.add(.assessmentsWithin, area: area, cell: cell)
            }
        }
    }

    @inline(__always)
    func accumulateEnquiries(referral r: Int, child: Int32, area: Int, into sink: CounterSink) {
        let enquiries = request.cohort.section47
        let need = request.cohort.referrals.primaryNeed[r]
        let p = constants
        let rows = Int(index.section47Offsets[r])..<Int(index.section47Offsets[r + 1])
        for s in rows {
            let start = enquiries.start[s]
            guard p.contains(start) else { continue }
            let cell = cell(child: child, date: start, need: need)
            sink.add(.section47Started, area: area, cell: cell)
            let conference = enquiries.initialConference[s]
            if conference != DayNumber.unknown, conference <= p.end {
                sink.add(.section47LeadingToConference, area: area, cell: cell)
            }
        }
        // Conferences: distinct dates in the period, from the enquiries and from the CIN episode level.
        for s in rows {
            let conference = enquiries.initialConference[s]
            guard p.contains(conference) else { continue }
            var seen = false
            for earlier in rows.lowerBound..<s where enquiries.initialConference[earlier] == conference { seen = true; break }
            if !seen { countConference(conference, enquiries: rows, child: child, need: need, area: area, into: sink) }
        }
        let episodeLevel = request.cohort.referrals.initialConference[r]
        if p.contains(episodeLevel), !rows.contains(where: { enquiries.initialConference[$0] == episodeLevel }) {
            countConference(episodeLevel, enquiries: rows, child: child, need: need, area: area, into: sink)
        }
    }

    /// Counts one conference and its timeliness against the linked enquiry: the enquiry of the same
    /// CIN episode with that conference date and the earliest known start.
    @inline(__always)
    func countConference(_ conference: Int32, enquiries rows: Range<Int>, child: Int32, need: UInt8, area: Int,
                         into sink: CounterSink) {
        let enquiries = request.cohort.section47
        let cell = cell(child: child, date: conference, need: need)
        sink.add(.conferences, area: area, cell: cell)
        var linked = false
        var earliest = DayNumber.open
        for s in rows where enquiries.initialConference[s] == conference {
            linked = true
            let start = enquiries.start[s]
            if start != DayNumber.unknown, start < earliest { earliest = start }
        }
        guard linked else { return }
        sink.add(.conferencesLinked, area: area, cell: cell)
        if earliest == DayNumber.open {
            sink.add(.conferencesNoStart, area: area, cell: cell)
        } else if conference < earliest {
            sink.add(.conferencesBeforeEnquiry, area: area, cell: cell)
        } else if request.configuration.calendar.workingDays(after: Day(dayNumber: earliest), through: Day(dayNumber: conference))
                    <= request.configuration.conferenceWorkingDays {
            sink.add(.conferencesWithin, area: area, cell: cell)
        }
    }

    @inline(__always)
    func accumulatePlans(child: Int32, area: Int, status: inout ChildStatus, into sink: CounterSink) {
        let plans = request.cohort.plans
        let p = constants
        let range = request.cohort.planRange(of: child)
        var openPlan = -1
        for row in range {
            let start = plans.start[row]
            let end = plans.end[row]
            let initial = plans.initialCategory[row], latest = plans.latestCategory[row]
            if p.contains(start) {
                let cell = cell(child: child, date: start, initialCategory: initial, latestCategory: latest)
                sink.add(.plansStarted, area: area, cell: cell)
                let earlier = row > range.lowerBound && plans.start[row - 1] < start
                let previous = plans.previousPlans[row]
                if earlier || previous >= 1 { sink.add(.plansRepeat, area: area, cell: cell) }
                if earlier, previous == 0 { sink.add(.plansPreviousZeroContradicted, area: area, cell: cell) }
            }
            if p.contains(end), start != DayNumber.unknown {
                let cell = cell(child: child, date: end, initialCategory: initial, latestCategory: latest)
                sink.add(.plansEnded, area: area, cell: cell)
                if Int(end) - Int(start) + 1 >= request.configuration.planLongDays { sink.add(.plansEndedLong, area: area, cell: cell) }
            }
            if start != DayNumber.unknown, start <= p.end, end > p.end {
                openPlan = row
                let cell = cell(child: child, date: p.end, initialCategory: initial, latestCategory: latest)
                sink.add(.plansOpenAtEnd, area: area, cell: cell)
                if start <= p.planOpenCutoff { sink.add(.plansOpenLong, area: area, cell: cell) }
            }
        }
        if openPlan >= 0 {
            status.childProtection = true
            sink.add(.childrenOnPlanAtEnd, area: area,
                     cell: cell(child: child, date: p.end, initialCategory: plans.initialCategory[openPlan],
                                latestCategory: plans.latestCategory[openPlan]))
        }
    }
}
