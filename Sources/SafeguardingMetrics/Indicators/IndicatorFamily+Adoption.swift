extension IndicatorFamily {
    /// Adoption timeliness and previous permanence (issue 21), from the SSDA903 episodes and the
    /// adoption tables (`ad1`, `previous_permanence`), by the method of <doc:MakingAMeasureExact>.
    ///
    /// The averages are the DfE's adoption scorecard measures A1 (entering care to moving in with
    /// the adoptive family), A10 (the same, adjusted for adoptions by foster carers) and A2
    /// (placement order to match), and the DfE's stage "total average time between entry into care
    /// and adoption" (children looked after statistics, table of average time between adoption
    /// process stages), each over the children adopted in the period. The scorecards average over
    /// three years: ask for a three-year period to compare with them. They are in days (an average:
    /// the sum of the children's days over the number of children), rounded half up to a whole day.
    static let adoptionIndicators: [Indicator] = [
        averageDays(
            "adoption.entering_care_to_placed.days", title: "Average days from entering care to moving in with the adoptive family",
            from: "the start of the period of care the adoption ended", to: "the first day of the child's placement for "
                + "adoption (the unbroken run of A3-A6 placements the adoption ended)",
            counter: .adoptedCareToPlacedDays, over: .adoptedPlaced, coverage: [(.excluded, .adoptedNotPlaced)],
            denominator: "children who ceased to be looked after in the period by adoption (REC E11 or E12) and were placed "
                + "for adoption (PLACE A3-A6) before it",
            notes: ["The DfE's adoption scorecard measure A1, and stage 4 of the DfE's table of average time between "
                + "adoption process stages (\"total average time between entry into care and date placed for adoption\"). "
                + "An adopted child never placed for adoption before the adoption is left out and reported as coverage "
                + "excluded.", nationalOnly + " Stage 4 for England: 1 year 4 months (2021), 1 year 6 months (2022), "
                + "1 year 7 months (2023, 2024 and 2025)."]),
        averageDays(
            "adoption.entering_care_to_moving_in_adjusted.days",
            title: "Average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions",
            from: "the start of the period of care the adoption ended", to: "the first day of the placement for adoption; "
                + "for a child placed for adoption with its current foster carers (A3 or A5), the first day the child lived "
                + "with those carers (the start of the run of episodes before it with RNE L, U or B, the carers unchanged)",
            counter: .adoptedCareToCarersDays, over: .adoptedPlaced, coverage: [(.excluded, .adoptedNotPlaced)],
            denominator: "children who ceased to be looked after in the period by adoption (REC E11 or E12) and were placed "
                + "for adoption (PLACE A3-A6) before it",
            notes: ["The DfE's adoption scorecard measure A10. The same carers are recognised from the reason for a new "
                + "episode (AggregationConfiguration.sameCarerReasons: L, U, B); the placements with current foster carers "
                + "are AggregationConfiguration.placedWithFosterCarers (A3, A5)."]),
        averageDays(
            "adoption.placement_order_to_match.days",
            title: "Average days from the placement order to the match with the adoptive family",
            from: "the first day of the first episode of the period of care with legal status E1 or D1 (the court's "
                + "authority to place the child for adoption)", to: "DATE_MATCH of the child's SSDA903 ad1 row in the "
                + "return of the collection year containing the adoption; 0 days when the match came first",
            counter: .adoptedOrderToMatchDays, over: .adoptedMatchedAfterOrder,
            coverage: [(.excluded, .adoptedNoOrder), (.noRecord, .adoptedNoAD1),
                       (.unknownDate, .adoptedMatchUnknown)],
            denominator: "children who ceased to be looked after in the period by adoption (REC E11 or E12), were placed for "
                + "adoption before it, had a placement or freeing order (LS E1 or D1) in that period of care and an ad1 "
                + "row with a DATE_MATCH",
            notes: ["The DfE's adoption scorecard measure A2: children not placed for adoption, or with no placement or "
                + "freeing order, are left out (coverage excluded), and a match before the order counts 0 days. A child "
                + "with no ad1 row in that return is reported as coverage no_record, and one whose DATE_MATCH is blank or "
                + "unreadable as unknown_date."]),
        averageDays(
            "adoption.entering_care_to_adoption.days", title: "Average days from entering care to adoption",
            from: "the start of the period of care the adoption ended", to: "the adoption (the DEC of the ceasing episode)",
            counter: .adoptedCareToAdoptedDays, over: .ceasedAdopted, coverage: [],
            denominator: "children who ceased to be looked after in the period by adoption (REC E11 or E12; the numerator of "
                + "cla.ceased.adopted.percent)",
            notes: ["Stage 6 of the DfE's table of average time between adoption process stages (\"total average time "
                + "between entry into care and adoption\").", nationalOnly + " Stage 6 for England: 2 years 2 months "
                + "(2021), 2 years 3 months (2022), 2 years 5 months (2023 and 2024), 2 years 3 months (2025)."]),
        averageDays(
            "adoption.decision_to_match.days",
            title: "Average days from the decision that a child should be placed for adoption to the match with the adopters",
            from: "DATE_INT (the agency decision that the child should be placed for adoption)", to: "DATE_MATCH, both of "
                + "the child's SSDA903 ad1 row in the return of the collection year containing the adoption; 0 days when "
                + "the match came first",
            counter: .adoptedDecisionToMatchDays, over: .adoptedDecidedAndMatched,
            coverage: [(.noRecord, .adoptedAD1Missing), (.unknownDate, .adoptedDecisionOrMatchUnknown)],
            denominator: "children who ceased to be looked after in the period by adoption (REC E11 or E12) with an ad1 row "
                + "giving both dates",
            notes: ["Stage 2 of the DfE's table of average time between adoption process stages (\"average time between "
                + "decision that child should be placed for adoption and matching of child and adopters\"). A child with no "
                + "ad1 row in that return is reported as coverage no_record, and one with either date blank or unreadable "
                + "as unknown_date.", nationalOnly + " Stage 2 for England: 9 months (2021 and 2022), 10 months (2023, "
                + "2024 and 2025)."]),
        Indicator(
            id: "cla.started.previous_permanence.percent",
            title: "Children starting to be looked after who had a previous permanence order",
            unit: .percentage, decimals: 0, polarity: .none, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of children who started to be looked after in the period who had left care, or avoided "
                    + "it, through an adoption, special guardianship order or child arrangements order before.",
                numerator: "of the denominator, children whose previous_permanence row, in the return of the collection "
                    + "year containing the day they started, has PREV_PERM P1, P2, P3 or P4",
                denominator: "children who started to be looked after in the period (the numerator of cla.started.rate)",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DECOM, RNE; SSDA903 previous_permanence: CHILD, PREV_PERM",
                notes: ["The codes are AggregationConfiguration.previousPermanence (P1 adoption, P2 special guardianship "
                    + "order, P3 residence or child arrangements order, P4); Z1 is none or not known.",
                        "A child with no previous_permanence row in that return stays in the denominator and is reported "
                    + "as coverage no_record: a return without the table gives no numerator, and the coverage says so.",
                        "The DfE publishes children starting to be looked after by previous permanence for England (children "
                    + "looked after in England including adoptions); LAIT has no such measure."]),
            counting: .counters(.startedPreviousPermanence, over: .counter(.startedCare),
                                coverage: [(.noRecord, .startedNoPermanenceRow)])),
    ]

    /// What the DfE publishes of the adoption stages, and what can be compared with it.
    private static let nationalOnly = "The DfE publishes the stages for England only, as an average in years and months "
        + "over the children adopted in the year (national_cla_adopted_average_time_between_adoption_process_stages), and "
        + "LAIT has no adoption timeliness measure, so no authority value can be recomputed; the national figure is the "
        + "average over every authority's children, which this measure gives when computed over all of them."

    /// An average number of days between two stages of an adoption, over the children adopted in
    /// the period.
    private static func averageDays(_ id: IndicatorID, title: String, from: String, to: String, counter: Counter,
                                    over total: Counter, coverage: [(CoverageKind, Counter)], denominator: String,
                                    notes: [String]) -> Indicator {
        Indicator(
            id: id, title: title, unit: .days, decimals: 0, polarity: .lower, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: title + ", for the children adopted in the period.",
                numerator: "the sum, over the children of the denominator, of the days from \(from) to \(to) (the later day "
                    + "minus the earlier)",
                denominator: denominator,
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DECOM, DEC, RNE, LS, PLACE, REC; SSDA903 ad1: DATE_MATCH",
                notes: notes + ["The period of care starts as every children-looked-after measure starts one (INDICATORS.md "
                    + "§3): the child's first episode, RNE S, or an episode starting after every earlier one has ended. The "
                    + "value is an average in days (MeasureUnit.days: the sum of days over the number of children), rounded "
                    + "half up to a whole day; an average over 1 to 5 children is suppressed under the DfE policy, as an "
                    + "average score is."]),
            counting: .counters(counter, over: .counter(total), coverage: coverage))
    }
}
