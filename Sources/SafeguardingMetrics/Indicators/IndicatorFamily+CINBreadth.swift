// The rest of the CIN census (issue 20): every children-in-need and child-protection measure of
// LAIT that the census can give, and the pre-proceedings block of 2025-26.

extension IndicatorFamily {
    /// Referral sources, referrals assessed not in need, and the durations of open and ended CIN
    /// episodes (the DfE's bands: under 3 months, 3 to 6 months, 6 months to 1 year, 1 to 2 years,
    /// 2 years or more).
    static let referralBreadthIndicators: [Indicator] =
        referralSourceIndicators + [notInNeedIndicator] + durationIndicators(ended: false) + durationIndicators(ended: true)

    /// Working-day bands of initial conferences, plans ended per 10,000 and plans reviewed within
    /// timescales.
    static let protectionBreadthIndicators: [Indicator] = conferenceBandIndicators + [
        Indicator(
            id: "s47.children.rate", title: "Children with a section 47 enquiry per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Children who were the subject of a section 47 enquiry started in the period, per 10,000 "
                    + "children: each child once, however many enquiries (s47.rate counts enquiries).",
                numerator: "distinct children with a section 47 enquiry whose S47ActualStartDate falls in the period",
                denominator: population,
                records: "CIN census section 47 enquiries (Section47): S47ActualStartDate",
                notes: ["The DfE publishes both counts (children and episodes) in its table of section 47 enquiries; a "
                    + "child's breakdown cell is that of the first of its enquiries in the period."]),
            counting: .counters(.section47Children, over: .population)),
        Indicator(
            id: "icpc.children.rate",
            title: "Children who were the subject of an initial child protection conference per 10,000",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Children who were the subject of an initial child protection conference held in the period, "
                    + "per 10,000 children: each child once, however many conferences (icpc.rate counts conferences).",
                numerator: "distinct children with a DateOfInitialCPC in the period, on a section 47 enquiry or on the "
                    + "CIN episode itself (a conference recorded at the episode level only, as for a transfer-in)",
                denominator: population,
                records: "CIN census: DateOfInitialCPC of section 47 enquiries (Section47) and of CIN episodes "
                    + "(CINdetails)",
                notes: ["The DfE publishes both counts (children and conferences) in its table of initial child "
                    + "protection conferences; a child's breakdown cell is that of the first conference in the period "
                    + "of its first CIN episode (by CINreferralDate) with one."]),
            counting: .counters(.conferenceChildren, over: .population)),
        Indicator(
            id: "cpp.ended.rate", title: "Child protection plans ended per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Child protection plans that ended in the period, per 10,000 children.",
                numerator: "plans with a CPPstartDate whose CPPendDate falls in the period (each plan)",
                denominator: population,
                records: "CIN census child protection plans: CPPstartDate, CPPendDate"),
            counting: .counters(.plansEnded, over: .population),
            laitMeasure: "DeRegCPR"),
        Indicator(
            id: "cpp.reviewed_within_timescales.percent", title: "Child protection plans reviewed within timescales",
            unit: .percentage, decimals: 1, polarity: .higher, source: .cinCensus, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of children on a child protection plan for 3 months or more at the end of the period "
                    + "whose plan was reviewed within the required timescales.",
                numerator: "of the denominator, children whose open plan's reviews met every due date up to the period "
                    + "end: the first review within 3 months of CPPstartDate, each later one within 6 months of the one "
                    + "before",
                denominator: "children on a plan at the period end (as cpp.rate) whose open plan's CPPstartDate is on or "
                    + "before the same day 3 months before the period end",
                records: "CIN census child protection plans: CPPstartDate, CPPendDate, CPPreviewDate",
                notes: ["From the DfE's table of plans reviewed within timescales (d6), as LAIT's RevCP; LAIT's "
                    + "CPP_Reviewed_InReqTimeScl is the numerator and CPP_31March_3MnthorMore the denominator.",
                    "Choice: the reviews are those the return holding the plan lists; a plan whose earlier reviews "
                    + "are in an older return only is judged on the reviews of the latest return that holds it.",
                    "A review on or before its due date meets it; a due date N months after a day is the same day N "
                    + "months later (31 August plus 6 months is 28 or 29 February)."]),
            counting: .counters(.childrenOnPlanReviewed, over: .counter(.childrenOnPlan3Months)),
            laitMeasure: "RevCP"),
    ]

    /// Pre-proceedings (the CIN census's `PreProceedingsandFGDM` block, collected from 2025-26):
    /// returns of earlier years do not hold it, so periods only they cover are not covered.
    static let preProceedingsIndicators: [Indicator] = [
        Indicator(
            id: "preproceedings.rate", title: "Children in pre-proceedings per 10,000 at period end",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "Children in the pre-proceedings stage of the Public Law Outline at the end of the period, per "
                    + "10,000 children.",
                numerator: "distinct children with a pre-proceedings block whose PPStartDate is on or before the period "
                    + "end and which had not ended by it (the earlier of StepDecisionDate and CourtAppDate blank or after "
                    + "the end)",
                denominator: population,
                records: "CIN census 2025-26 on, PreProceedingsandFGDM: PPStartDate, StepDecisionDate, CourtAppDate",
                notes: ["Choice: pre-proceedings end at the decision that ends them (StepDecisionDate) or at an "
                    + "application to court (CourtAppDate), whichever is first.",
                    "The block is collected from the 2025-26 census (collection year 2026): a period whose end falls in "
                    + "an earlier collection year is not_covered, whatever returns are loaded."]),
            counting: .counters(.preProceedingsAtEnd, over: .population, firstCollectionYear: 2026)),
        Indicator(
            id: "preproceedings.started.rate", title: "Pre-proceedings started per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Pre-proceedings started in the period, per 10,000 children.",
                numerator: "pre-proceedings blocks whose PPStartDate falls in the period (each block)",
                denominator: population,
                records: "CIN census 2025-26 on, PreProceedingsandFGDM: PPStartDate",
                notes: ["Only the days of the period in collection years 2026 and later are held: earlier days are "
                    + "not covered (a period partly before 1 April 2025 is partial)."]),
            counting: .counters(.preProceedingsStarted, over: .population, firstCollectionYear: 2026)),
    ]

    /// Referrals by source: the LAIT groups schools (2A), health services (3A-3F) and police (6).
    private static let referralSourceIndicators: [Indicator] = [
        ("school", "schools", "2A", Counter.referralsFromSchool, "RefBySource_Schl_%"),
        ("health", "health services", "3A, 3B, 3C, 3D, 3E or 3F", .referralsFromHealth, "RefBySource_HealthServ_%"),
        ("police", "the police", "6", .referralsFromPolice, "RefBySource_Police_%"),
    ].map { key, name, codes, counter, lait in
        Indicator(
            id: IndicatorID(rawValue: "referrals.source.\(key).percent"), title: "Referrals from \(name)",
            unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of the period's referrals that came from \(name).",
                numerator: "referrals in the period with ReferralSource \(codes)",
                denominator: "referrals whose CINreferralDate falls in the period (NFA included)",
                records: "CIN census CIN episodes (CINdetails): CINreferralDate, ReferralSource",
                notes: ["A blank or invalid ReferralSource stays in the denominator.",
                        "LAIT's figures come from a special request to the DfE, not a published file."]),
            counting: .counters(counter, over: .counter(.referrals)),
            laitMeasure: lait)
    }

    /// Referrals assessed not to be in need (the DfE's c1 `not_in_need`).
    private static let notInNeedIndicator = Indicator(
        id: "referrals.assessed_not_in_need.percent", title: "Referrals assessed not in need",
        unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
        definition: IndicatorDefinition(
            summary: "The share of the period's referrals that resulted in an assessment and the child was assessed not to "
                + "be in need.",
            numerator: "referrals in the period, not NFA, whose CINclosureDate is on or before the period end with a "
                + "ReasonForClosure of AggregationConfiguration.assessedNotInNeed (RC8, RC9)",
            denominator: "referrals whose CINreferralDate falls in the period (NFA included)",
            records: "CIN census CIN episodes (CINdetails): CINreferralDate, ReferralNFA, CINclosureDate, ReasonForClosure",
            notes: ["The DfE publishes the numerator and denominator by authority (c1: not_in_need_count, referral_count); "
                + "every published 2025 authority value recomputes from them."]),
        counting: .counters(.referralsNotInNeed, over: .counter(.referrals)),
        laitMeasure: "Referrals_AssessedNotNeed")

    /// The five duration bands of CIN episodes open at the end (`ended` false) or ended in the period.
    private static func durationIndicators(ended: Bool) -> [Indicator] {
        let bands: [(key: String, words: String, lait: String)] = [
            ("under_3_months", "under 3 months", "3months"), ("3_to_6_months", "3 months to under 6 months", "3-6"),
            ("6_to_12_months", "6 months to under 1 year", "6-1"), ("1_to_2_years", "1 year to under 2 years", "1-2"),
            ("2_years_or_more", "2 years or more", "2more"),
        ]
        let counters: [Counter] = ended
            ? [.cinEndedUnder3Months, .cinEnded3To6Months, .cinEnded6To12Months, .cinEnded1To2Years, .cinEnded2YearsOrMore]
            : [.cinOpenUnder3Months, .cinOpen3To6Months, .cinOpen6To12Months, .cinOpen1To2Years, .cinOpen2YearsOrMore]
        return zip(bands, counters).map { band, counter in
            Indicator(
                id: IndicatorID(rawValue: "cin.\(ended ? "ended" : "open").duration_\(band.key).percent"),
                title: ended ? "CIN episodes ended after \(band.words)" : "CIN episodes open \(band.words) at period end",
                unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: ended ? .flow : .snapshot,
                definition: IndicatorDefinition(
                    summary: ended
                        ? "The share of the CIN episodes that ended in the period that had lasted \(band.words)."
                        : "The share of the CIN episodes open at the end of the period that had been open \(band.words).",
                    numerator: "of the denominator, episodes whose length from CINreferralDate to "
                        + (ended ? "CINclosureDate" : "the period end") + " is \(band.words)",
                    denominator: ended
                        ? "CIN episodes (not NFA) whose CINclosureDate falls in the period"
                        : "CIN episodes open at the period end (as cin.rate)",
                    records: "CIN census CIN episodes (CINdetails): CINreferralDate, CINclosureDate, ReferralNFA",
                    notes: ["The bands are the DfE's (b4 open episodes, b5 ended episodes), in calendar months: an "
                        + "episode is under 3 months when it started after the same day 3 months before the "
                        + (ended ? "closure" : "period end") + "; started on that day it is 3 months.",
                        "Choice: episodes, not children, as the DfE's tables count them."]),
                counting: .counters(counter, over: .counter(ended ? .cinEnded : .cinOpenAtEnd)),
                laitMeasure: (ended ? "CINCease" : "CINTime") + band.lait)
        }
    }

    /// Initial conferences by working days from the start of the linked section 47 enquiry
    /// (LAIT's 10_ICPC, 15_ICPC, 20_ICPC and 21_ICPC are the numerators).
    private static let conferenceBandIndicators: [Indicator] = [
        ("0_10", "0 to 10", Counter.conferencesDays0To10), ("11_15", "11 to 15", .conferencesDays11To15),
        ("16_20", "16 to 20", .conferencesDays16To20), ("21_or_more", "21 or more", .conferencesDays21OrMore),
    ].map { key, words, counter in
        Indicator(
            id: IndicatorID(rawValue: "icpc.working_days_\(key).percent"),
            title: "Initial conferences \(words) working days after the enquiry",
            unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of initial child protection conferences in the period held \(words) working days after "
                    + "the start of the section 47 enquiry that led to them.",
                numerator: "of the denominator, conferences held \(words) working days after the linked enquiry's "
                    + "S47ActualStartDate",
                denominator: "initial conferences in the period with a linked enquiry (as icpc.within_15_working_days.percent)",
                records: "CIN census section 47 enquiries: S47ActualStartDate, DateOfInitialCPC",
                notes: ["LAIT counts working days from the strategy discussion; the census records the enquiry's start, "
                    + "which is the strategy discussion that decided on it.",
                    "Conferences whose enquiry has no start, or starts after the conference, are in no band (coverage "
                    + "unknown_date, end_before_start)."]),
            counting: .counters(counter, over: .counter(.conferencesLinked),
                                coverage: [(.unknownDate, .conferencesNoStart), (.endBeforeStart, .conferencesBeforeEnquiry)]))
    }
}
