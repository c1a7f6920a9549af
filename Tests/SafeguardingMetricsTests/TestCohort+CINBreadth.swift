import SafeguardingMetrics

extension TestCohort {
    /// A referral with the CIN census fields of issue 20: its source, closure reason and
    /// pre-proceedings (start and end).
    @discardableResult
    mutating func cinReferral(_ child: ChildRow, _ date: String, source: String = "", closure: String? = nil, nfa: Bool = false,
                              reason: String = "", preProceedings: (start: String, end: String?)? = nil,
                              la: UInt16 = 0, year: Int = 2025) -> StagedReferral {
        let r = returnIndex(la, year, .cinCensus)
        let row = ReferralTable.Row(child: child, referral: day(date), closure: closure.map(day) ?? .open, noFurtherAction: nfa,
                                    primaryNeed: Code("N1")!, reasonForClosure: reason.isEmpty ? .blank : Code(reason)!,
                                    source: source.isEmpty ? .blank : Code(source) ?? .invalid,
                                    preProceedingsStart: preProceedings.map { day($0.start) } ?? .unknown,
                                    preProceedingsEnd: preProceedings?.end.map(day) ?? .open)
        return builder.addReferral(row, inReturn: r, file: file, line: 1)
    }

    /// A plan with its review dates.
    mutating func plan(_ referral: StagedReferral, _ start: String, _ end: String?, reviews: [String], year: Int = 2025) {
        let row = ProtectionPlanTable.Row(referral: referral, start: day(start), end: end.map(day) ?? .open,
                                          initialCategory: Code("NEG")!, latestCategory: Code("NEG")!,
                                          reviews: reviews.map(day))
        builder.addPlan(row, inReturn: returnIndex(0, year, .cinCensus), file: file, line: 1)
    }
}
