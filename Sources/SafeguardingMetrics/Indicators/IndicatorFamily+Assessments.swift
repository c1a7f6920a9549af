extension IndicatorFamily {
    /// Assessments (INDICATORS.md §2): CIN census, 1 decimal place, counting assessments.
    static let assessmentIndicators: [Indicator] = [
        Indicator(
            id: "assessments.completed.rate", title: "Assessments completed per 10,000 children",
            unit: .ratePer10k, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Assessments completed (authorised) in the period, per 10,000 children.",
                numerator: "assessments whose AssessmentAuthorisationDate falls in the period",
                denominator: population,
                records: "CIN census assessments: AssessmentAuthorisationDate"),
            counting: .counters(.assessmentsAuthorised, over: .population)),
        Indicator(
            id: "assessments.within_45_working_days.percent", title: "Assessments completed within 45 working days",
            unit: .percentage, decimals: 1, polarity: .higher, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of assessments completed in the period that were authorised within 45 working days "
                    + "of the clock start.",
                numerator: "of the denominator, assessments authorised no more than 45 working days after the clock start "
                    + "(working days after the start up to and including the authorisation; the same day is 0)",
                denominator: "assessments whose AssessmentAuthorisationDate falls in the period",
                records: "CIN census assessments: AssessmentActualStartDate, AssessmentAuthorisationDate; the CIN "
                    + "episode's CINreferralDate when the clock starts at the referral",
                notes: ["The clock starts at AssessmentActualStartDate (AggregationConfiguration.assessmentClockStart can "
                    + "make it the referral date); the limit is AggregationConfiguration.assessmentWorkingDays (45).",
                    "Working days leave out weekends and England and Wales bank holidays.",
                    "An assessment with no start date, or authorised before it started, stays in the denominator, is not "
                    + "timely, and is reported as coverage unknown_date or end_before_start."]),
            counting: .counters(.assessmentsWithin, over: .counter(.assessmentsAuthorised),
                                coverage: [(.unknownDate, .assessmentsNoStart), (.endBeforeStart, .assessmentsEndBeforeStart)]),
            publishedColumns: PublishedColumnNames(value: "lait_assess_45wd_percent"),
            laitMeasure: "Continue_Assess_Comp"),
    ]
}
