/// What an indicator needs besides its period: a population, postcode positions, which tables of
/// the cohort, and which breakdowns classify its records.
///
/// For the standard indicators and local measures the requirements follow from how they are
/// counted, so they cannot drift from the computation: a computation reads exactly the tables its
/// indicators require, a command-line tool can ask for a population only when a rate needs one,
/// and leave out an indicator whose postcode lookup was not given.
///
/// ```swift
/// let distance = IndicatorCatalogue.standard["cla.placement.over_20_miles.percent"]!
/// distance.requirements.postcodes        // true
/// distance.requirements.population       // false
/// ```
@frozen
public struct IndicatorRequirements: Sendable, Hashable {
    /// Whether the denominator is the population of children aged 0-17 (a rate).
    public var population: Bool
    /// Whether the value depends on postcode positions (without them every distance is unknown).
    public var postcodes: Bool
    /// The tables the records come from.
    public var tables: RequiredTables
    /// Whether the indicator needs each child's status at the period end (in need, on a plan,
    /// looked after), which the CIN and SSDA903 passes record.
    public var statusAtPeriodEnd: Bool
    /// The breakdowns whose cells classify the indicator's records, in ``Breakdown`` order. Any
    /// other breakdown puts every record in its "Not recorded" or "Not applicable" cell.
    public var breakdowns: [Breakdown]

    /// Creates requirements.
    public init(population: Bool, postcodes: Bool = false, tables: RequiredTables, statusAtPeriodEnd: Bool = false,
                breakdowns: [Breakdown] = Breakdown.childCharacteristics) {
        self.population = population
        self.postcodes = postcodes
        self.tables = tables
        self.statusAtPeriodEnd = statusAtPeriodEnd
        self.breakdowns = breakdowns
    }

    /// What an indicator defined only by its source and unit is assumed to need: the source's
    /// tables (none for local measures, whose template says) and a population for rates.
    public init(source: IndicatorSource, unit: MeasureUnit) {
        let tables: RequiredTables = switch source {
        case .cinCensus: .cinCensus
        case .ssda903: .careEpisodes
        case .local: []
        }
        self.init(population: unit == .ratePer10k || unit == .ratePer100k, tables: tables)
    }
}
