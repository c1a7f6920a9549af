extension IndicatorFamily {
    /// Strengths and difficulties questionnaires (INDICATORS.md §3): SSDA903 OC2, whole numbers
    /// and the average score to 1 decimal place, counting children of the return of the
    /// collection year that contains the period end.
    static let sdqIndicators: [Indicator] = [
        Indicator(
            id: "sdq.average", title: "Average SDQ score",
            unit: .averageScore, decimals: 1, polarity: .lower, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The average strengths and difficulties questionnaire (SDQ) score of children looked after for "
                    + "12 months, aged 5 to 16, who have a valid score.",
                numerator: "the sum of the valid SDQ_SCORE values (0 to 40)",
                denominator: "OC2 children aged 5 to 16 at the period end with a valid score",
                records: oc2,
                notes: [ageNote, invalidScores]),
            counting: .counters(.sdqSum, over: .counter(.sdqValid),
                                coverage: [(.invalidScore, .sdqInvalidScore), (.birthUnknown, .oc2BirthUnknown)]),
            publishedColumns: PublishedColumnNames(value: "sdq_avg_score"),
            laitMeasure: "Emotional_LAC"),
        Indicator(
            id: "sdq.received.percent", title: "SDQ scores received",
            unit: .percentage, decimals: 0, polarity: .higher, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of children looked after for 12 months, aged 5 to 16, who have a valid SDQ score.",
                numerator: "of the denominator, children with a valid SDQ_SCORE (0 to 40)",
                denominator: "OC2 children aged 5 to 16 at the period end, whatever SDQ_REASON says",
                records: oc2 + ", SDQ_REASON",
                notes: [ageNote, invalidScores,
                        "The DfE's sdq_received_percent is over children for whom the SDQ applies (sdq_eligible_total), "
                        + "so it is not this figure."]),
            counting: .counters(.sdqValid, over: .counter(.sdqEligible),
                                coverage: [(.invalidScore, .sdqInvalidScore), (.birthUnknown, .oc2BirthUnknown)])),
        Indicator(
            id: "sdq.concern.percent", title: "SDQ scores in the concern band",
            unit: .percentage, decimals: 0, polarity: .lower, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of valid SDQ scores that are in the concern band (17 to 40; normal is 0 to 13, "
                    + "borderline 14 to 16).",
                numerator: "of the denominator, scores of 17 or more",
                denominator: "OC2 children aged 5 to 16 at the period end with a valid score",
                records: oc2,
                notes: [ageNote, invalidScores, "The band starts at AggregationConfiguration.sdqConcernFrom (17)."]),
            counting: .counters(.sdqConcern, over: .counter(.sdqValid), coverage: [(.invalidScore, .sdqInvalidScore)]),
            publishedColumns: PublishedColumnNames(value: "sdq_concern_percent", numerator: "sdq_concern",
                                                   denominator: "sdq_received")),
    ]

    /// The OC2 fields the SDQ indicators read.
    private static let oc2 = "SSDA903 OC2 of the collection year containing the period end: SDQ_SCORE, DOB (else the header's)"

    /// How an OC2 child's age is taken.
    private static let ageNote = "Ages are completed years at the period end (AggregationConfiguration.sdqAges, 5...16); a "
        + "child whose date of birth is unknown is reported as coverage birth_unknown."

    /// What happens to a score outside 0-40.
    private static let invalidScores = "A score outside 0 to 40 is treated as no score and reported as coverage invalid_score."
}
