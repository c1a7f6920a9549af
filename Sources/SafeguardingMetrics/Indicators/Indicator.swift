/// Where an indicator's records come from.
@frozen
public enum IndicatorSource: String, Sendable, Hashable, CaseIterable, Codable {
    /// The children in need census (CIN): referrals, assessments, S47, conferences, plans.
    case cinCensus = "cin_census"
    /// The SSDA903 return: children looked after, placements, SDQ (OC2), care leavers (OC3).
    case ssda903
    /// A council's local tables (events, episodes, attendance, audits).
    case local
}

/// Whether an indicator counts events in a period or takes a snapshot at its end.
@frozen
public enum MeasureKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Events whose date falls inside the period, both ends inclusive.
    case flow
    /// A count at the end of the period's last day.
    case snapshot
}

/// The definition of an indicator: what it measures, in what unit, at what precision, and which
/// direction is better.
///
/// ```swift
/// let cla = IndicatorCatalogue.standard[IndicatorID("cla.rate")]!
/// print(cla.title, cla.unit.displayName, cla.decimals) // Children looked after per 10,000 … 0
/// ```
@frozen
public struct Indicator: Sendable, Hashable, Identifiable, Codable {
    /// The stable identifier.
    public var id: IndicatorID
    /// A short title for tables and charts.
    public var title: String
    /// The unit of the value.
    public var unit: MeasureUnit
    /// The published precision: decimal places of the displayed value.
    public var decimals: Int
    /// Which direction is better.
    public var polarity: Polarity
    /// Which return the records come from.
    public var source: IndicatorSource
    /// Flow or snapshot.
    public var kind: MeasureKind
    /// What the numerator counts.
    public var numerator: String
    /// What the denominator counts (the population, for rates).
    public var denominator: String

    /// Creates an indicator definition.
    ///
    /// - Precondition: `decimals` is 0 through 6.
    public init(id: IndicatorID, title: String, unit: MeasureUnit, decimals: Int, polarity: Polarity,
                source: IndicatorSource, kind: MeasureKind, numerator: String, denominator: String) {
        precondition((0...6).contains(decimals), "decimals must be 0...6")
        self.id = id
        self.title = title
        self.unit = unit
        self.decimals = decimals
        self.polarity = polarity
        self.source = source
        self.kind = kind
        self.numerator = numerator
        self.denominator = denominator
    }
}
