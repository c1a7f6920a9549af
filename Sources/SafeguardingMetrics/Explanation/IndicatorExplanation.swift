/// The records behind one figure: every record the counting looked at and decided on, for one
/// indicator, one authority, one period and optionally one breakdown cell, with the figure they
/// make.
///
/// Made by the same counting passes as the figure (``IndicatorComputation/explain(_:authority:cell:)``),
/// so the lists are the counts: the ``CountedIn/numerator`` records number the numerator (for an
/// average, their ``ExplainedRecord/numeratorAmount`` sums to it), the numerator and
/// ``CountedIn/denominatorOnly`` records number the denominator when it is a count, and the records
/// of each coverage kind number that coverage count. For a rate, whose denominator is a
/// population, the records are the numerator's and ``population`` names the population and its
/// mid-year.
///
/// The records hold child identifiers: personal data.
@frozen
public struct IndicatorExplanation: Sendable, Hashable {
    /// The indicator.
    public var indicator: Indicator
    /// The authority's code.
    public var authority: String
    /// The period.
    public var period: ReportingPeriod
    /// The breakdown cell explained, `nil` for the whole figure.
    public var cell: String?
    /// The figure the records make, counted in the same pass (no suppression).
    public var result: IndicatorResult
    /// For a rate, the population it is over (with its mid-year); `nil` otherwise, and for a cell
    /// without a population.
    public var population: PopulationFigure?
    /// Whether the denominator is a population (a rate), so that only the numerator's records are listed.
    public var denominatorIsPopulation: Bool
    /// The records, in the order the counting visited them (by child, then by date).
    public var records: [ExplainedRecord]

    /// Creates an explanation.
    public init(indicator: Indicator, authority: String, period: ReportingPeriod, cell: String?, result: IndicatorResult,
                denominatorIsPopulation: Bool, population: PopulationFigure?, records: [ExplainedRecord]) {
        self.indicator = indicator
        self.authority = authority
        self.period = period
        self.cell = cell
        self.result = result
        self.denominatorIsPopulation = denominatorIsPopulation
        self.population = population
        self.records = records
    }


    /// The number of records that counted as `countedIn`.
    public func count(_ countedIn: CountedIn) -> Int {
        records.lazy.filter { $0.countedIn == countedIn }.count
    }

    /// The number of records in coverage count `kind`.
    public func count(coverage kind: CoverageKind) -> Int {
        records.lazy.filter { $0.coverage.contains(kind) }.count
    }
}
