/// The tables of a ``Cohort`` an indicator's records come from.
///
/// A computation reads only the tables its indicators need: a request for children in need
/// indicators alone does not walk the episodes of care. The child table (dates of birth and
/// characteristics) is always read.
///
/// ```swift
/// let tables = IndicatorCatalogue.standard["cla.missing.percent"]!.requirements.tables
/// tables == [.careEpisodes, .missingEpisodes]   // true
/// ```
@frozen
public struct RequiredTables: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt16

    /// Creates a set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// CIN census referrals (CIN episodes, `CINdetails`).
    public static let referrals = RequiredTables(rawValue: 1 << 0)
    /// CIN census assessments.
    public static let assessments = RequiredTables(rawValue: 1 << 1)
    /// CIN census section 47 enquiries.
    public static let section47 = RequiredTables(rawValue: 1 << 2)
    /// CIN census child protection plans.
    public static let plans = RequiredTables(rawValue: 1 << 3)
    /// SSDA903 episodes of care.
    public static let careEpisodes = RequiredTables(rawValue: 1 << 4)
    /// SSDA903 missing and away-from-placement episodes.
    public static let missingEpisodes = RequiredTables(rawValue: 1 << 5)
    /// SSDA903 OC2 (children looked after for 12 months: SDQ).
    public static let oc2 = RequiredTables(rawValue: 1 << 6)
    /// SSDA903 OC3 (care leavers).
    public static let oc3 = RequiredTables(rawValue: 1 << 7)
    /// Local events.
    public static let localEvents = RequiredTables(rawValue: 1 << 8)
    /// Local episodes.
    public static let localEpisodes = RequiredTables(rawValue: 1 << 9)
    /// Local school attendance.
    public static let attendance = RequiredTables(rawValue: 1 << 10)
    /// Local case audits.
    public static let audits = RequiredTables(rawValue: 1 << 11)

    /// Every table of the CIN census.
    public static let cinCensus: RequiredTables = [.referrals, .assessments, .section47, .plans]
    /// The SSDA903 episodes of care and missing episodes.
    public static let care: RequiredTables = [.careEpisodes, .missingEpisodes]

    /// The tables' names, in the order of the cohort (`referrals`, `care episodes`, …).
    public var names: [String] {
        let named: [(RequiredTables, String)] = [
            (.referrals, "CIN referrals"), (.assessments, "CIN assessments"), (.section47, "section 47 enquiries"),
            (.plans, "child protection plans"), (.careEpisodes, "SSDA903 episodes"),
            (.missingEpisodes, "SSDA903 missing episodes"), (.oc2, "OC2"), (.oc3, "OC3"), (.localEvents, "local events"),
            (.localEpisodes, "local episodes"), (.attendance, "attendance"), (.audits, "audits"),
        ]
        return named.filter { contains($0.0) }.map(\.1)
    }
}
