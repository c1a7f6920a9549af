/// What to compute: a cohort, a period, the indicators, the areas, the populations, the
/// configuration, and optionally a breakdown (with populations by cell), local measures and
/// suppression.
///
/// ```swift
/// var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: populations)
/// request.indicators = ["cla.rate", "referrals.repeat_within_12_months.percent"]
/// request.breakdown = .sex
/// let results = try IndicatorComputation(request).compute()
/// ```
public struct IndicatorRequest: Sendable {
    /// The records.
    public var cohort: Cohort
    /// The period: any start through end, both inclusive.
    public var period: ReportingPeriod
    /// The indicators of ``catalogue`` to report, in order (default: the whole standard catalogue).
    public var indicators: [IndicatorID]
    /// The definitions (precision, unit, polarity) the results carry.
    public var catalogue: IndicatorCatalogue
    /// The areas: indices into ``Cohort/authorities`` (default: every authority, in cohort order).
    public var areas: [UInt16]
    /// The populations of children aged 0-17, paired with the period as the DfE pairs them.
    public var populations: PopulationTable
    /// Code groups, windows, clock start, calendar and distances.
    public var configuration: AggregationConfiguration
    /// The breakdown (none by default).
    public var breakdown: Breakdown
    /// The populations of the breakdown's cells (none by default): with them, a rate's cells are
    /// rates of their own, paired with the period as ``populations`` are; without them, or for a
    /// cell the table has no population for, a rate's cells are undefined. Not used without a
    /// breakdown. See ``BreakdownPopulationTable``.
    public var breakdownPopulations: BreakdownPopulationTable?
    /// Local measures on the local tables (none by default).
    public var localMeasures: [LocalMeasure]
    /// Suppression for publication (off by default): the primary rule on every figure, the
    /// secondary rule within a breakdown (on its counts and, for a rate, its denominators), and
    /// across indicators that share a counter: when a figure is suppressed because a counter is
    /// 1 to 5, every other figure of the same area (or cell) whose numerator or denominator is that
    /// counter is suppressed too (`sdq.average`, `sdq.received.percent` and `sdq.concern.percent`
    /// share the children with a score).
    public var suppression: SuppressionPolicy?

    /// A request for every standard indicator, every authority, no breakdown, no suppression.
    public init(cohort: Cohort, period: ReportingPeriod, populations: PopulationTable,
                configuration: AggregationConfiguration = AggregationConfiguration()) {
        self.cohort = cohort
        self.period = period
        self.populations = populations
        self.configuration = configuration
        catalogue = .standard
        indicators = IndicatorCatalogue.standard.indicators.map(\.id)
        areas = (0..<UInt16(cohort.authorities.count)).map { $0 }
        breakdown = .none
        breakdownPopulations = nil
        localMeasures = []
        suppression = nil
    }
}
