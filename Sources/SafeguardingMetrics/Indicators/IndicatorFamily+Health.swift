extension IndicatorFamily {
    /// Health and offending of children looked after for 12 months or more (SSDA903 OC2): health
    /// and dental checks, immunisations, development assessments, substance misuse and convictions,
    /// whole-number percentages of the return of the collection year containing the period end.
    /// INDICATORS.md does not define them; their definitions are these, made by the method of
    /// <doc:MakingAMeasureExact> from the DfE's table `la_conviction_health_outcome_cla`
    /// ("Outcomes for children looked after by local authorities", explore-education-statistics),
    /// whose published counts they reproduce.
    static let healthIndicators: [Indicator] = [
        outcome("oc2.health_assessment.percent", "had their annual health assessment", field: "HEALTH_CHECK",
                counter: .oc2HealthCheck, over: .oc2Total, ages: "of all ages", polarity: .higher, lait: "LACHealth%"),
        outcome("oc2.immunisations.percent", "had their immunisations up to date", field: "IMMUNISATIONS",
                counter: .oc2Immunised, over: .oc2Total, ages: "of all ages", polarity: .higher, lait: "LACVaccinations%"),
        outcome("oc2.dental_check.percent", "had their teeth checked by a dentist", field: "TEETH_CHECK",
                counter: .oc2TeethChecked, over: .oc2Total, ages: "of all ages", polarity: .higher, lait: "LACDental%",
                note: "The Blackpool improvement plan names the timeliness of dental checks; this is the DfE's measure of "
                    + "them."),
        outcome("oc2.development_assessment.percent", "had their development assessments up to date",
                field: "HEALTH_ASSESSMENT", counter: .oc2DevelopmentAssessed, over: .oc2DevelopmentAges,
                ages: "aged 0 to 4 at the period end (AggregationConfiguration.developmentAssessmentAges)", polarity: .higher,
                lait: nil),
        outcome("oc2.substance_misuse.percent", "were identified as having a substance misuse problem",
                field: "SUBSTANCE_MISUSE", counter: .oc2SubstanceMisuse, over: .oc2Total, ages: "of all ages",
                polarity: .lower, lait: "LACSubstance"),
        outcome("oc2.convictions.percent", "were convicted or subject to a youth caution or youth conditional caution",
                field: "CONVICTED", counter: .oc2Convicted, over: .oc2ConvictionAges,
                ages: "aged 10 to 17 at the period end (AggregationConfiguration.convictionAges)", polarity: .lower,
                lait: "LAC_Convictions"),
    ]

    /// A share of the OC2 children of an age group whose yes/no field `field` is 1.
    private static func outcome(_ id: IndicatorID, _ what: String, field: String, counter: Counter, over total: Counter,
                                ages: String, polarity: Polarity, lait: String?, note: String? = nil) -> Indicator {
        Indicator(
            id: id, title: "Children looked after for 12 months who \(what)",
            unit: .percentage, decimals: 0, polarity: polarity, source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of children looked after continuously for 12 months or more at the end of the period, "
                    + "\(ages), who \(what) in the year.",
                numerator: "of the denominator, children whose \(field) is 1",
                denominator: "OC2 children \(ages) (every row of the return, each child once in it)",
                records: "SSDA903 OC2 of the collection year containing the period end: \(field), DOB (else the header's)",
                notes: ["A \(field) of 0 or blank is not 1; any other value is reported when the return is read and is not "
                        + "1 either. A child whose date of birth is unknown is reported as coverage birth_unknown.",
                        "The DfE publishes the numerator and the denominator by authority "
                        + "(la_conviction_health_outcome_cla); the percentage is a whole number."]
                    + (note.map { [$0] } ?? [])),
            counting: .counters(counter, over: .counter(total), coverage: [(.birthUnknown, .oc2BirthUnknown)]),
            laitMeasure: lait)
    }
}
