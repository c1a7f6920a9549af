import SafeguardingMetrics

/// An indicator's published history for one authority: for each year the authority's published
/// value, its statistical neighbours' statistic and England, as LAIT published them.
///
/// A published trend is never computed from returns: a report draws it apart from an
/// ``IndicatorSeries`` computed from the returns, with a legend that says which is which.
///
/// ```swift
/// let history = try ReferenceData.historyComparer()
/// let trend = PublishedTrend(comparer: history, authority: "E06000009", indicator: "cla.rate")
/// trend?.points.first?.authority   // 163 (2016)
/// ```
public struct PublishedTrend: Sendable, Hashable {
    /// The indicator.
    public var indicator: IndicatorID
    /// The LAIT measure the values are published as.
    public var measure: String
    /// The authority.
    public var authority: LocalAuthority
    /// The neighbours' statistic: mean or median of the neighbours' published values (LAIT
    /// publishes no counts, so a pooled statistic is the mean here).
    public var statistic: ComparatorStatistic
    /// One point per year with any published value, in order.
    public var points: [Point]

    /// One year of a published trend.
    public struct Point: Sendable, Hashable {
        /// The collection year (2025 = the year ending 31 March 2025).
        public var year: Int
        /// The authority's published value; `nil` when none was published (LAIT's `-`).
        public var authority: FixedDecimal?
        /// The neighbours' statistic of their published values, at one decimal place or the
        /// indicator's precision when finer (INDICATORS.md §6); `nil` when no neighbour has one.
        public var neighbours: FixedDecimal?
        /// How many neighbours had a value.
        public var neighboursWithValue: Int
        /// England's published value.
        public var england: FixedDecimal?

        /// A point from its parts.
        public init(year: Int, authority: FixedDecimal?, neighbours: FixedDecimal?, neighboursWithValue: Int,
                    england: FixedDecimal?) {
            self.year = year
            self.authority = authority
            self.neighbours = neighbours
            self.neighboursWithValue = neighboursWithValue
            self.england = england
        }

        /// The last day of the year the point stands for: 31 March.
        public var day: Day { Day(year: year, month: 3, day: 31)! }
    }

    /// A trend from its parts.
    public init(indicator: IndicatorID, measure: String, authority: LocalAuthority, statistic: ComparatorStatistic,
                points: [Point]) {
        self.indicator = indicator
        self.measure = measure
        self.authority = authority
        self.statistic = statistic
        self.points = points
    }

    /// The published history of `indicator` for `authority` in `comparer`'s table (see
    /// `ReferenceData.historyComparer(catalogue:)`), every year it has; `nil` when the indicator has
    /// no LAIT measure, the authority is unknown or no year has any value.
    ///
    /// - Parameters:
    ///   - comparer: the published history and the neighbour list.
    ///   - authority: the authority, by any code the directory resolves.
    ///   - indicator: the indicator.
    ///   - statistic: the neighbours' statistic; `pooled` becomes `mean` (no counts are published).
    public init?(comparer: NeighbourComparer, authority: String, indicator: IndicatorID,
                 statistic: ComparatorStatistic = .mean) {
        guard let measure = comparer.catalogue[indicator]?.laitMeasure,
              let index = comparer.table.directory.index(of: authority) else { return nil }
        let statistic: ComparatorStatistic = statistic == .pooled ? .mean : statistic
        var points: [Point] = []
        for year in comparer.table.years(of: indicator) {
            guard let comparison = try? comparer.compare(authority, indicator: indicator, year: year, statistic: statistic)
            else { continue }
            let point = Point(year: year, authority: comparison.value?.number, neighbours: comparison.displayedComparator,
                              neighboursWithValue: comparison.comparator.neighboursWithValue,
                              england: comparison.displayed(comparison.england))
            if point.authority != nil || point.neighbours != nil || point.england != nil { points.append(point) }
        }
        guard !points.isEmpty else { return nil }
        self.init(indicator: indicator, measure: measure, authority: comparer.table.directory.authorities[index],
                  statistic: statistic, points: points)
    }
}
