extension IndicatorFamily {
    /// Care leavers aged 19-21 by activity and contact, and staying put: the care-leaver measures
    /// of issue 21, made by the method of <doc:MakingAMeasureExact>. INDICATORS.md does not define
    /// them; their definitions are these.
    static let careLeaverDetailIndicators: [Indicator] = [
        band19("care_leavers.higher_education.age_19_21.percent", "in higher education",
               numerator: "with ACTIV F1 or P1 (AggregationConfiguration.higherEducation)",
               counter: .leavers19HigherEducation, polarity: .higher, lait: "LAC_19_HE"),
        band19("care_leavers.neet.age_19_21.percent", "not in education, employment or training",
               numerator: "with ACTIV G1-G6 (AggregationConfiguration.notInEducationEmploymentTraining); information not "
                + "known (0 or blank) is neither",
               counter: .leavers19NEET, polarity: .lower, lait: "CareLeaversNEET"),
        band19("care_leavers.not_in_touch.age_19_21.percent", "the authority was not in touch with",
               numerator: "with IN_TOUCH NO (AggregationConfiguration.notInTouch); a young person who refuses contact "
                + "(REFU) or no longer requires services (NREQ) is not counted",
               counter: .leavers19NotInTouch, polarity: .lower, lait: "CareLeavers_LA_NotInTouch"),
        Indicator(
            id: "cla.ceased.staying_put.percent", title: "Young people staying put with their foster carers at 18",
            unit: .percentage, decimals: 0, polarity: .higher, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of young people who ceased to be looked after in the period aged 18 or over from a "
                    + "foster placement who stayed with their foster carers (staying put).",
                numerator: "of the denominator, young people whose last ceasing episode has REC E17 (aged 18 or over and "
                    + "remained with current carers)",
                denominator: "children who ceased to be looked after in the period (each once, by the ceasing episode that "
                    + "ended last, as cla.ceased.rate) whose ceasing episode has a foster placement (PLACE U1-U6) and "
                    + "ended on or after their 18th birthday (SSDA903 header DOB)",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DEC, REC, PLACE; header: DOB",
                notes: ["The codes are AggregationConfiguration.stayingPut and foster. A child whose date of birth is "
                        + "unknown is not counted.",
                        "The DfE's staying put table (la_care_leavers_stayput) counts young people who ceased to be looked "
                        + "after on their 18th birthday in a foster placement and those who remained with their former "
                        + "foster carers; the SSDA903 records that as REC E17. Taking a ceasing date on or after the 18th "
                        + "birthday, rather than on it, is our choice: a child cannot be looked after past it, and a "
                        + "return's ceasing date a day late would otherwise drop the child. LAIT's StayingPut is this "
                        + "percentage; no published counts were available to check it against."]),
            counting: .counters(.ceasedStayingPut, over: .counter(.ceasedAt18Foster)),
            laitMeasure: "StayingPut"),
    ]

    /// A care-leaver percentage of the 19-21 band, over the denominator of the band's other indicators.
    private static func band19(_ id: IndicatorID, _ what: String, numerator: String, counter: Counter, polarity: Polarity,
                               lait: String) -> Indicator {
        Indicator(
            id: id, title: "Care leavers aged 19-21 \(what)",
            unit: .percentage, decimals: 0, polarity: polarity, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of care leavers who reached their 19th, 20th or 21st birthday in the period who were "
                    + "\(what).",
                numerator: "of the denominator, young people " + numerator,
                denominator: "OC3 young people whose 19th, 20th or 21st birthday falls in the period, and not their 17th or "
                    + "18th (the denominator of care_leavers.eet.age_19_21.percent)",
                exclusions: ["young people with IN_TOUCH DIED or RHOM (AggregationConfiguration.careLeaverExclusions), "
                    + "reported as coverage excluded"],
                records: "SSDA903 OC3 of the collection year containing the period end: ACTIV, IN_TOUCH, DOB (else the "
                    + "header's)",
                notes: ["The DfE publishes the counts by authority (la_care_leavers_activity and "
                        + "la_care_leavers_intouch); LAIT's measure is the 19-21 band's whole-number percentage.",
                        "A young person whose date of birth is unknown is reported as coverage birth_unknown."]),
            counting: .counters(counter, over: .counter(.leavers19Total),
                                coverage: [(.excluded, .leaversExcluded), (.birthUnknown, .oc3BirthUnknown)]),
            laitMeasure: lait)
    }
}
