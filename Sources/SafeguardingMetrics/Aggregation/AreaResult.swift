/// The figures of one area: every requested indicator, and its breakdown cells when one was asked for.
///
/// ```swift
/// for area in results.areas {
///     print(area.authority, area.result(for: "cpp.rate")?.display ?? "z")
/// }
/// ```
@frozen
public struct AreaResult: Sendable, Hashable {
    /// The authority's code, as the cohort holds it.
    public var authority: String
    /// The authority's index in ``Cohort/authorities``.
    public var areaIndex: UInt16
    /// The population rates use, with its mid-year and vintage (`nil` when no rate was asked for).
    public var population: PopulationFigure?
    /// The results, in request order (standard indicators, then local measures).
    public var indicators: [IndicatorResult]
    /// Per indicator, in the same order, the breakdown cells (empty without a breakdown).
    public var breakdowns: [[BreakdownCell]]

    /// Creates an area's results.
    public init(authority: String, areaIndex: UInt16, population: PopulationFigure?, indicators: [IndicatorResult],
                breakdowns: [[BreakdownCell]]) {
        self.authority = authority
        self.areaIndex = areaIndex
        self.population = population
        self.indicators = indicators
        self.breakdowns = breakdowns
    }

    /// The result for `id`, if it was computed.
    public func result(for id: IndicatorID) -> IndicatorResult? {
        indicators.first { $0.id == id }
    }

    /// The breakdown cells of `id` (empty without a breakdown).
    public func breakdown(for id: IndicatorID) -> [BreakdownCell] {
        guard let index = indicators.firstIndex(where: { $0.id == id }), index < breakdowns.count else { return [] }
        return breakdowns[index]
    }
}

/// One cell of an indicator's breakdown: its count, its share of the total count, and, for
/// percentages and averages, the cell's own value.
///
/// ```swift
/// let cells = area.breakdown(for: "referrals.rate")
/// for cell in cells { print(cell.label, cell.count, cell.share.formatted(decimals: 1)) }
/// ```
@frozen
public struct BreakdownCell: Sendable, Hashable {
    /// The cell's name ("Under 1", "F", "N1").
    public var label: String
    /// The indicator's numerator in this cell (for an average, the number of scores).
    public var count: Int64
    /// The count as a share of the total count.
    public var share: Percentage
    /// The cell's own figure: numerator and denominator in the cell. For a rate the cell has no
    /// population, so its result is undefined; its ``count`` and ``share`` still apply.
    public var result: IndicatorResult

    /// Creates a cell.
    public init(label: String, count: Int64, share: Percentage, result: IndicatorResult) {
        self.label = label
        self.count = count
        self.share = share
        self.result = result
    }
}

/// The figures of a computation: every area's results for the period.
///
/// ```swift
/// let results = try IndicatorComputation(request).compute()
/// print(results.period, results.areas.count)
/// ```
@frozen
public struct IndicatorResults: Sendable, Hashable {
    /// The period.
    public var period: ReportingPeriod
    /// The breakdown the cells follow.
    public var breakdown: Breakdown
    /// One entry per requested area, in request order.
    public var areas: [AreaResult]

    /// Creates results.
    public init(period: ReportingPeriod, breakdown: Breakdown, areas: [AreaResult]) {
        self.period = period
        self.breakdown = breakdown
        self.areas = areas
    }

    /// The results of the authority with `code`, if it was computed.
    public func area(_ code: String) -> AreaResult? { areas.first { $0.authority == code } }
}
