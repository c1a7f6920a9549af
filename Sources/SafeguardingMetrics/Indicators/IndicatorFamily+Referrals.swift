extension IndicatorFamily {
    /// Referrals and children in need (INDICATORS.md §2): CIN census, 1 decimal place, counting
    /// referrals and CIN episodes (a child referred twice counts twice).
    static let referralIndicators: [Indicator] = [
        Indicator(
            id: "referrals.rate", title: "Referrals per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Referrals to children's social care received in the period, per 10,000 children. Every referral "
                    + "counts, including those that led to no further action.",
                numerator: "referrals whose CINreferralDate falls in the period (each referral, NFA included)",
                denominator: population,
                records: "CIN census CIN episodes (CINdetails): CINreferralDate"),
            counting: .counters(.referrals, over: .population),
            publishedColumns: PublishedColumnNames(value: "lait_referral_rate_per_10000", numerator: "referral_count",
                                                   denominator: "pop_0_17_prev_mid_year"),
            laitMeasure: "CPP_Total_Rateper10,000"),
        Indicator(
            id: "referrals.repeat_within_12_months.percent", title: "Re-referrals within 12 months",
            unit: .percentage, decimals: 1, polarity: .lower, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of the period's referrals that came within 12 months of an earlier referral of the "
                    + "same child.",
                numerator: "referrals in the period for which the same child has a strictly earlier referral (NFA "
                    + "included, from any loaded return) dated on or after the same day 12 months before",
                denominator: "referrals whose CINreferralDate falls in the period",
                records: "CIN census CIN episodes (CINdetails): CINreferralDate, across every loaded return",
                notes: ["The window is AggregationConfiguration.rereferralWindowMonths (12); 12 months before 29 February "
                    + "is 28 February."]),
            counting: .counters(.rereferrals, over: .counter(.referrals), lookback: .rereferralWindow),
            publishedColumns: PublishedColumnNames(value: "rereferral_percent", numerator: "rereferral_count",
                                                   denominator: "referral_count"),
            laitMeasure: "ReReferral"),
        Indicator(
            id: "referrals.nfa.percent", title: "Referrals with no further action",
            unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of the period's referrals that led to no further action.",
                numerator: "referrals in the period with ReferralNFA true",
                denominator: "referrals whose CINreferralDate falls in the period",
                records: "CIN census CIN episodes (CINdetails): CINreferralDate, ReferralNFA"),
            counting: .counters(.referralsNFA, over: .counter(.referrals)),
            laitMeasure: "CIN_Refferals_NFA"),
        Indicator(
            id: "cin.rate", title: "Children in need per 10,000 at period end",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "Episodes of need open at the end of the period, per 10,000 children. It counts episodes, as the "
                    + "DfE's At31_episodes does: a child with two open episodes counts twice.",
                numerator: "CIN episodes with a CINreferralDate on or before the period end, no CINclosureDate or one "
                    + "after the end, and ReferralNFA not true",
                denominator: population,
                exclusions: ["referrals that led to no further action"],
                records: "CIN census CIN episodes (CINdetails): CINreferralDate, CINclosureDate, ReferralNFA",
                notes: ["A closure on the last day of the period ends the episode; one after it leaves the episode open."]),
            counting: .counters(.cinOpenAtEnd, over: .population),
            publishedColumns: PublishedColumnNames(value: "lait_cin_rate_per_10000", numerator: "cin_31mar_count",
                                                   denominator: "pop_0_17_prev_mid_year"),
            laitMeasure: "CIN"),
        Indicator(
            id: "cin.started.rate", title: "Children in need episodes started per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Episodes of need that started in the period, per 10,000 children: referrals that led to the "
                    + "child being in need. It counts episodes, as the DfE's Started_episodes does: a child whose two "
                    + "episodes start in the period counts twice.",
                numerator: "CIN episodes whose CINreferralDate falls in the period, with ReferralNFA not true, and not "
                    + "closed on or before the period end with ReasonForClosure RC8 or RC9 (case closed after "
                    + "assessment: the child was assessed not to be in need)",
                denominator: population,
                exclusions: ["referrals that led to no further action",
                             "referrals after which the child was assessed not to be in need"],
                records: "CIN census CIN episodes (CINdetails): CINreferralDate, ReferralNFA, CINclosureDate, "
                    + "ReasonForClosure",
                notes: ["The DfE publishes the count, not a rate (Started_episodes of the children in need release, "
                    + "cin_started_episodes in the CSC indicators file): it is the period's referrals less those "
                    + "with no further action and those assessed not to be in need.",
                    "The closure reasons are AggregationConfiguration.assessedNotInNeed (RC8, RC9); a closure after "
                    + "the period end is not used, so the episode counts as started."]),
            counting: .counters(.cinStarted, over: .population)),
    ]
}
