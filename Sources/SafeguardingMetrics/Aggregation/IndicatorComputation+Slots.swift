extension IndicatorComputation {
    /// What an indicator's denominator is.
    enum Denominator: Sendable {
        /// The area's population of children aged 0-17.
        case population
        /// A counter.
        case counter(Counter)
    }

    /// How a standard indicator is made from counters.
    struct Slots: Sendable {
        var numerator: Counter
        var denominator: Denominator
        var coverage: [(CoverageKind, Counter)] = []
    }

    /// The counters behind every standard indicator of INDICATORS.md §2-3.
    static let slots: [IndicatorID: Slots] = [
        "referrals.rate": Slots(numerator: .referrals, denominator: .population),
        "referrals.repeat_within_12_months.percent": Slots(numerator: .rereferrals, denominator: .counter(.referrals)),
        "referrals.nfa.percent": Slots(numerator: .referralsNFA, denominator: .counter(.referrals)),
        "cin.rate": Slots(numerator: .cinOpenAtEnd, denominator: .population),
        "assessments.completed.rate": Slots(numerator: .assessmentsAuthorised, denominator: .population),
        "assessments.within_45_working_days.percent": Slots(
            numerator: .assessmentsWithin, denominator: .counter(.assessmentsAuthorised),
            coverage: [(.unknownDate, .assessmentsNoStart), (.endBeforeStart, .assessmentsEndBeforeStart)]),
        "s47.rate": Slots(numerator: .section47Started, denominator: .population),
        "icpc.rate": Slots(numerator: .conferences, denominator: .population),
        "s47.leading_to_icpc.percent": Slots(numerator: .section47LeadingToConference, denominator: .counter(.section47Started)),
        "icpc.within_15_working_days.percent": Slots(
            numerator: .conferencesWithin, denominator: .counter(.conferencesLinked),
            coverage: [(.unknownDate, .conferencesNoStart), (.endBeforeStart, .conferencesBeforeEnquiry)]),
        "cpp.rate": Slots(numerator: .childrenOnPlanAtEnd, denominator: .population),
        "cpp.started.rate": Slots(numerator: .plansStarted, denominator: .population),
        "cpp.second_or_subsequent.percent": Slots(
            numerator: .plansRepeat, denominator: .counter(.plansStarted),
            coverage: [(.contradictedPreviousPlans, .plansPreviousZeroContradicted)]),
        "cpp.ceased_after_2_years.percent": Slots(numerator: .plansEndedLong, denominator: .counter(.plansEnded)),
        "cpp.open_2_years_or_more.percent": Slots(numerator: .plansOpenLong, denominator: .counter(.plansOpenAtEnd)),
        "cla.rate": Slots(numerator: .lookedAfterAtEnd, denominator: .population,
                          coverage: [(.endBeforeStart, .episodesEndBeforeStart), (.overlappingEpisodes, .episodesOverlapping)]),
        "cla.started.rate": Slots(numerator: .startedCare, denominator: .population),
        "cla.ceased.rate": Slots(numerator: .ceasedCare, denominator: .population),
        "cla.placement.foster.percent": Slots(numerator: .fosterAtEnd, denominator: .counter(.lookedAfterAtEnd),
                                              coverage: [(.invalidCode, .placementInvalidAtEnd)]),
        "cla.placement.family_network.percent": Slots(numerator: .familyNetworkAtEnd, denominator: .counter(.lookedAfterAtEnd),
                                                      coverage: [(.invalidCode, .placementInvalidAtEnd)]),
        "cla.placement.residential.percent": Slots(numerator: .residentialAtEnd, denominator: .counter(.lookedAfterAtEnd),
                                                   coverage: [(.invalidCode, .placementInvalidAtEnd)]),
        "cla.placement.over_20_miles.percent": Slots(numerator: .farAtEnd, denominator: .counter(.lookedAfterAtEnd),
                                                     coverage: [(.distanceUnknown, .distanceUnknownAtEnd)]),
        "cla.stability.three_or_more_placements.percent": Slots(numerator: .threeOrMorePlacements,
                                                                denominator: .counter(.lookedAfterAtEnd)),
        "cla.stability.long_term.percent": Slots(numerator: .longTermStable, denominator: .counter(.longTermEligible),
                                                 coverage: [(.birthUnknown, .birthUnknownAtEnd)]),
        "cla.interim_care_order_over_26_weeks.percent": Slots(numerator: .interimCareOrderLong,
                                                              denominator: .counter(.interimCareOrderAtEnd)),
        "cla.missing.percent": Slots(numerator: .wentMissing, denominator: .counter(.lookedAfterDuring)),
        "sdq.average": Slots(numerator: .sdqSum, denominator: .counter(.sdqValid),
                             coverage: [(.invalidScore, .sdqInvalidScore), (.birthUnknown, .oc2BirthUnknown)]),
        "sdq.received.percent": Slots(numerator: .sdqValid, denominator: .counter(.sdqEligible),
                                      coverage: [(.invalidScore, .sdqInvalidScore), (.birthUnknown, .oc2BirthUnknown)]),
        "sdq.concern.percent": Slots(numerator: .sdqConcern, denominator: .counter(.sdqValid),
                                     coverage: [(.invalidScore, .sdqInvalidScore)]),
        "care_leavers.eet.age_17_18.percent": leavers(.leavers17EET, .leavers17Total),
        "care_leavers.eet.age_19_21.percent": leavers(.leavers19EET, .leavers19Total),
        "care_leavers.suitable_accommodation.age_17_18.percent": leavers(.leavers17Suitable, .leavers17Total),
        "care_leavers.suitable_accommodation.age_19_21.percent": leavers(.leavers19Suitable, .leavers19Total),
        "care_leavers.in_touch.age_17_18.percent": leavers(.leavers17InTouch, .leavers17Total),
        "care_leavers.in_touch.age_19_21.percent": leavers(.leavers19InTouch, .leavers19Total),
    ]

    private static func leavers(_ numerator: Counter, _ denominator: Counter) -> Slots {
        Slots(numerator: numerator, denominator: .counter(denominator),
              coverage: [(.excluded, .leaversExcluded), (.birthUnknown, .oc3BirthUnknown)])
    }

    /// The earliest day an indicator looks back to, and the return it needs for that, when the
    /// indicator reads history before the period.
    func lookback(_ id: IndicatorID) -> (day: Day, source: IndicatorSource)? {
        let period = request.period, configuration = request.configuration
        switch id.rawValue {
        case "referrals.repeat_within_12_months.percent":
            return (period.start.adding(months: -configuration.rereferralWindowMonths), .cinCensus)
        case "cla.stability.long_term.percent":
            return (period.end.adding(months: -configuration.longTermCareMonths), .ssda903)
        case "cla.interim_care_order_over_26_weeks.percent":
            return (period.end.adding(days: -configuration.interimCareOrderDays), .ssda903)
        default:
            return nil
        }
    }
}
