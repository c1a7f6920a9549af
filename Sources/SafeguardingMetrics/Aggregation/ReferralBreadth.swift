/// The CIN census measures of issue 20 that the pass over referrals counts beside its own:
/// referral sources, referrals assessed not to be in need, the durations of open and ended
/// episodes, pre-proceedings, and the working-day bands of initial conferences.
struct ReferralBreadth {
    /// Where a referral's pre-proceedings stand in the period.
    enum PreProceedingsState { case none, active }

    let sources: [UInt8]
    let reasons: [UInt8]
    let closures: [Int32]
    let ppStarts: [Int32]
    let ppEnds: [Int32]
    let notInNeed: CodeSet<ReasonForClosureCodes>
    let school: CodeSet<ReferralSourceCodes>
    let health: CodeSet<ReferralSourceCodes>
    let police: CodeSet<ReferralSourceCodes>
    let p: PeriodConstants
    /// Episodes open at the end that started after these days are under 3 months, 6 months, 1
    /// year and 2 years old.
    let open3, open6, open12, open24: Int32

    init(request: IndicatorRequest, constants: PeriodConstants) {
        let referrals = request.cohort.referrals
        sources = referrals.source
        reasons = referrals.reasonForClosure
        closures = referrals.closure
        ppStarts = referrals.preProceedingsStart
        ppEnds = referrals.preProceedingsEnd
        notInNeed = request.configuration.assessedNotInNeed
        school = ["2A"]
        health = ["3A", "3B", "3C", "3D", "3E", "3F"]
        police = ["6"]
        p = constants
        let end = Day(dayNumber: constants.end)
        open3 = end.adding(months: -3).dayNumber
        open6 = end.adding(months: -6).dayNumber
        open12 = end.adding(months: -12).dayNumber
        open24 = end.adding(months: -24).dayNumber
    }

    /// Whether referral `r`'s pre-proceedings started in the period or are open at its end.
    @inline(__always)
    func preProceedings(_ r: Int) -> PreProceedingsState {
        let start = ppStarts[r]
        guard start != DayNumber.unknown else { return .none }
        return p.contains(start) || (start <= p.end && ppEnds[r] > p.end) ? .active : .none
    }

    /// Counts a referral in the period: its source, and whether it was assessed not in need.
    @inline(__always)
    func countReferral<Sink: CountingSink>(_ r: Int, nfa: Bool, area: Int, cell: Int, into sink: Sink) {
        let source = sources[r]
        if school.contains(raw: source) { sink.add(.referralsFromSchool, area: area, cell: cell) }
        if health.contains(raw: source) { sink.add(.referralsFromHealth, area: area, cell: cell) }
        if police.contains(raw: source) { sink.add(.referralsFromPolice, area: area, cell: cell) }
        if !nfa, closures[r] <= p.end, notInNeed.contains(raw: reasons[r]) {
            sink.add(.referralsNotInNeed, area: area, cell: cell)
        }
    }

    /// Counts referral `r`'s pre-proceedings: started in the period (each block), and the child in
    /// pre-proceedings at the end (once per child; rows come in child order).
    @inline(__always)
    func countPreProceedings<Rule: CellRule, Sink: CountingSink>(_ r: Int, _ state: PreProceedingsState, child: Int32,
                                                                need: UInt8, area: Int, rule: Rule, lastChild: inout Int32,
                                                                into sink: Sink) {
        let start = ppStarts[r]
        if p.contains(start) { sink.add(.preProceedingsStarted, area: area, cell: rule.cell(child: child, date: start, need: need, source: sources[r])) }
        if start <= p.end, ppEnds[r] > p.end, lastChild != child {
            lastChild = child
            sink.add(.preProceedingsAtEnd, area: area, cell: rule.cell(child: child, date: p.end, need: need, source: sources[r]))
        }
    }

    /// The duration band of an episode open at the end that started on `referral`.
    @inline(__always)
    func openDurationBand(from referral: Int32) -> Counter {
        if referral > open3 { return .cinOpenUnder3Months }
        if referral > open6 { return .cinOpen3To6Months }
        if referral > open12 { return .cinOpen6To12Months }
        if referral > open24 { return .cinOpen1To2Years }
        return .cinOpen2YearsOrMore
    }

    /// The duration band of an episode that started on `referral` and ended on `closure`.
    static func endedDurationBand(from referral: Int32, to closure: Int32) -> Counter {
        let end = Day(dayNumber: closure)
        if referral > end.adding(months: -3).dayNumber { return .cinEndedUnder3Months }
        if referral > end.adding(months: -6).dayNumber { return .cinEnded3To6Months }
        if referral > end.adding(months: -12).dayNumber { return .cinEnded6To12Months }
        if referral > end.adding(months: -24).dayNumber { return .cinEnded1To2Years }
        return .cinEnded2YearsOrMore
    }

    /// The band of a conference held `workingDays` working days after its enquiry started.
    @inline(__always)
    static func conferenceBand(workingDays days: Int) -> Counter {
        switch days {
        case ...10: .conferencesDays0To10
        case 11...15: .conferencesDays11To15
        case 16...20: .conferencesDays16To20
        default: .conferencesDays21OrMore
        }
    }
}
