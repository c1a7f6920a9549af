/// One local authority's value of an indicator in a year, set against its statistical
/// neighbours, its region and England, with its rank and quartile band among all authorities.
///
/// Every statistic is named: the comparator's ``NeighbourComparator/statistic``, the neighbour
/// list's ``neighbourSetVersion``, where the region's and England's values came from
/// (``ReferenceValue/source``). Ranks, bands and the mean and median use published (rounded)
/// values, as LAIT does; the pooled comparator and the significance test use counts.
///
/// ```swift
/// let blackpool = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
/// print(blackpool.value?.published ?? "-")                 // 184
/// print(blackpool.comparator.value!)                       // 124.5 (the mean of 10 neighbours)
/// print(blackpool.versusNeighbours!)                       // higher
/// print(blackpool.region?.value?.rounded(toDecimals: 0) ?? "-") // 90 (North West, published)
/// ```
@frozen
public struct NeighbourComparison: Sendable, Hashable {
    /// The authority compared.
    public var authority: LocalAuthority
    /// The indicator.
    public var indicator: IndicatorID
    /// The year.
    public var year: Int
    /// The indicator's polarity, which orders ranks and bands.
    public var polarity: Polarity
    /// The indicator's published precision, at which values are compared.
    public var decimals: Int
    /// The authority's value, or `nil` when the data has no row for it.
    public var value: IndicatorValue?
    /// The version of the statistical-neighbour list used.
    public var neighbourSetVersion: String
    /// The neighbours, in rank order, with their values.
    public var neighbours: [NeighbourValue]
    /// The neighbours' comparator: statistic, value, and how many neighbours had a value.
    public var comparator: NeighbourComparator
    /// The authority's published value against the comparator rounded to ``decimals``; `nil` when
    /// either is missing.
    public var versusNeighbours: ComparisonOutcome?
    /// The authority's region, or `nil` when the authority has no region name.
    public var region: ReferenceValue?
    /// England.
    public var england: ReferenceValue
    /// The authority's rank among all authorities with a published number (1 = best); `nil`
    /// without a number or when the polarity has no better direction.
    public var rank: Int?
    /// How many authorities have a published number (the "out of" of ``rank``).
    public var rankOf: Int
    /// The authority's quartile band; `nil` without a number or when the polarity has no better
    /// direction.
    public var quartileBand: QuartileBand?
    /// The 95% confidence interval of the authority's value from its counts (Wilson for
    /// percentages, Byar's or exact Poisson for rates), on the indicator's scale; `nil` without
    /// counts or for units with no interval.
    public var interval: ConfidenceInterval?
    /// Whether the authority differs significantly from England, from its counts' confidence
    /// interval; `nil` without counts, without an England value, or for units with no interval.
    public var significance: SignificanceComparison?

    /// Creates a comparison from its parts (``NeighbourComparer`` computes them).
    public init(authority: LocalAuthority, indicator: IndicatorID, year: Int, polarity: Polarity, decimals: Int,
                value: IndicatorValue?, neighbourSetVersion: String, neighbours: [NeighbourValue],
                comparator: NeighbourComparator, versusNeighbours: ComparisonOutcome?, region: ReferenceValue?,
                england: ReferenceValue, rank: Int?, rankOf: Int, quartileBand: QuartileBand?,
                interval: ConfidenceInterval?, significance: SignificanceComparison?) {
        self.authority = authority
        self.indicator = indicator
        self.year = year
        self.polarity = polarity
        self.decimals = decimals
        self.value = value
        self.neighbourSetVersion = neighbourSetVersion
        self.neighbours = neighbours
        self.comparator = comparator
        self.versusNeighbours = versusNeighbours
        self.region = region
        self.england = england
        self.rank = rank
        self.rankOf = rankOf
        self.quartileBand = quartileBand
        self.interval = interval
        self.significance = significance
    }
}
