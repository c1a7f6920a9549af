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
