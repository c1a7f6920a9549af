extension IndicatorFamily {
    /// Children who ceased to be looked after, by reason: the share of the children who ceased in
    /// the period whose last ceasing episode ended for a reason of a group. INDICATORS.md does not
    /// define them; their definitions are these (and <doc:IndicatorDefinitions>), made by the
    /// method of <doc:MakingAMeasureExact>.
    ///
    /// The denominator is the numerator of `cla.ceased.rate`. The groups are those of the DfE's
    /// tables of children ceasing to be looked after by reason ("Children looked after in England
    /// including adoptions", methodology and table D1 on explore-education-statistics), and of
    /// LAIT's measures built from them.
    static let ceasedCareIndicators: [Indicator] = [
        ceased("cla.ceased.returned_home.percent", "returned home as part of the care plan", codes: "E4A",
               setting: "returnedHome", counter: .ceasedReturnedHome, polarity: .none, lait: "LAC_RetHome_CarePlan_%",
               note: "This is the measure closest to a child safely returned to their family: E4A is a return to parents "
                   + "or others with parental responsibility that the care plan made (planned and assessed), unlike E4B "
                   + "(not part of the care plan) and unlike special guardianship and child arrangements orders, which "
                   + "are permanence with carers. The Blackpool framework's OF2-03 counts such children: it is linked "
                   + "to this indicator's numerator."),
        ceased("cla.ceased.returned_home_unplanned.percent", "returned home not as part of the care plan", codes: "E4B",
               setting: "returnedHomeUnplanned", counter: .ceasedReturnedHomeUnplanned, polarity: .none,
               lait: "LAC_RetHome_Not_CarePlan_%", note: nil),
        ceased("cla.ceased.adopted.percent", "adopted", codes: "E11 or E12", setting: "adopted", counter: .ceasedAdopted,
               polarity: .none, lait: "%_of LAC Adopted",
               note: "LAIT's %_of LAC Adopted is No_of LAC Adopted over LACceased, which this reproduces for every "
                   + "authority LAIT publishes both for."),
        ceased("cla.ceased.special_guardianship.percent", "left care under a special guardianship order",
               codes: "E45, E46, E47 or E48", setting: "specialGuardianship", counter: .ceasedSpecialGuardianship,
               polarity: .none, lait: "LAC_ceased_SGO%",
               note: "LAIT's LAC_ceased_SGO% is LAC_ceased_SGO over LACceased, which this reproduces for every "
                   + "authority LAIT publishes both for."),
        ceased("cla.ceased.child_arrangements.percent", "left care under a residence or child arrangements order",
               codes: "E41", setting: "childArrangements", counter: .ceasedChildArrangements, polarity: .none,
               lait: "LAC_ceased_CAO%", note: nil),
    ]

    /// A share of the children who ceased to be looked after, by the reason codes `codes`.
    private static func ceased(_ id: IndicatorID, _ what: String, codes: String, setting: String, counter: Counter,
                               polarity: Polarity, lait: String, note: String?) -> Indicator {
        Indicator(
            id: id, title: "Children ceasing to be looked after who \(what)",
            unit: .percentage, decimals: 0, polarity: polarity, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of children who ceased to be looked after in the period who \(what).",
                numerator: "of the denominator, children whose last ceasing episode has REC \(codes)",
                denominator: "children with an episode whose DEC falls in the period and whose REC is present and not X1, "
                    + "each child once (the numerator of cla.ceased.rate)",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DEC, REC, DECOM, LS",
                notes: ["A child who ceased more than once in the period is counted once, by the reason of the ceasing "
                        + "episode that ended last (between equal ends, the later start): the DfE counts only the last "
                        + "occasion a child ceased in the year (children looked after methodology). Taking the last "
                        + "occasion's reason is that rule; which of two episodes ending the same day is last is our choice.",
                        "The codes are AggregationConfiguration.\(setting). A ceasing episode with an unknown REC code "
                        + "stays in the denominator and in no group.",
                        "Source: the SSDA903 guide's reason episode ceased codes and the children looked after "
                        + "methodology (explore-education-statistics.service.gov.uk, \"Children looked after in England "
                        + "including adoptions\"). LAIT publishes the percentage as a whole number."]
                    + (note.map { [$0] } ?? [])),
            counting: .counters(counter, over: .counter(.ceasedCare)),
            laitMeasure: lait)
    }
}
