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
