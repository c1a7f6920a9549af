import Foundation
import SafeguardingMetrics

/// A ``NeighbourComparison`` in the tool's formats: the `compare` JSON of the contract, a table
/// for a terminal, CSV, and a one-line summary for the report.
enum ComparisonRendering {
    /// A published cell for JSON: the number, the GSS symbol as a string (`"c"`), or `null` when
    /// the data has no row.
    static func json(_ value: IndicatorValue?) -> JSONValue {
        switch value?.published {
        case .number(let number)?: .number(number.description)
        case .symbol(let symbol)?: .string(symbol.rawValue)
        case nil: .null
        }
    }

    /// A published cell as text: the number, the symbol, or `-` when the data has no row.
    static func text(_ value: IndicatorValue?) -> String {
        value.map { $0.published.description } ?? "-"
    }

    /// A closeness band in words: `very close`.
    static func closeness(_ band: NeighbourCloseness) -> String {
        band.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// A region's or England's value at the indicator's precision.
    static func reference(_ value: ReferenceValue?, decimals: Int) -> FixedDecimal? {
        value?.value?.rounded(toDecimals: decimals)
    }

    /// The `compare` JSON: exactly the keys of the command-line contract, in its order.
    static func json(_ c: NeighbourComparison) -> JSONValue {
        .object([
            ("indicator", .string(c.indicator.rawValue)),
            ("la", .string(c.authority.code)),
            ("year", .integer(c.year)),
            ("value", json(c.value)),
            ("neighbours", .array(c.neighbours.map { neighbour in
                .object([
                    ("la", .string(neighbour.authority.code)),
                    ("name", .string(neighbour.authority.name)),
                    ("rank", .integer(neighbour.rank)),
                    ("closeness", .text(neighbour.closeness?.rawValue)),
                    ("value", json(neighbour.value)),
                ])
            })),
            ("neighbour_statistic", .string(c.comparator.statistic.rawValue)),
            ("neighbour_value", .decimal(c.comparator.rounded(toDecimals: c.decimals))),
            ("neighbours_with_value", .integer(c.comparator.neighboursWithValue)),
            ("region", c.region.map { region in
                .object([("name", .string(region.name)), ("value", .decimal(reference(region, decimals: c.decimals)))])
            } ?? .null),
            ("england", .object([("value", .decimal(reference(c.england, decimals: c.decimals)))])),
            ("rank", .integer(c.rank)),
            ("rank_of", .integer(c.rankOf)),
            ("quartile_band", .text(c.quartileBand?.rawValue)),
        ])
    }

    /// The comparison as CSV: the authority, each neighbour, the neighbours' statistic, the
    /// region and England, one row each.
    static func csv(_ c: NeighbourComparison) -> String {
        var csv = CSVText(header: ["indicator", "year", "row", "la", "name", "rank", "closeness", "value"])
        let indicator = c.indicator.rawValue, year = String(c.year)
        csv.append([indicator, year, "authority", c.authority.code, c.authority.name, c.rank.map(String.init),
                    nil, text(c.value)])
        for neighbour in c.neighbours {
            csv.append([indicator, year, "neighbour", neighbour.authority.code, neighbour.authority.name,
                        String(neighbour.rank), neighbour.closeness?.rawValue, text(neighbour.value)])
        }
        csv.append([indicator, year, "neighbours_\(c.comparator.statistic.rawValue)", nil,
                    "\(c.comparator.neighboursWithValue) of \(c.comparator.neighbourCount) neighbours", nil, nil,
                    c.comparator.rounded(toDecimals: c.decimals)?.description])
        if let region = c.region {
            csv.append([indicator, year, "region", nil, region.name, nil, nil,
                        reference(region, decimals: c.decimals)?.description])
        }
        csv.append([indicator, year, "england", nil, "England", nil, nil,
                    reference(c.england, decimals: c.decimals)?.description])
        return csv.text
    }

    /// The comparison as a table a person can read in a terminal.
    static func text(_ c: NeighbourComparison, title: String, unit: MeasureUnit) -> String {
        var lines = ["\(title) (\(c.indicator)), year ending 31 March \(c.year), \(unit.displayName)", ""]
        var table = TextTable(columns: ["", "authority", "closeness", "value"], rightAligned: [3])
        table.add(["", "\(c.authority.name) (\(c.authority.code))", "", text(c.value)])
        for neighbour in c.neighbours {
            table.add([String(neighbour.rank), neighbour.authority.name,
                       neighbour.closeness.map(closeness) ?? "", text(neighbour.value)])
        }
        table.add(["", "Neighbours' \(c.comparator.statistic.rawValue) (\(c.comparator.neighboursWithValue) of "
                   + "\(c.comparator.neighbourCount) with a value)", "",
                   c.comparator.rounded(toDecimals: c.decimals)?.description ?? "-"])
        if let region = c.region {
            table.add(["", region.name, "", reference(region, decimals: c.decimals)?.description ?? "-"])
        }
        table.add(["", "England", "", reference(c.england, decimals: c.decimals)?.description ?? "-"])
        lines += table.lines
        lines.append("")
        var position: [String] = []
        if let rank = c.rank { position.append("rank \(rank) of \(c.rankOf) (1 = best)") }
        if let band = c.quartileBand { position.append("quartile band \(band.rawValue) (A = best)") }
        if let versus = c.versusNeighbours { position.append("\(versus.rawValue) than neighbours") }
        if position.isEmpty { position.append("no rank or band: the indicator has no better direction or no value") }
        lines.append(position.joined(separator: "; "))
        lines.append("Neighbours: statistical neighbour list \(c.neighbourSetVersion); region and England as published.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line for the report: `Blackpool 1007 · neighbours' mean 652 (10/10) · England 516 · rank 150/153 · band D`.
    static func summary(_ c: NeighbourComparison) -> String {
        var parts = ["\(c.year): \(text(c.value))"]
        if let value = c.comparator.rounded(toDecimals: c.decimals) {
            parts.append("neighbours' \(c.comparator.statistic.rawValue) \(value) "
                         + "(\(c.comparator.neighboursWithValue)/\(c.comparator.neighbourCount))")
        }
        if let england = reference(c.england, decimals: c.decimals) { parts.append("England \(england)") }
        if let rank = c.rank { parts.append("rank \(rank)/\(c.rankOf)") }
        if let band = c.quartileBand { parts.append("band \(band.rawValue)") }
        return parts.joined(separator: " · ")
    }
}
