// Factors identified at the end of assessment (issue 20): one indicator per column of the DfE's
// table c3, made from AssessmentFactorGroup.all.

extension IndicatorFamily {
    /// The share of CIN episodes with factors identified at the end of an assessment in the
    /// period that identified each factor the DfE publishes (c3), in the DfE's column order.
    static let assessmentFactorIndicators: [Indicator] = AssessmentFactorGroup.all.map { group in
        let codes = group.codes.count == 1 ? "code \(group.codes[0])" : "codes " + group.codes.joined(separator: ", ")
        return Indicator(
            id: IndicatorID(rawValue: "assessments.factor.\(group.key).percent"),
            title: "Assessments identifying \(group.words)",
            unit: .percentage, decimals: 1, polarity: .none, source: .cinCensus, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of CIN episodes with factors identified at the end of an assessment completed in the "
                    + "period whose assessment identified \(group.words).",
                numerator: "of the denominator, episodes with AssessmentFactors \(codes) on an assessment authorised in the "
                    + "period (each episode once)",
                denominator: factorEpisodes,
                records: "CIN census assessments: AssessmentAuthorisationDate, FactorsIdentifiedAtAssessment "
                    + "(AssessmentFactors)",
                notes: ["The DfE publishes the numerator by authority (c3, column \(group.column)) and the denominator "
                    + "(Episodes_with_assessment_factor), not the percentage.",
                    "Choice: code 21 (no factors identified) is not a factor: an episode whose assessments record only "
                    + "21 is in neither count. A code not in the census's list is reported by the reader and is no "
                    + "factor.",
                    "An episode with two assessments authorised in the period counts each factor once, and is in the "
                    + "breakdown cell of the first of them (by AssessmentActualStartDate)."]),
            counting: .counters(group.counter, over: .counter(.factorEpisodes)))
    }

    /// The denominator of every factor indicator.
    private static let factorEpisodes = "CIN episodes with an assessment authorised (AssessmentAuthorisationDate) in the "
        + "period that records at least one factor other than 21, whatever the factor (each episode once)"
}
