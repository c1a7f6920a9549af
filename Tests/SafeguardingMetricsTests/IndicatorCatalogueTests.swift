import Testing
import SafeguardingMetrics

@Suite("The standard indicator catalogue")
struct IndicatorCatalogueTests {
    let catalogue = IndicatorCatalogue.standard

    /// The identifiers of INDICATORS.md §2 and §3, in the document's order.
    static let contract: [IndicatorID] = [
        "referrals.rate", "referrals.repeat_within_12_months.percent", "referrals.nfa.percent", "cin.rate",
        "assessments.completed.rate", "assessments.within_45_working_days.percent", "s47.rate", "icpc.rate",
        "s47.leading_to_icpc.percent", "icpc.within_15_working_days.percent", "cpp.rate", "cpp.started.rate",
        "cpp.second_or_subsequent.percent", "cpp.ceased_after_2_years.percent", "cpp.open_2_years_or_more.percent",
        "cla.rate", "cla.started.rate", "cla.ceased.rate", "cla.placement.foster.percent",
        "cla.placement.family_network.percent", "cla.placement.residential.percent", "cla.placement.over_20_miles.percent",
        "cla.stability.three_or_more_placements.percent", "cla.stability.long_term.percent",
        "cla.interim_care_order_over_26_weeks.percent", "cla.missing.percent", "sdq.average", "sdq.received.percent",
        "sdq.concern.percent", "care_leavers.eet.age_17_18.percent", "care_leavers.eet.age_19_21.percent",
        "care_leavers.suitable_accommodation.age_17_18.percent", "care_leavers.suitable_accommodation.age_19_21.percent",
        "care_leavers.in_touch.age_17_18.percent", "care_leavers.in_touch.age_19_21.percent",
    ]

    @Test("It has every indicator of INDICATORS.md sections 2 and 3, once each, in the document's order")
    func everyIndicator() {
        let ids = catalogue.indicators.map(\.id)
        #expect(Set(ids).count == ids.count)
        // Further indicators may come between them (each with its own tests); these keep their order.
        #expect(ids.filter(Set(Self.contract).contains) == Self.contract)
        #expect(catalogue.indicators.allSatisfy { $0.source == .cinCensus || $0.source == .ssda903 })
        #expect(catalogue.indicators.filter { $0.source == .cinCensus }.map(\.id).allSatisfy { id in
            Self.contract.firstIndex(of: id).map { $0 < 15 } ?? true
        })
    }

    @Test("Polarities are the defaults of section 7")
    func polarities() {
        let lower: Set<IndicatorID> = [
            "referrals.repeat_within_12_months.percent", "cpp.second_or_subsequent.percent",
            "cpp.ceased_after_2_years.percent", "cpp.open_2_years_or_more.percent",
            "cla.placement.residential.percent", "cla.placement.over_20_miles.percent",
            "cla.stability.three_or_more_placements.percent", "cla.interim_care_order_over_26_weeks.percent",
            "cla.missing.percent", "sdq.average", "sdq.concern.percent",
            // Issue 21.
            "cla.placement.secure_and_childrens_homes.percent", "cla.placement.other.percent", "cla.away.percent",
            "cla.missing.incidents_per_child", "cla.away.incidents_per_child", "oc2.substance_misuse.percent",
            "oc2.convictions.percent", "care_leavers.neet.age_19_21.percent", "care_leavers.not_in_touch.age_19_21.percent",
            // Issue 21, adoption timeliness: the DfE's scorecard sets thresholds a council stays under.
            "adoption.entering_care_to_placed.days", "adoption.entering_care_to_moving_in_adjusted.days",
            "adoption.placement_order_to_match.days", "adoption.entering_care_to_adoption.days",
            "adoption.decision_to_match.days",
        ]
        let higher: Set<IndicatorID> = [
            "assessments.within_45_working_days.percent", "icpc.within_15_working_days.percent",
            "cla.placement.foster.percent", "cla.placement.family_network.percent", "cla.stability.long_term.percent",
            "sdq.received.percent", "cpp.reviewed_within_timescales.percent",
            // Issue 21.
            "oc2.health_assessment.percent", "oc2.immunisations.percent", "oc2.dental_check.percent",
            "oc2.development_assessment.percent", "cla.ceased.staying_put.percent",
        ]
        for indicator in catalogue.indicators {
            let expected: Polarity
            if lower.contains(indicator.id) { expected = .lower }
            else if higher.contains(indicator.id) || indicator.id.rawValue.hasPrefix("care_leavers.") { expected = .higher }
            else { expected = .none }
            #expect(indicator.polarity == expected, "\(indicator.id)")
        }
        #expect(catalogue.indicators.filter { $0.id.rawValue.hasSuffix(".rate") }.allSatisfy { $0.polarity == .none })
    }

    @Test("CIN indicators have 1 decimal place, SSDA903 whole numbers, the SDQ average and incidents per child 1")
    func precision() {
        for indicator in catalogue.indicators {
            let averages: Set<IndicatorID> = ["sdq.average", "cla.missing.incidents_per_child", "cla.away.incidents_per_child",
                                              "cla.uasc.percent", "cla.started.uasc.percent"]
            let expected = indicator.source == .cinCensus || averages.contains(indicator.id) ? 1 : 0
            #expect(indicator.decimals == expected, "\(indicator.id)")
        }
    }

    @Test("Units follow the identifier's suffix")
    func units() {
        for indicator in catalogue.indicators {
            switch indicator.id.rawValue.split(separator: ".").last! {
            case "rate": #expect(indicator.unit == .ratePer10k, "\(indicator.id)")
            case "percent": #expect(indicator.unit == .percentage, "\(indicator.id)")
            case "days": #expect(indicator.unit == .days, "\(indicator.id)")
            default: #expect(indicator.unit == .averageScore, "\(indicator.id)")
            }
        }
    }

    @Test("A catalogue is data: a polarity can be overridden and local measures added")
    func overrides() {
        var nfa = catalogue["referrals.nfa.percent"]!
        nfa.polarity = .lower
        let local = Indicator(id: "early_help.assessments.rate", title: "Early help assessments per 10,000",
                              unit: .ratePer10k, decimals: 1, polarity: .none, source: .local, kind: .flow,
                              numerator: "early help assessments", denominator: "children aged 0-17")
        let custom = catalogue.replacing(nfa).replacing(local)
        #expect(custom["referrals.nfa.percent"]?.polarity == .lower)
        #expect(custom.indicators.count == catalogue.indicators.count + 1)
        #expect(catalogue["referrals.nfa.percent"]?.polarity == IndicatorCatalogue.standard["referrals.nfa.percent"]?.polarity)
        #expect(Polarity.lower.isBetter(3, than: 4) && Polarity.higher.isBetter(4, than: 3))
        #expect(!Polarity.hold.isBetter(3, than: 4) && !Polarity.none.isBetter(4, than: 3))
    }
}
