import SafeguardingMetrics

/// Every local authority ranked for one indicator and year (`compare --all`): each authority's
/// published value, its rank among all authorities with a number (1 = best, by the indicator's
/// polarity) and its quartile band, best first, then England.
///
/// Its JSON is `{"indicator","year","rank_of","authorities":[{"rank","la","name","region",
/// "value","quartile_band"}],"england":{"value"}}`, a value as in the `compare` document (a
/// number, a GSS symbol as a string, or `null`).
///
/// ```swift
/// let national = try comparer.compareAll(indicator: "cla.rate", year: 2025)
/// print(NationalRankingReport(national).text())
/// ```
public struct NationalRankingReport: Sendable, Hashable {
    /// The indicator's definition.
    public var indicator: Indicator
    /// The collection year.
    public var year: Int
    /// How many authorities have a number, and so a rank.
    public var rankOf: Int
    /// The authorities' comparisons, best first; those without a rank after them, highest value
    /// first (every one, for an indicator with no better direction), then those without a value.
    public var rows: [NeighbourComparison]
    /// England's value, at the indicator's precision.
    public var england: FixedDecimal?

    /// The ranking of `national`, with `publication`'s suppression applied to every value.
    public init(_ national: NationalComparison, publication: Publication = .internalUse) {
        indicator = national.indicator
        year = national.year
        rankOf = national.rankedAuthorities
        rows = national.comparisons.map { publication.shown($0, unit: national.indicator.unit) }.sorted { a, b in
            switch (a.rank, b.rank) {
            case let (left?, right?): left != right ? left < right : a.authority.name < b.authority.name
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil):
                // No rank (no value, or an indicator with no better direction): highest value first.
                switch (a.value?.published.number, b.value?.published.number) {
                case let (left?, right?) where left != right: left > right
                case (.some, nil): true
                case (nil, .some): false
                default: a.authority.name < b.authority.name
                }
            }
        }
        england = rows.first.flatMap { $0.displayed($0.england) }
    }

    /// One row per authority, then England (`indicator,year,rank,rank_of,la,name,region,value,
    /// quartile_band`), as a table named `Ranking`: ranks and values are numbers.
    public func table() -> ReportTable {
        var table = ReportTable(name: "Ranking", columns: [
            "indicator", "year", "rank", "rank_of", "la", "name", "region", "value", "quartile_band",
        ])
        let id = ReportCell(indicator.id.rawValue), year = ReportCell(year), of = ReportCell(rankOf)
        for row in rows {
            table.append([id, year, ReportCell(row.rank), of, ReportCell(row.authority.code), ReportCell(row.authority.name),
                          ReportCell(row.authority.regionName), ReportCell(number: ComparisonReport.text(row.value)),
                          ReportCell(row.quartileBand?.rawValue)])
        }
        table.append([id, year, .blank, .blank, .blank, .text("England"), .blank, ReportCell(england), .blank])
        return table
    }

    /// ``table()`` as CSV.
    public func csv() -> String { table().csv() }

    /// A heading, then a line per authority: rank, name, value and quartile band.
    public func text() -> String {
        var lines = ["\(indicator.title) (\(indicator.id)), year ending 31 March \(year), \(indicator.unit.displayName): "
            + "\(rankOf) authorities ranked, 1 = best", ""]
        var table = TextTable(columns: ["rank", "authority", "region", "value", "band"], rightAligned: [0, 3])
        for row in rows {
            table.add([row.rank.map(String.init) ?? "-", "\(row.authority.name) (\(row.authority.code))",
                       row.authority.regionName, ComparisonReport.text(row.value), row.quartileBand?.rawValue ?? ""])
        }
        table.add(["", "England", "", england?.description ?? "-", ""])
        lines += table.lines
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON document.
    public func json() -> JSONValue {
        .object([
            ("indicator", .string(indicator.id.rawValue)),
            ("year", .integer(year)),
            ("rank_of", .integer(rankOf)),
            ("authorities", .array(rows.map { row in
                .object([
                    ("rank", .integer(row.rank)),
                    ("la", .string(row.authority.code)),
                    ("name", .string(row.authority.name)),
                    ("region", .string(row.authority.regionName)),
                    ("value", ComparisonReport.json(row.value)),
                    ("quartile_band", .text(row.quartileBand?.rawValue)),
                ])
            })),
            ("england", .object([("value", .decimal(england))])),
        ])
    }
}
