extension IndicatorFamily {
    /// Children looked after (INDICATORS.md §3): SSDA903, whole numbers, counting children.
    static let careIndicators: [Indicator] = [
        Indicator(
            id: "cla.rate", title: "Children looked after per 10,000 at period end",
            unit: .ratePer10k, decimals: 0, polarity: .none, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "Children looked after at the end of the period, per 10,000 children.",
                numerator: "children looked after at the period end: with an episode whose DECOM is on or before the end "
                    + "and whose DEC is blank or after it",
                denominator: population,
                exclusions: [shortBreaks],
                records: episodes + ": DECOM, DEC, LS",
                notes: ["Episodes that end before they start are left out and reported as coverage end_before_start; "
                    + "episodes overlapping another of the same child as overlapping_episodes."]),
            counting: .counters(.lookedAfterAtEnd, over: .population,
                                coverage: [(.endBeforeStart, .episodesEndBeforeStart), (.overlappingEpisodes, .episodesOverlapping)]),
            publishedColumns: PublishedColumnNames(value: "cla_31mar_rate_per_10000", numerator: "cla_31mar_count",
                                                   denominator: "pop_0_17_prev_mid_year"),
            laitMeasure: "LAC"),
        Indicator(
            id: "cla.started.rate", title: "Children starting to be looked after per 10,000",
            unit: .ratePer10k, decimals: 0, polarity: .none, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Children who started to be looked after in the period, per 10,000 children.",
                numerator: "children with an episode with RNE S (started to be looked after) whose DECOM falls in the "
                    + "period, each child once",
                denominator: population,
                exclusions: [shortBreaks],
                records: episodes + ": DECOM, RNE, LS"),
            counting: .counters(.startedCare, over: .population),
            publishedColumns: PublishedColumnNames(value: "cla_started_rate_per_10000", numerator: "cla_started_count",
                                                   denominator: "pop_0_17_prev_mid_year"),
            laitMeasure: "LAC_Start_Rate"),
        Indicator(
            id: "cla.ceased.rate", title: "Children ceasing to be looked after per 10,000",
            unit: .ratePer10k, decimals: 0, polarity: .none, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Children who ceased to be looked after in the period, per 10,000 children.",
                numerator: "children with an episode whose DEC falls in the period and whose REC is present and not X1 "
                    + "(episode ended, child still looked after), each child once",
                denominator: population,
                exclusions: [shortBreaks],
                records: episodes + ": DEC, REC, LS"),
            counting: .counters(.ceasedCare, over: .population),
            publishedColumns: PublishedColumnNames(value: "cla_ceased_rate_per_10000", numerator: "cla_ceased_count",
                                                   denominator: "pop_0_17_prev_mid_year"),
            laitMeasure: "LAC_Cease_Rate"),
        placement("cla.placement.foster.percent", "Children looked after in foster care", polarity: .higher,
                  summary: "The share of children looked after at the end of the period who were in foster care.",
                  numerator: "of the denominator, children whose placement (PLACE) at the end is U1-U6",
                  setting: "foster", counter: .fosterAtEnd, lait: "LAC_Foster_Placements"),
        placement("cla.placement.family_network.percent", "Children looked after with family or friends", polarity: .higher,
                  summary: "The share of children looked after at the end of the period who were placed with family or "
                    + "friends: fostered by a relative or friend, or placed with parents.",
                  numerator: "of the denominator, children whose placement (PLACE) at the end is U1-U3 (foster with a "
                    + "relative or friend) or P1 (placed with parents)",
                  setting: "familyNetwork", counter: .familyNetworkAtEnd, lait: nil),
        placement("cla.placement.residential.percent", "Children looked after in residential care", polarity: .lower,
                  summary: "The share of children looked after at the end of the period who were in residential care: "
                    + "secure units, children's homes and other residential settings.",
                  numerator: "of the denominator, children whose placement (PLACE) at the end is K1, K2, R1, R2, R5 or S1",
                  setting: "residential", counter: .residentialAtEnd, lait: nil,
                  note: "LAIT has no measure of this group: it splits secure and children's homes from other residential "
                    + "settings."),
        Indicator(
            id: "cla.placement.over_20_miles.percent", title: "Children placed more than 20 miles from home",
            unit: .percentage, decimals: 0, polarity: .lower, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of children looked after at the end of the period whose placement was more than 20 "
                    + "miles from home.",
                numerator: "of the denominator, children whose placement postcode is known to be strictly more than 20 "
                    + "miles (32,186.88 m) in a straight line from their home postcode",
                denominator: lookedAfterAtEnd,
                exclusions: [shortBreaks],
                records: episodes + ": HOME_POST, PL_POST; a postcode lookup (postcode, easting, northing)",
                notes: ["Needs a postcode lookup. A distance is unknown when either postcode is blank or not in the "
                    + "lookup: the child stays in the denominator and is reported as coverage distance_unknown.",
                    "LAIT's LACDistance also requires the placement to be outside the authority's boundary, so it is "
                    + "not this figure."]),
            counting: .counters(.farAtEnd, over: .counter(.lookedAfterAtEnd),
                                coverage: [(.distanceUnknown, .distanceUnknownAtEnd)])),
        Indicator(
            id: "cla.stability.three_or_more_placements.percent", title: "Children with 3 or more placements in the period",
            unit: .percentage, decimals: 0, polarity: .lower, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "Short-term placement stability: the share of children looked after at the end of the period who "
                    + "had 3 or more placements during it.",
                numerator: "of the denominator, children with 3 or more placements: 1 when an episode is open at the "
                    + "period start, plus each episode starting in the period with RNE S, P, B, T or U and PLACE not T0-T4",
                denominator: lookedAfterAtEnd,
                exclusions: [shortBreaks],
                records: episodes + ": DECOM, DEC, RNE, PLACE",
                notes: ["The reasons and temporary placements are AggregationConfiguration.newPlacementReasons and "
                    + "temporaryPlacements.",
                    "A return to the same carer after a temporary placement counts as a new placement here; the DfE does "
                    + "not count it."]),
            counting: .counters(.threeOrMorePlacements, over: .counter(.lookedAfterAtEnd)),
            publishedColumns: PublishedColumnNames(value: "stab_3plus_percent", numerator: "stab_3plus_count",
                                                   denominator: "stab_cla_31mar_total"),
            laitMeasure: "LACStable_2016on"),
        Indicator(
            id: "cla.stability.long_term.percent", title: "Long-term placement stability",
            unit: .percentage, decimals: 0, polarity: .higher, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "Long-term placement stability: the share of children under 16 looked after for 2.5 years or "
                    + "more at the end of the period who had been with the same carer for the last 2 years.",
                numerator: "of the denominator, children with no episode with RNE P or B (a change of carer) starting "
                    + "after the same day 24 months before the period end",
                denominator: "children looked after at the period end aged under 16 (date of birth from the SSDA903 "
                    + "header) whose current period of care started on or before the same day 30 months before the end",
                exclusions: [shortBreaks],
                records: episodes + ": DECOM, DEC, RNE; header: DOB",
                notes: ["The windows are AggregationConfiguration.longTermNoMoveMonths (24), longTermCareMonths (30) and "
                    + "longTermAgeBelow (16); a change of carer is carerChangeReasons.",
                    "A child whose date of birth is unknown is left out and reported as coverage birth_unknown.",
                    "Adoption by the child's own foster carers counts as a change of carer here; the DfE does not count it."]),
            counting: .counters(.longTermStable, over: .counter(.longTermEligible),
                                coverage: [(.birthUnknown, .birthUnknownAtEnd)], lookback: .longTermCare),
            publishedColumns: PublishedColumnNames(value: "stab_longterm_percent", numerator: "stab_longterm_count",
                                                   denominator: "stab_longterm_total"),
            laitMeasure: "LAC_LongStable%"),
        Indicator(
            id: "cla.interim_care_order_over_26_weeks.percent", title: "Interim care orders lasting over 26 weeks",
            unit: .percentage, decimals: 0, polarity: .lower, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of children on an interim care order at the end of the period whose order had run for "
                    + "more than 26 weeks.",
                numerator: "of the denominator, children whose unbroken run of contiguous LS C1 episodes started more than "
                    + "182 days before the period end",
                denominator: "children looked after at the period end whose current episode has LS C1",
                exclusions: [shortBreaks],
                records: episodes + ": DECOM, DEC, LS",
                notes: ["The length is AggregationConfiguration.interimCareOrderDays (182); the legal status is "
                    + "interimCareOrder."]),
            counting: .counters(.interimCareOrderLong, over: .counter(.interimCareOrderAtEnd), lookback: .interimCareOrder)),
        Indicator(
            id: "cla.missing.percent", title: "Children looked after who went missing",
            unit: .percentage, decimals: 0, polarity: .lower, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of children looked after during the period who went missing from their placement in it.",
                numerator: "of the denominator, children with at least one MISSING M episode (missing, not A, away) whose "
                    + "MIS_START falls in the period",
                denominator: "children looked after during the period: with an episode whose DECOM is on or before the "
                    + "end and whose DEC is blank or on or after the start",
                exclusions: [shortBreaks],
                records: episodes + ": DECOM, DEC; SSDA903 missing episodes: MISSING, MIS_START"),
            counting: .counters(.wentMissing, over: .counter(.lookedAfterDuring)),
            laitMeasure: "Children_missing"),
    ]

    /// The SSDA903 episodes, as a definition's records say.
    private static let episodes = "SSDA903 episodes"

    /// Short breaks, left out of every children looked after measure.
    static let shortBreaks = "episodes with LS V3 or V4 (short breaks); the child's other episodes still count"

    /// Children looked after at the period end, the denominator of the placement measures.
    private static let lookedAfterAtEnd = "children looked after at the period end"

    /// A placement-type percentage of children looked after at the period end.
    private static func placement(_ id: IndicatorID, _ title: String, polarity: Polarity, summary: String, numerator: String,
                                  setting: String, counter: Counter, lait: String?, note: String? = nil) -> Indicator {
        Indicator(
            id: id, title: title, unit: .percentage, decimals: 0, polarity: polarity, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: summary, numerator: numerator, denominator: lookedAfterAtEnd, exclusions: [shortBreaks],
                records: episodes + ": PLACE of the episode open at the end (the latest DECOM when two are open)",
                notes: ["The placement codes are AggregationConfiguration.\(setting).",
                        "A blank or unknown placement code stays in the denominator and is reported as coverage invalid_code."]
                    + (note.map { [$0] } ?? [])),
            counting: .counters(counter, over: .counter(.lookedAfterAtEnd), coverage: [(.invalidCode, .placementInvalidAtEnd)]),
            laitMeasure: lait)
    }
}
