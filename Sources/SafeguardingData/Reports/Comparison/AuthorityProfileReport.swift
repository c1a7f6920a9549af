import SafeguardingMetrics

/// One local authority on every standard indicator the published figures have for a year (the
/// "LA level" view of LAIT, `compare --la X` without `--indicator`): per indicator the
/// authority's value, its neighbours' statistic, its region and England, its rank among all
/// authorities and its quartile band.
///
/// Its JSON is `{"la","name","year","indicators":[{"indicator","title","unit","value",
/// "neighbour_statistic","neighbour_value","region","england","rank","rank_of","quartile_band"}]}`.
///
/// ```swift
/// let comparer = try ReferenceData.comparer()
/// let profile = try AuthorityProfileReport(comparer: comparer, authority: "E06000009", year: 2025)
/// print(profile.text())
/// ```
public struct AuthorityProfileReport: Sendable, Hashable {
    /// The authority.
    public var authority: LocalAuthority
    /// The collection year.
    public var year: Int
    /// One comparison per indicator, in catalogue order, with its definition.
    public var rows: [(indicator: Indicator, comparison: NeighbourComparison)] {
        zip(indicators, comparisons).map { ($0, $1) }
    }
    /// The indicators' definitions, one per comparison.
    public var indicators: [Indicator]
    /// The comparisons (with any suppression applied), one per indicator.
    public var comparisons: [NeighbourComparison]

    /// The profile of `authority` in `year` from its comparisons, each shown under `publication`;
    /// a comparison whose indicator `catalogue` does not define is left out.
    public init(authority: LocalAuthority, year: Int, comparisons: [NeighbourComparison],
                catalogue: IndicatorCatalogue = .standard, publication: Publication = .internalUse) {
        self.authority = authority
        self.year = year
        var indicators: [Indicator] = [], shown: [NeighbourComparison] = []
        for comparison in comparisons {
            guard let indicator = catalogue[comparison.indicator] else { continue }
            indicators.append(indicator)
            shown.append(publication.shown(comparison, unit: indicator.unit))
        }
        self.indicators = indicators
        self.comparisons = shown
    }

    /// The profile of the authority named `authority` (any code the directory resolves) in
    /// `year`: every indicator the comparer's published figures have for the year and its
    /// catalogue defines, in catalogue order.
    ///
    /// - Throws: ``SafeguardingMetrics/ComparisonError`` when the authority is unknown or the
    ///   figures have no indicator for the year.
    public init(comparer: NeighbourComparer, authority: String, year: Int, statistic: ComparatorStatistic = .mean,
                publication: Publication = .internalUse) throws(ComparisonError) {
        guard let index = comparer.directory.index(of: authority) else { throw .unknownAuthority(authority) }
        let published = Set(comparer.table.indicators(in: year))
        let wanted = comparer.catalogue.indicators.map(\.id).filter { published.contains($0) }
        guard !wanted.isEmpty else { throw .noData(IndicatorID("any"), year: year) }
        var comparisons: [NeighbourComparison] = []
        for id in wanted {
            comparisons.append(try comparer.compare(authority, indicator: id, year: year, statistic: statistic))
        }
        self.init(authority: comparer.directory.authorities[index], year: year, comparisons: comparisons,
                  catalogue: comparer.catalogue, publication: publication)
    }

    /// The profile's columns: every figure that a row of the profile shows.
    static let columns = [
        "la", "name", "year", "indicator", "title", "unit", "value", "neighbour_statistic", "neighbour_value",
        "region", "england", "rank", "rank_of", "quartile_band",
    ]

    /// One row per indicator (`la,name,year,indicator,title,unit,value,neighbour_statistic,
    /// neighbour_value,region,england,rank,rank_of,quartile_band`), as a table named `LA level`.
    public func table() -> ReportTable {
        var table = ReportTable(name: "LA level", columns: AuthorityProfileReport.columns)
        for (indicator, c) in rows {
            table.append([ReportCell(authority.code), ReportCell(authority.name), ReportCell(year),
                          ReportCell(indicator.id.rawValue), ReportCell(indicator.title), ReportCell(indicator.unit.rawValue),
                          ReportCell(number: ComparisonReport.text(c.value)), ReportCell(c.comparator.statistic.rawValue),
                          ReportCell(c.displayedComparator), ReportCell(c.region.flatMap { c.displayed($0) }),
                          ReportCell(c.displayed(c.england)), ReportCell(c.rank), ReportCell(c.rankOf),
                          ReportCell(c.quartileBand?.rawValue)])
        }
        return table
    }

    /// ``table()`` as CSV.
    public func csv() -> String { table().csv() }

    /// A heading, then a line per indicator: value, neighbours, region, England, rank and band.
    public func text() -> String {
        var lines = ["\(authority.name) (\(authority.code)), year ending 31 March \(year): every published indicator "
            + "against its statistical neighbours, region and England (rank 1 = best, band A = best)", ""]
        var table = TextTable(columns: ["indicator", "value", "neighbours", "region", "England", "rank", "band"],
                              rightAligned: [1, 2, 3, 4, 5])
        for (indicator, c) in rows {
            table.add([ReportText.truncate(indicator.title, to: 56), ComparisonReport.text(c.value),
                       c.displayedComparator?.description ?? "-", c.region.flatMap { c.displayed($0) }?.description ?? "-",
                       c.displayed(c.england)?.description ?? "-", c.rank.map { "\($0)/\(c.rankOf)" } ?? "-",
                       c.quartileBand?.rawValue ?? ""])
        }
        lines += table.lines
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON document.
    public func json() -> JSONValue {
        .object([
            ("la", .string(authority.code)),
            ("name", .string(authority.name)),
            ("year", .integer(year)),
            ("indicators", .array(rows.map { indicator, c in
                .object([
                    ("indicator", .string(indicator.id.rawValue)),
                    ("title", .string(indicator.title)),
                    ("unit", .string(indicator.unit.rawValue)),
                    ("value", ComparisonReport.json(c.value)),
                    ("neighbour_statistic", .string(c.comparator.statistic.rawValue)),
                    ("neighbour_value", .decimal(c.displayedComparator)),
                    ("region", .decimal(c.region.flatMap { c.displayed($0) })),
                    ("england", .decimal(c.displayed(c.england))),
                    ("rank", .integer(c.rank)),
                    ("rank_of", .integer(c.rankOf)),
                    ("quartile_band", .text(c.quartileBand?.rawValue)),
                ])
            })),
        ])
    }
}
