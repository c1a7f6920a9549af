/// Compares local authorities with their statistical neighbours, their region and England, one
/// authority at a time or all of them at once.
///
/// A comparer joins three values: an ``IndicatorTable`` of published (or computed) figures, a
/// ``StatisticalNeighbourSet`` and an ``IndicatorCatalogue`` (for each indicator's polarity, unit
/// and precision). Building it resolves every neighbour code to a directory index once; after
/// that a comparison is array indexing, with no parsing and no look-up by name.
///
/// ```swift
/// let comparer = NeighbourComparer(table: published, neighbours: neighbours2025)
/// let essex = try comparer.compare("881", indicator: "care_leavers.eet.age_17_18.percent", year: 2025,
///                                   statistic: .median)
/// print(essex.value!.published, essex.comparator.value!, essex.versusNeighbours!)   // 66 69 worse
///
/// // Every authority, every indicator published for 2025: a national comparison table.
/// let table = try comparer.nationalTable(year: 2025)
/// ```
@frozen
public struct NeighbourComparer: Sendable {
    /// The figures compared.
    public let table: IndicatorTable
    /// The statistical-neighbour list.
    public let neighbours: StatisticalNeighbourSet
    /// The indicator definitions (polarity, unit, precision).
    public let catalogue: IndicatorCatalogue
    /// Codes in the neighbour list that the table's directory does not know, sorted. Those
    /// authorities (or neighbours) are left out of every comparison.
    public let unresolvedNeighbourCodes: [String]

    /// Each authority's neighbours as directory indices, in rank order, indexed by authority.
    @usableFromInline
    let resolvedNeighbours: [[ResolvedNeighbour]]
    /// Whether each authority has a neighbour list.
    @usableFromInline
    let hasNeighbourList: [Bool]
    /// The directory indices of each region's authorities, by lower-cased region name.
    @usableFromInline
    let regionMembers: [String: [Int]]

    /// A neighbour resolved to a directory index.
    @usableFromInline
    struct ResolvedNeighbour: Sendable {
        @usableFromInline let index: Int
        @usableFromInline let rank: Int
        @usableFromInline let closeness: NeighbourCloseness?

        @usableFromInline
        init(index: Int, rank: Int, closeness: NeighbourCloseness?) {
            self.index = index
            self.rank = rank
            self.closeness = closeness
        }
    }

    /// Prepares comparisons of `table` with the neighbours in `neighbours`.
    ///
    /// - Complexity: O(n × k) for n authorities with k neighbours each.
    public init(table: IndicatorTable, neighbours: StatisticalNeighbourSet, catalogue: IndicatorCatalogue = .standard) {
        let directory = table.directory
        var resolved = Array(repeating: [ResolvedNeighbour](), count: directory.count)
        var hasList = Array(repeating: false, count: directory.count)
        var unresolved = Set<String>()
        for (code, list) in neighbours.lists {
            guard let index = directory.index(of: code) else { unresolved.insert(code); continue }
            hasList[index] = true
            resolved[index] = list.compactMap { neighbour in
                guard let neighbourIndex = directory.index(of: neighbour.code) else {
                    unresolved.insert(neighbour.code)
                    return nil
                }
                return ResolvedNeighbour(index: neighbourIndex, rank: neighbour.rank, closeness: neighbour.closeness)
            }
        }
        var members: [String: [Int]] = [:]
        for (index, authority) in directory.authorities.enumerated() {
            members[authority.regionName.lowercased(), default: []].append(index)
        }
        self.table = table
        self.neighbours = neighbours
        self.catalogue = catalogue
        self.unresolvedNeighbourCodes = unresolved.sorted()
        self.resolvedNeighbours = resolved
        self.hasNeighbourList = hasList
        self.regionMembers = members
    }

    /// The local authorities, whose order indexes everything.
    @inlinable
    public var directory: LocalAuthorityDirectory { table.directory }

    /// One authority (any code the directory resolves) against its neighbours, region and England.
    ///
    /// - Throws: ``ComparisonError`` when the authority or indicator is unknown or the table has no
    ///   values for the indicator and year.
    /// - Complexity: O(n log n) for n authorities (ranks and quartiles need every value sorted);
    ///   use ``compareAll(indicator:year:statistic:significance:)`` for many authorities.
    public func compare(_ authority: String, indicator: IndicatorID, year: Int, statistic: ComparatorStatistic = .mean,
                        significance: SignificanceScheme = .oneLevel) throws(ComparisonError) -> NeighbourComparison {
        guard let index = directory.index(of: authority) else { throw .unknownAuthority(authority) }
        let context = try context(indicator, year: year, statistic: statistic, significance: significance)
        return context.comparison(forAuthorityAt: index, in: self)
    }

    /// Every authority compared for one indicator and year: the authorities with a neighbour list
    /// and any other with a published number, in directory order.
    ///
    /// - Throws: ``ComparisonError`` when the indicator is unknown or has no values for `year`.
    /// - Complexity: O(n log n + n × k) for n authorities with k neighbours: values are sorted once
    ///   for ranks and quartiles, region and England values are computed once.
    public func compareAll(indicator: IndicatorID, year: Int, statistic: ComparatorStatistic = .mean,
                           significance: SignificanceScheme = .oneLevel) throws(ComparisonError) -> NationalComparison {
        let context = try context(indicator, year: year, statistic: statistic, significance: significance)
        var rows: [NeighbourComparison] = []
        rows.reserveCapacity(directory.count)
        for index in 0..<directory.count where hasNeighbourList[index] || context.series.authorities[index]?.number != nil {
            rows.append(context.comparison(forAuthorityAt: index, in: self))
        }
        return NationalComparison(indicator: context.indicator, year: year, statistic: statistic,
                                  quartiles: context.quartiles, rankedAuthorities: context.rankedCount,
                                  england: context.england, comparisons: rows)
    }

    /// A national comparison table: ``compareAll(indicator:year:statistic:significance:)`` for
    /// each of `indicators` (by default every indicator the table has for `year` that the
    /// catalogue defines), in the order given.
    ///
    /// - Throws: ``ComparisonError`` for an indicator given explicitly that is unknown or has no
    ///   values for `year`.
    /// - Complexity: O(m × (n log n + n × k)) for m indicators.
    public func nationalTable(indicators: [IndicatorID]? = nil, year: Int, statistic: ComparatorStatistic = .mean,
                              significance: SignificanceScheme = .oneLevel) throws(ComparisonError) -> [NationalComparison] {
        let wanted = indicators ?? table.indicators(in: year).filter { catalogue[$0] != nil }
        var columns: [NationalComparison] = []
        columns.reserveCapacity(wanted.count)
        for indicator in wanted {
            columns.append(try compareAll(indicator: indicator, year: year, statistic: statistic, significance: significance))
        }
        return columns
    }

    /// The chi-square test for trend (``TrendTest``) of one authority's counts over `years`; `nil`
    /// when fewer than ``TrendTest/minimumPeriods`` years are given, or any year lacks counts.
    ///
    /// - Throws: ``ComparisonError/unknownAuthority(_:)`` for an unknown authority.
    /// - Complexity: O(y) for y years.
    public func trend(for authority: String, indicator: IndicatorID, years: [Int]) throws(ComparisonError) -> TrendResult? {
        guard let index = directory.index(of: authority) else { throw .unknownAuthority(authority) }
        var numerators: [Int64] = [], denominators: [Int64] = []
        for year in years {
            guard let counts = table[indicator, year]?.authorities[index]?.counts else { return nil }
            numerators.append(counts.numerator)
            denominators.append(counts.denominator)
        }
        return TrendTest.assess(numerators: numerators, denominators: denominators, scores: years.map(Double.init))
    }

    private func context(_ id: IndicatorID, year: Int, statistic: ComparatorStatistic,
                         significance: SignificanceScheme) throws(ComparisonError) -> SeriesContext {
        guard let indicator = catalogue[id] else { throw .unknownIndicator(id) }
        guard let series = table[id, year] else { throw .noData(id, year: year) }
        return SeriesContext(indicator: indicator, series: series, statistic: statistic, significance: significance,
                             regionMembers: regionMembers, directory: directory)
    }
}
