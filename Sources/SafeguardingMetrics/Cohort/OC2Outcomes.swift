/// The yes/no outcomes of an SSDA903 OC2 row that are `1` (yes): convictions, health and dental
/// checks, immunisations, development assessments and substance misuse.
///
/// A flag that is `0`, blank or not a valid value is not in the set: the DfE counts a child in a
/// numerator only when the return says yes.
///
/// ```swift
/// let outcomes: OC2Outcomes = [.healthCheck, .teethChecked]
/// outcomes.contains(.convicted) // false
/// ```
@frozen
public struct OC2Outcomes: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt8

    /// The outcomes of the bits `rawValue`.
    @inlinable
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `CONVICTED`: convicted or subject to a youth caution or youth conditional caution in the year.
    public static let convicted = OC2Outcomes(rawValue: 1 << 0)
    /// `HEALTH_CHECK`: had the annual health assessment.
    public static let healthCheck = OC2Outcomes(rawValue: 1 << 1)
    /// `IMMUNISATIONS`: immunisations up to date.
    public static let immunised = OC2Outcomes(rawValue: 1 << 2)
    /// `TEETH_CHECK`: teeth checked by a dentist.
    public static let teethChecked = OC2Outcomes(rawValue: 1 << 3)
    /// `HEALTH_ASSESSMENT`: development assessment up to date (children under 5).
    public static let developmentAssessed = OC2Outcomes(rawValue: 1 << 4)
    /// `SUBSTANCE_MISUSE`: identified as having a substance misuse problem.
    public static let substanceMisuse = OC2Outcomes(rawValue: 1 << 5)

    /// The OC2 column of each outcome, in the DfE's CSV order.
    public static let columns: [(name: String, outcome: OC2Outcomes)] = [
        ("CONVICTED", .convicted), ("HEALTH_CHECK", .healthCheck), ("IMMUNISATIONS", .immunised),
        ("TEETH_CHECK", .teethChecked), ("HEALTH_ASSESSMENT", .developmentAssessed), ("SUBSTANCE_MISUSE", .substanceMisuse),
    ]
}
