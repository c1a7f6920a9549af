extension IndicatorFamily {
    /// Children looked after by placement type and legal status at the period end, away from
    /// placement and missing incidents, and the kinds of adoption and special guardianship order
    /// among the children who ceased: the measures of issue 21 made from the episodes and missing
    /// tables by the method of <doc:MakingAMeasureExact>. INDICATORS.md does not define them; their
    /// definitions are these.
    ///
    /// The placement groups are those of the DfE's table of children looked after at 31 March by
    /// placement ("Children looked after in England including adoptions", table A3 and
    /// `la_cla_on_31_march_by_characteristics`), which LAIT's placement measures are taken from.
    static let careDetailIndicators: [Indicator] = [
        atEnd("cla.placement.secure_and_childrens_homes.percent", "in secure homes and children's homes",
              codes: "PLACE K1 or K2", setting: "secureAndChildrensHomes", counter: .secureHomesAtEnd, polarity: .lower,
              lait: "LAC_SecHome_And_ChildHome"),
        atEnd("cla.placement.supported_accommodation.percent",
              "in independent and semi-independent living arrangements or supported accommodation",
              codes: "PLACE H5, K3, K4 or P2", setting: "supportedAccommodation", counter: .supportedAccommodationAtEnd,
              polarity: .none, lait: "LAC_Ind_SInd_Liv_Arr"),
        atEnd("cla.placement.other_residential.percent", "in other residential settings",
              codes: "PLACE R1, R2, R3 or R5", setting: "otherResidential", counter: .otherResidentialAtEnd, polarity: .none,
              lait: "LAC_Other_Res_Settings"),
        atEnd("cla.placement.other.percent", "in other placements",
              codes: "PLACE Z1, P3 or T0-T4", setting: "otherPlacements", counter: .otherPlacementAtEnd, polarity: .lower,
              lait: "LAC_Other_Place_Inc_Unreg",
              note: "Temporary placements (T0-T4) are in this group: an episode open at the end with a temporary "
                + "placement code is in no other group of the DfE's table."),
        atEnd("cla.placement.with_parents.percent", "placed with parents or another person with parental responsibility",
              codes: "PLACE P1", setting: "withParents", counter: .withParentsAtEnd, polarity: .none,
              lait: "LAC_Parents_OR_Others"),
        atEnd("cla.placement.placed_for_adoption.percent", "placed for adoption",
              codes: "PLACE A3, A4, A5 or A6", setting: "placedForAdoption", counter: .placedForAdoptionAtEnd, polarity: .none,
              lait: nil),
        atEnd("cla.legal_status.care_order.percent", "on a care order (interim or full)",
              codes: "LS C1 or C2", setting: "careOrder", counter: .careOrderAtEnd, polarity: .none, lait: nil),
        atEnd("cla.legal_status.placement_order.percent", "on a placement order (or freeing order)",
              codes: "LS E1 or D1", setting: "placementOrder", counter: .placementOrderAtEnd, polarity: .none, lait: nil),
        atEnd("cla.legal_status.section_20.percent", "accommodated under section 20 (a single period of accommodation)",
              codes: "LS V2", setting: "voluntaryAccommodation", counter: .voluntaryAtEnd, polarity: .none, lait: nil),
        Indicator(
            id: "cla.away.percent", title: "Children looked after who were away from placement without authorisation",
            unit: .percentage, decimals: 0, polarity: .lower, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of children looked after during the period who were away from their placement without "
                    + "authorisation in it.",
                numerator: "of the denominator, children with at least one MISSING A episode (away, not M, missing) whose "
                    + "MIS_START falls in the period",
                denominator: "children looked after during the period (the denominator of cla.missing.percent)",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DECOM, DEC; SSDA903 missing episodes: MISSING, MIS_START",
                notes: ["The DfE's table of children missing or away from placement "
                    + "(la_children_who_were_missing_or_away_from_placement_without_authorisation) counts each child once "
                    + "per kind, as this does; LAIT's Children_Away is its percentage."]),
            counting: .counters(.wentAway, over: .counter(.lookedAfterDuring)),
            laitMeasure: "Children_Away"),
        incidents("cla.missing.incidents_per_child", "missing", counter: .missingIncidents, children: .wentMissing,
                  denominator: "the numerator of cla.missing.percent"),
        incidents("cla.away.incidents_per_child", "away from placement without authorisation", counter: .awayIncidents,
                  children: .wentAway, denominator: "the numerator of cla.away.percent"),
        uasc("cla.uasc.percent", "looked after at the end of the period", counter: .uascAtEnd, over: .lookedAfterAtEnd,
             denominator: "children looked after at the period end (the numerator of cla.rate)", on: "the period end",
             kind: .snapshot, lait: "Unacc_Asylmn_Seek_Childn%"),
        uasc("cla.started.uasc.percent", "who started to be looked after in the period", counter: .uascStarted,
             over: .startedCare, denominator: "children who started to be looked after in the period (the numerator of "
                + "cla.started.rate)", on: "the day their care started", kind: .flow, lait: "UASC_%_Starting"),
        ofCeased("cla.ceased.adopted_application_unopposed.percent", "adoptions where the application was unopposed",
                 codes: "E11", setting: "adoptedUnopposed", counter: .ceasedAdoptedUnopposed, over: .ceasedAdopted,
                 group: "adopted (REC E11 or E12, the numerator of cla.ceased.adopted.percent)",
                 lait: "LAC%_Adopt_AppUnop"),
        ofCeased("cla.ceased.adopted_consent_dispensed.percent", "adoptions where consent was dispensed with by the court",
                 codes: "E12", setting: "adoptedConsentDispensed", counter: .ceasedAdoptedConsentDispensed,
                 over: .ceasedAdopted, group: "adopted (REC E11 or E12, the numerator of cla.ceased.adopted.percent)",
                 lait: "LAC%_Adopt_ConsentDisp"),
        ofCeased("cla.ceased.sgo_former_foster_carer_relative.percent",
                 "special guardianship orders to former foster carers who are relatives or friends",
                 codes: "E45", setting: "specialGuardianshipFosterRelative", counter: .ceasedSGOFosterRelative,
                 over: .ceasedSpecialGuardianship, group: sgo, lait: "LAC_SGO_FFC_Rel%"),
        ofCeased("cla.ceased.sgo_former_foster_carer_other.percent",
                 "special guardianship orders to former foster carers other than relatives or friends",
                 codes: "E46", setting: "specialGuardianshipFosterOther", counter: .ceasedSGOFosterOther,
                 over: .ceasedSpecialGuardianship, group: sgo, lait: "LAC_SGO_FFC_Oth%"),
        ofCeased("cla.ceased.sgo_carer_relative.percent",
                 "special guardianship orders to carers, not former foster carers, who are relatives or friends",
                 codes: "E47", setting: "specialGuardianshipCarerRelative", counter: .ceasedSGOCarerRelative,
                 over: .ceasedSpecialGuardianship, group: sgo, lait: "LAC_SGO_Car_Rel%"),
    ]

    /// The children ceasing under a special guardianship order, the denominator of its kinds.
    private static let sgo = "left care under a special guardianship order (REC E45-E48, the numerator of "
        + "cla.ceased.special_guardianship.percent)"

    /// A share of the children looked after at the period end, by a code of the episode open at the end.
    private static func atEnd(_ id: IndicatorID, _ what: String, codes: String, setting: String, counter: Counter,
                              polarity: Polarity, lait: String?, note: String? = nil) -> Indicator {
        Indicator(
            id: id, title: "Children looked after \(what)", unit: .percentage, decimals: 0, polarity: polarity,
            source: .ssda903, kind: .snapshot,
            definition: IndicatorDefinition(
                summary: "The share of children looked after at the end of the period who were \(what).",
                numerator: "of the denominator, children whose episode open at the end has \(codes)",
                denominator: "children looked after at the period end (the numerator of cla.rate)",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: PLACE and LS of the episode open at the end (the latest DECOM when two are open)",
                notes: ["The codes are AggregationConfiguration.\(setting).",
                        "A blank or unknown placement code stays in the denominator and is reported as coverage invalid_code.",
                        "Source: the SSDA903 guide's placement and legal status codes, and the DfE's tables of children "
                        + "looked after at 31 March by placement and by legal status (children looked after methodology, "
                        + "explore-education-statistics). LAIT publishes the percentage as a whole number."]
                    + (note.map { [$0] } ?? [])),
            counting: .counters(counter, over: .counter(.lookedAfterAtEnd), coverage: [(.invalidCode, .placementInvalidAtEnd)]),
            laitMeasure: lait)
    }

    /// The average number of missing or away incidents per child with one.
    private static func incidents(_ id: IndicatorID, _ what: String, counter: Counter, children: Counter,
                                  denominator: String) -> Indicator {
        Indicator(
            id: id, title: "Incidents \(what) per child who had one",
            unit: .averageScore, decimals: 1, polarity: .lower, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The average number of incidents \(what) starting in the period, per child looked after during "
                    + "the period who had one.",
                numerator: "incidents (missing episode rows of that kind, each once) whose MIS_START falls in the period, of "
                    + "children looked after during the period",
                denominator: "children looked after during the period with at least one such incident (\(denominator))",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DECOM, DEC; SSDA903 missing episodes: MISSING, MIS_START",
                notes: ["The DfE publishes the number of incidents and the average per child (children missing or away "
                    + "from placement, children looked after methodology); a repeated MIS_START of a child counts once, as "
                    + "the key (LA, CHILD, MIS_START) keeps one row."]),
            counting: .counters(counter, over: .counter(children)))
    }

    /// A share of children who were unaccompanied asylum-seeking children, by the SSDA903 `uasc` table.
    private static func uasc(_ id: IndicatorID, _ who: String, counter: Counter, over total: Counter, denominator: String,
                             on day: String, kind: MeasureKind, lait: String) -> Indicator {
        Indicator(
            id: id, title: "Unaccompanied asylum-seeking children among children \(who)", unit: .percentage, decimals: 1,
            polarity: .none, source: .ssda903, kind: kind,
            definition: IndicatorDefinition(
                summary: "The share of children \(who) who were unaccompanied asylum-seeking children.",
                numerator: "of the denominator, children with a row in the uasc table of the return of the collection year "
                    + "containing the period end whose DUC (the day the status ceased) is blank or after \(day)",
                denominator: denominator,
                exclusions: [shortBreaks],
                records: "SSDA903 episodes; SSDA903 uasc: CHILD, DUC",
                notes: ["A child not in the uasc table is not an unaccompanied asylum-seeking child; a return without the "
                        + "table has none. A DUC that cannot be read is reported and taken as blank.",
                        "The DfE publishes the number of unaccompanied asylum-seeking children looked after at 31 March "
                        + "(la_cla_on_31_march_by_characteristics, LAIT's Unacc_Asylmn_Seek_Childn); LAIT computes the "
                        + "percentage to 1 decimal place, as this does."]),
            counting: .counters(counter, over: .counter(total)),
            laitMeasure: lait)
    }

    /// A share of a group of the children who ceased to be looked after, by the reason codes `codes`.
    private static func ofCeased(_ id: IndicatorID, _ what: String, codes: String, setting: String, counter: Counter,
                                 over total: Counter, group: String, lait: String) -> Indicator {
        Indicator(
            id: id, title: "Share of \(what)", unit: .percentage, decimals: 0, polarity: .none, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "Of the children who ceased to be looked after in the period and \(group.prefix { $0 != "(" })"
                    + "the share of \(what).",
                numerator: "of the denominator, children whose last ceasing episode has REC \(codes)",
                denominator: "children who ceased to be looked after in the period and \(group)",
                exclusions: [shortBreaks],
                records: "SSDA903 episodes: DEC, REC, DECOM, LS",
                notes: ["A child is counted once, by the reason of the ceasing episode that ended last (as "
                        + "cla.ceased.rate and the reasons for ceasing).",
                        "The codes are AggregationConfiguration.\(setting).",
                        "Source: the DfE's table of children who ceased to be looked after by adoption and special "
                        + "guardianship order (la_children_who_ceased_during_the_year_sgo_adoption), which LAIT's measure "
                        + "is taken from; LAIT publishes the percentage as a whole number."]),
            counting: .counters(counter, over: .counter(total)),
            laitMeasure: lait)
    }
}
