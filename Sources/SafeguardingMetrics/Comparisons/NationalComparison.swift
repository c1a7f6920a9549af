/// One indicator in one year, compared for every local authority at once: a column of a national
/// comparison table.
///
/// ```swift
/// let column = try comparer.compareAll(indicator: "care_leavers.eet.age_17_18.percent", year: 2025)
/// print(column.quartiles!.median, column.rankedAuthorities)
/// for row in column.comparisons.prefix(3) {
///     print(row.authority.name, row.value?.published ?? "-", row.rank ?? 0, row.quartileBand?.rawValue ?? "-")
/// }
/// ```
@frozen
public struct NationalComparison: Sendable, Hashable {
    /// The indicator's definition (polarity, unit, precision).
    public var indicator: Indicator
    /// The year.
    public var year: Int
    /// The neighbour statistic every row uses.
    public var statistic: ComparatorStatistic
    /// The cut points of all authorities' published values; `nil` when no authority has a number.
    public var quartiles: Quartiles?
    /// How many authorities have a published number (every row's ``NeighbourComparison/rankOf``).
    public var rankedAuthorities: Int
    /// England's value.
    public var england: ReferenceValue
    /// One row per authority: those in the neighbour list and any other with a value, in
    /// directory order.
    public var comparisons: [NeighbourComparison]

    /// Creates a national comparison from its parts (``NeighbourComparer`` computes them).
    public init(indicator: Indicator, year: Int, statistic: ComparatorStatistic, quartiles: Quartiles?,
                rankedAuthorities: Int, england: ReferenceValue, comparisons: [NeighbourComparison]) {
        self.indicator = indicator
        self.year = year
        self.statistic = statistic
        self.quartiles = quartiles
        self.rankedAuthorities = rankedAuthorities
        self.england = england
        self.comparisons = comparisons
    }

    /// The row of the authority with E-code `code` (rows are named by E-code).
    ///
    /// - Complexity: O(n) in the number of rows.
    public func comparison(for code: String) -> NeighbourComparison? {
        comparisons.first { $0.authority.code == code }
    }
}
