extension IndicatorFamily {
    /// Section 47 enquiries, initial child protection conferences and child protection plans
    /// (INDICATORS.md §2): CIN census, 1 decimal place, counting enquiries, conferences and plans
    /// (children only for children on a plan at the end).
    static let protectionIndicators: [Indicator] = [
        Indicator(
            id: "s47.rate", title: "Section 47 enquiries per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Section 47 enquiries started in the period, per 10,000 children.",
                numerator: "section 47 enquiries whose S47ActualStartDate falls in the period",
                denominator: population,
                records: "CIN census section 47 enquiries (Section47): S47ActualStartDate"),
            counting: .counters(.section47Started, over: .population),
            publishedColumns: PublishedColumnNames(value: "lait_s47_rate_per_10000"),
            laitMeasure: "Section_47"),
        Indicator(
            id: "icpc.rate", title: "Initial child protection conferences per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Initial child protection conferences held in the period, per 10,000 children.",
                numerator: "distinct (child, CIN episode, DateOfInitialCPC) with the date in the period, taking the date "
                    + "from each section 47 enquiry and from the CIN episode itself (a transfer-in has only the latter)",
                denominator: population,
                records: "CIN census: DateOfInitialCPC of section 47 enquiries and of CIN episodes"),
            counting: .counters(.conferences, over: .population),
            laitMeasure: "ISCP_Conf"),
        Indicator(
            id: "s47.leading_to_icpc.percent", title: "Section 47 enquiries leading to an initial conference",
            unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of section 47 enquiries started in the period that led to an initial child protection "
                    + "conference by the period end.",
                numerator: "of the denominator, enquiries with a DateOfInitialCPC on or before the period end",
                denominator: "section 47 enquiries whose S47ActualStartDate falls in the period",
                records: "CIN census section 47 enquiries: S47ActualStartDate, DateOfInitialCPC"),
            counting: .counters(.section47LeadingToConference, over: .counter(.section47Started))),
        Indicator(
            id: "icpc.within_15_working_days.percent", title: "Initial conferences within 15 working days",
            unit: .percentage, decimals: 1, polarity: .higher, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of initial child protection conferences in the period held within 15 working days of "
                    + "the start of the section 47 enquiry that led to them.",
                numerator: "of the denominator, conferences held no more than 15 working days after the linked enquiry's "
                    + "S47ActualStartDate",
                denominator: "initial conferences in the period with a linked enquiry: the enquiry of the same CIN episode "
                    + "carrying that conference date (when several do, the one with the earliest start)",
                exclusions: ["conferences recorded only on the CIN episode (transfer-ins), which have no enquiry to time "
                    + "them against"],
                records: "CIN census section 47 enquiries: S47ActualStartDate, DateOfInitialCPC",
                notes: ["The limit is AggregationConfiguration.conferenceWorkingDays (15); working days leave out weekends "
                    + "and England and Wales bank holidays.",
                    "A linked enquiry with no start date, or starting after the conference, leaves the conference in the "
                    + "denominator, not timely, reported as coverage unknown_date or end_before_start."]),
            counting: .counters(.conferencesWithin, over: .counter(.conferencesLinked),
                                coverage: [(.unknownDate, .conferencesNoStart), (.endBeforeStart, .conferencesBeforeEnquiry)]),
            publishedColumns: PublishedColumnNames(value: "lait_icpc_15wd_percent"),
            laitMeasure: "CP_conf_15days"),
        Indicator(
            id: "cpp.rate", title: "Children on a child protection plan per 10,000 at period end",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "Children who are the subject of a child protection plan at the end of the period, per 10,000 "
                    + "children.",
                numerator: "distinct children with a plan whose CPPstartDate is on or before the period end and whose "
                    + "CPPendDate is blank or after it",
                denominator: population,
                records: "CIN census child protection plans: CPPstartDate, CPPendDate"),
            counting: .counters(.childrenOnPlanAtEnd, over: .population),
            publishedColumns: PublishedColumnNames(value: "lait_cpp_31mar_rate_per_10000", numerator: "cpp_31mar_count",
                                                   denominator: "pop_0_17_prev_mid_year"),
            laitMeasure: "CPP_rate"),
        Indicator(
            id: "cpp.started.rate", title: "Child protection plans started per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Child protection plans started in the period, per 10,000 children.",
                numerator: "plans whose CPPstartDate falls in the period (each plan)",
                denominator: population,
                records: "CIN census child protection plans: CPPstartDate"),
            counting: .counters(.plansStarted, over: .population),
            laitMeasure: "CPP_Abuse_Rate"),
        Indicator(
            id: "cpp.second_or_subsequent.percent", title: "Child protection plans that are a second or later plan",
            unit: .percentage, decimals: 1, polarity: .lower, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of child protection plans started in the period that are the child's second or later "
                    + "plan.",
                numerator: "of the denominator, plans with NumberOfPreviousCPP of 1 or more, or for which the same child "
                    + "has a plan with a strictly earlier CPPstartDate in the loaded data, however long ago",
                denominator: "plans whose CPPstartDate falls in the period",
                records: "CIN census child protection plans: CPPstartDate, NumberOfPreviousCPP",
                notes: ["A NumberOfPreviousCPP of 0 contradicted by an earlier plan in the data is reported as coverage "
                    + "contradicted_previous_plans (the plan counts as a repeat)."]),
            counting: .counters(.plansRepeat, over: .counter(.plansStarted),
                                coverage: [(.contradictedPreviousPlans, .plansPreviousZeroContradicted)]),
            publishedColumns: PublishedColumnNames(value: "cpp_subsequent_percent", numerator: "cpp_subsequent",
                                                   denominator: "cpp_start"),
            laitMeasure: "PrevRegCPR"),
        Indicator(
            id: "cpp.ceased_after_2_years.percent", title: "Plans ended after 2 years or more",
            unit: .percentage, decimals: 1, polarity: .lower, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of child protection plans ended in the period that had lasted 2 years or more.",
                numerator: "of the denominator, plans lasting 730 days or more counting both the start and the end day "
                    + "(LAIT: more than 729 days including the day of cessation)",
                denominator: "plans with a CPPstartDate whose CPPendDate falls in the period",
                records: "CIN census child protection plans: CPPstartDate, CPPendDate",
                notes: ["The length is AggregationConfiguration.planLongDays (730)."]),
            counting: .counters(.plansEndedLong, over: .counter(.plansEnded)),
            laitMeasure: "CPPlans2yrs"),
        Indicator(
            id: "cpp.open_2_years_or_more.percent", title: "Open plans of 2 years or more",
            unit: .percentage, decimals: 1, polarity: .lower, source: .cinCensus, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of child protection plans open at the end of the period that had been open for 2 "
                    + "years or more (plans, not children).",
                numerator: "of the denominator, plans whose CPPstartDate is on or before the same day 2 years before the "
                    + "period end",
                denominator: "plans open at the period end: CPPstartDate on or before it, CPPendDate blank or after it",
                records: "CIN census child protection plans: CPPstartDate, CPPendDate",
                notes: ["The span is AggregationConfiguration.planOpenYears (2)."]),
            counting: .counters(.plansOpenLong, over: .counter(.plansOpenAtEnd)),
            publishedColumns: PublishedColumnNames(value: "cpp_31mar_2yrs_plus_percent", numerator: "cpp_31mar_2yrs_plus",
                                                   denominator: "cpp_31mar_count"),
            laitMeasure: "CPPlans2yrsActive"),
    ]
}
