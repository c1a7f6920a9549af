/// A family of the standard catalogue: indicators defined together, from the same records.
///
/// The standard catalogue is the families' indicators in this order, each family's in its own
/// order; the catalogue's documentation (<doc:IndicatorDefinitions>) has a section per family.
///
/// ```swift
/// IndicatorFamily.protection.indicators.map(\.id)   // ["s47.rate", "icpc.rate", …]
/// ```
@frozen
public enum IndicatorFamily: String, Sendable, Hashable, CaseIterable {
    /// Referrals and children in need (CIN census).
    case referrals
    /// Assessments (CIN census).
    case assessments
    /// Section 47 enquiries, initial child protection conferences and child protection plans
    /// (CIN census).
    case protection
    /// Children looked after: numbers, placements, stability, missing episodes and reasons for
    /// ceasing care (SSDA903).
    case care
    /// Strengths and difficulties questionnaires of children looked after (SSDA903 OC2).
    case sdq
    /// Care leavers (SSDA903 OC3).
    case careLeavers = "care_leavers"
    /// Health and offending of children looked after for 12 months or more (SSDA903 OC2).
    case health

    /// The family's heading.
    public var title: String {
        switch self {
        case .referrals: "Referrals and children in need"
        case .assessments: "Assessments"
        case .protection: "Section 47 enquiries, conferences and child protection plans"
        case .care: "Children looked after"
        case .sdq: "Strengths and difficulties questionnaires"
        case .careLeavers: "Care leavers"
        case .health: "Health and offending of children looked after"
        }
    }

    /// The family's indicators, in catalogue order.
    public var indicators: [Indicator] {
        switch self {
        case .referrals: IndicatorFamily.referralIndicators + IndicatorFamily.referralBreadthIndicators
        case .assessments: IndicatorFamily.assessmentIndicators + IndicatorFamily.assessmentFactorIndicators
        case .protection: IndicatorFamily.protectionIndicators + IndicatorFamily.protectionBreadthIndicators
            + IndicatorFamily.preProceedingsIndicators
        case .care: IndicatorFamily.careIndicators + IndicatorFamily.ceasedCareIndicators + IndicatorFamily.careDetailIndicators
            + IndicatorFamily.adoptionIndicators
        case .sdq: IndicatorFamily.sdqIndicators
        case .careLeavers: IndicatorFamily.careLeaverIndicators + IndicatorFamily.careLeaverDetailIndicators
        case .health: IndicatorFamily.healthIndicators
        }
    }

    /// The family of the standard indicator with identifier `id`, if it is one.
    public static func of(_ id: IndicatorID) -> IndicatorFamily? {
        allCases.first { family in family.indicators.contains { $0.id == id } }
    }

    /// Children aged 0-17, the denominator of every rate.
    static let population = "children aged 0-17 in the authority (the ONS mid-year estimate paired with the period)"
}
