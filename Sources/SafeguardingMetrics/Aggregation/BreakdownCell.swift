/// One cell of an indicator's breakdown: its count, its share of the total count, and the cell's
/// own value: for percentages and averages always, for rates when the request has
/// ``IndicatorRequest/breakdownPopulations`` with a population for the cell.
///
/// A rate's cell is the cell's count over the cell's population (×10,000), rounded half up for
/// display like any other figure; with no population for the cell (none given, or a cell such as
/// "Unborn" or "Not recorded" that has none) it is undefined.
///
/// ```swift
/// let cells = area.breakdown(for: "referrals.rate")
/// for cell in cells {
///     print(cell.label, cell.count, cell.share.formatted(decimals: 1), cell.result.display.map { "\($0)" } ?? "z")
/// }
/// ```
@frozen
public struct BreakdownCell: Sendable, Hashable {
    /// The cell's name ("Under 1", "F", "N1").
    public var label: String
    /// The indicator's numerator in this cell (for an average, the number of scores).
    public var count: Int64
    /// The count as a share of the total count.
    public var share: Percentage
    /// The cell's own figure: numerator and denominator in the cell. For a rate the denominator
    /// is the cell's ``population``; without one the result is undefined, and its ``count`` and
    /// ``share`` still apply.
    public var result: IndicatorResult
    /// The population a rate's cell uses, with its mid-year and vintage (`nil` for other units,
    /// and for a cell with no population).
    public var population: PopulationFigure?

    /// Creates a cell.
    public init(label: String, count: Int64, share: Percentage, result: IndicatorResult,
                population: PopulationFigure? = nil) {
        self.label = label
        self.count = count
        self.share = share
        self.result = result
        self.population = population
    }
}
