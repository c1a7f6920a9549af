/// A set of indicator definitions, looked up by identifier.
///
/// ``standard`` is the DfE catalogue of INDICATORS.md §2-3 with the default polarities of §7. It
/// is only the default: build a catalogue of your own to change a polarity, add local measures, or
/// drop indicators you do not report.
///
/// ```swift
/// let catalogue = IndicatorCatalogue.standard
/// catalogue["cpp.second_or_subsequent.percent"]?.polarity // .lower
/// ```
@frozen
public struct IndicatorCatalogue: Sendable, Hashable {
    /// The indicators, in catalogue order.
    public private(set) var indicators: [Indicator]

    /// Creates a catalogue.
    ///
    /// - Precondition: identifiers are unique.
    public init(_ indicators: [Indicator]) {
        precondition(Set(indicators.map(\.id)).count == indicators.count, "indicator identifiers must be unique")
        self.indicators = indicators
    }

    /// The indicator with identifier `id`, if the catalogue has it.
    public subscript(id: IndicatorID) -> Indicator? {
        indicators.first { $0.id == id }
    }

    /// A copy with `indicator` added, or replacing the one with the same identifier.
    public func replacing(_ indicator: Indicator) -> IndicatorCatalogue {
        var copy = self
        if let index = copy.indicators.firstIndex(where: { $0.id == indicator.id }) {
            copy.indicators[index] = indicator
        } else {
            copy.indicators.append(indicator)
        }
        return copy
    }
}

extension IndicatorCatalogue {
    /// The standard catalogue: every CIN census indicator (1 decimal place) and every SSDA903
    /// indicator (whole numbers; SDQ average 1 decimal place), with the DfE's default polarities.
    public static let standard = IndicatorCatalogue(cinIndicators + ssda903Indicators)

    private static func cin(_ id: IndicatorID, _ title: String, _ unit: MeasureUnit, _ polarity: Polarity,
                            _ kind: MeasureKind, _ numerator: String, _ denominator: String) -> Indicator {
        Indicator(id: id, title: title, unit: unit, decimals: 1, polarity: polarity, source: .cinCensus,
                  kind: kind, numerator: numerator, denominator: denominator)
    }

    private static func cla(_ id: IndicatorID, _ title: String, _ unit: MeasureUnit, _ polarity: Polarity,
                            _ kind: MeasureKind, _ numerator: String, _ denominator: String,
                            decimals: Int = 0) -> Indicator {
        Indicator(id: id, title: title, unit: unit, decimals: decimals, polarity: polarity, source: .ssda903,
                  kind: kind, numerator: numerator, denominator: denominator)
    }

    private static let population = "children aged 0-17 (ONS mid-year estimate)"

    private static let cinIndicators: [Indicator] = [
        cin("referrals.rate", "Referrals per 10,000 children", .ratePer10k, .none, .flow,
            "referrals received in the period (NFA included)", population),
        cin("referrals.repeat_within_12_months.percent", "Re-referrals within 12 months", .percentage, .lower, .flow,
            "referrals with an earlier referral of the same child in the previous 12 months", "referrals in the period"),
        cin("referrals.nfa.percent", "Referrals with no further action", .percentage, .none, .flow,
            "referrals with no further action", "referrals in the period"),
        cin("cin.rate", "Children in need per 10,000 at period end", .ratePer10k, .none, .snapshot,
            "CIN episodes open at the period end (not NFA)", population),
        cin("assessments.completed.rate", "Assessments completed per 10,000 children", .ratePer10k, .none, .flow,
            "assessments authorised in the period", population),
        cin("assessments.within_45_working_days.percent", "Assessments completed within 45 working days", .percentage,
            .higher, .flow, "assessments authorised within 45 working days of the start", "assessments authorised in the period"),
        cin("s47.rate", "Section 47 enquiries per 10,000 children", .ratePer10k, .none, .flow,
            "section 47 enquiries started in the period", population),
        cin("icpc.rate", "Initial child protection conferences per 10,000 children", .ratePer10k, .none, .flow,
            "initial child protection conferences held in the period", population),
        cin("s47.leading_to_icpc.percent", "Section 47 enquiries leading to an initial conference", .percentage, .none,
            .flow, "enquiries with an initial conference by the period end", "section 47 enquiries started in the period"),
        cin("icpc.within_15_working_days.percent", "Initial conferences within 15 working days", .percentage, .higher,
            .flow, "conferences held within 15 working days of the linked enquiry's start",
            "conferences in the period with a linked enquiry"),
        cin("cpp.rate", "Children on a child protection plan per 10,000 at period end", .ratePer10k, .none, .snapshot,
            "children with a plan open at the period end", population),
        cin("cpp.started.rate", "Child protection plans started per 10,000 children", .ratePer10k, .none, .flow,
            "plans started in the period", population),
        cin("cpp.second_or_subsequent.percent", "Child protection plans that are a second or later plan", .percentage,
            .lower, .flow, "plans started that are the child's second or later plan", "plans started in the period"),
        cin("cpp.ceased_after_2_years.percent", "Plans ended after 2 years or more", .percentage, .lower, .flow,
            "plans ended that lasted 730 days or more", "plans ended in the period"),
        cin("cpp.open_2_years_or_more.percent", "Open plans of 2 years or more", .percentage, .lower, .snapshot,
            "plans open at the period end that started 2 or more years before it", "plans open at the period end"),
    ]

    private static let careLeavers = "care leavers reaching the age band in the period, excluding those who died or returned home"

    private static let ssda903Indicators: [Indicator] = [
        cla("cla.rate", "Children looked after per 10,000 at period end", .ratePer10k, .none, .snapshot,
            "children looked after at the period end", population),
        cla("cla.started.rate", "Children starting to be looked after per 10,000", .ratePer10k, .none, .flow,
            "children starting a period of care in the period", population),
        cla("cla.ceased.rate", "Children ceasing to be looked after per 10,000", .ratePer10k, .none, .flow,
            "children ceasing to be looked after in the period", population),
        cla("cla.placement.foster.percent", "Children looked after in foster care", .percentage, .higher, .snapshot,
            "children looked after at the period end in foster placements", "children looked after at the period end"),
        cla("cla.placement.family_network.percent", "Children looked after with family or friends", .percentage, .higher,
            .snapshot, "children placed with relatives, friends or parents", "children looked after at the period end"),
        cla("cla.placement.residential.percent", "Children looked after in residential care", .percentage, .lower,
            .snapshot, "children in secure units, children's homes and residential settings",
            "children looked after at the period end"),
        cla("cla.placement.over_20_miles.percent", "Children placed more than 20 miles from home", .percentage, .lower,
            .snapshot, "children placed more than 20 miles from their home postcode", "children looked after at the period end"),
        cla("cla.stability.three_or_more_placements.percent", "Children with 3 or more placements in the period",
            .percentage, .lower, .snapshot, "children with 3 or more placements during the period",
            "children looked after at the period end"),
        cla("cla.stability.long_term.percent", "Long-term placement stability", .percentage, .higher, .snapshot,
            "children in the same placement for 2 years or more",
            "children under 16 looked after for 2.5 years or more at the period end"),
        cla("cla.interim_care_order_over_26_weeks.percent", "Interim care orders lasting over 26 weeks", .percentage,
            .lower, .snapshot, "children on an interim care order for more than 182 days",
            "children looked after at the period end on an interim care order"),
        cla("cla.missing.percent", "Children looked after who went missing", .percentage, .lower, .flow,
            "children with a missing episode in the period", "children looked after during the period"),
        cla("sdq.average", "Average SDQ score", .averageScore, .lower, .snapshot,
            "sum of valid SDQ scores", "children aged 5-16 with a valid score", decimals: 1),
        cla("sdq.received.percent", "SDQ scores received", .percentage, .higher, .snapshot,
            "children aged 5-16 with a valid score", "children aged 5-16 in the OC2 return"),
        cla("sdq.concern.percent", "SDQ scores in the concern band", .percentage, .lower, .snapshot,
            "scores of 17 to 40", "children with a valid score"),
        cla("care_leavers.eet.age_17_18.percent", "Care leavers aged 17-18 in education, employment or training",
            .percentage, .higher, .flow, "care leavers aged 17-18 in education, employment or training", careLeavers),
        cla("care_leavers.eet.age_19_21.percent", "Care leavers aged 19-21 in education, employment or training",
            .percentage, .higher, .flow, "care leavers aged 19-21 in education, employment or training", careLeavers),
        cla("care_leavers.suitable_accommodation.age_17_18.percent", "Care leavers aged 17-18 in suitable accommodation",
            .percentage, .higher, .flow, "care leavers aged 17-18 in suitable accommodation", careLeavers),
        cla("care_leavers.suitable_accommodation.age_19_21.percent", "Care leavers aged 19-21 in suitable accommodation",
            .percentage, .higher, .flow, "care leavers aged 19-21 in suitable accommodation", careLeavers),
        cla("care_leavers.in_touch.age_17_18.percent", "Care leavers aged 17-18 in touch with the local authority",
            .percentage, .higher, .flow, "care leavers aged 17-18 in touch", careLeavers),
        cla("care_leavers.in_touch.age_19_21.percent", "Care leavers aged 19-21 in touch with the local authority",
            .percentage, .higher, .flow, "care leavers aged 19-21 in touch", careLeavers),
    ]
}
