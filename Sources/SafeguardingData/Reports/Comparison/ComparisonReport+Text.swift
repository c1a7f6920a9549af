import SafeguardingMetrics

extension ComparisonReport {
    /// The comparison as CSV: the authority, each neighbour, the neighbours' statistic, the
    /// region and England, one row each (`indicator,year,row,la,name,rank,closeness,value`).
    public func csv() -> String {
        let c = comparison
        var csv = CSVText(header: ["indicator", "year", "row", "la", "name", "rank", "closeness", "value"])
        let indicator = c.indicator.rawValue, year = String(c.year)
        csv.append([indicator, year, "authority", c.authority.code, c.authority.name, c.rank.map(String.init),
                    nil, ComparisonReport.text(c.value)])
        for neighbour in c.neighbours {
            csv.append([indicator, year, "neighbour", neighbour.authority.code, neighbour.authority.name,
                        String(neighbour.rank), neighbour.closeness?.rawValue, ComparisonReport.text(neighbour.value)])
        }
        csv.append([indicator, year, "neighbours_\(c.comparator.statistic.rawValue)", nil,
                    "\(c.comparator.neighboursWithValue) of \(c.comparator.neighbourCount) neighbours", nil, nil,
                    c.displayedComparator?.description])
        if let region = c.region {
            csv.append([indicator, year, "region", nil, region.name, nil, nil,
                        c.displayed(region)?.description])
        }
        csv.append([indicator, year, "england", nil, "England", nil, nil,
                    c.displayed(c.england)?.description])
        return csv.text
    }

    /// The comparison as a table a person can read in a terminal: a heading with the title and
    /// unit, a row per area, then the rank, quartile band and verdict against the neighbours.
    public func text() -> String {
        let c = comparison
        var lines = ["\(title) (\(c.indicator)), year ending 31 March \(c.year), \(unit.displayName)", ""]
        var table = TextTable(columns: ["", "authority", "closeness", "value"], rightAligned: [3])
        table.add(["", "\(c.authority.name) (\(c.authority.code))", "", ComparisonReport.text(c.value)])
        for neighbour in c.neighbours {
            table.add([String(neighbour.rank), neighbour.authority.name,
                       neighbour.closeness.map(ComparisonReport.closeness) ?? "", ComparisonReport.text(neighbour.value)])
        }
        table.add(["", "Neighbours' \(c.comparator.statistic.rawValue) (\(c.comparator.neighboursWithValue) of "
                   + "\(c.comparator.neighbourCount) with a value)", "",
                   c.displayedComparator?.description ?? "-"])
        if let region = c.region {
            table.add(["", region.name, "", c.displayed(region)?.description ?? "-"])
        }
        table.add(["", "England", "", c.displayed(c.england)?.description ?? "-"])
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

    /// One line for a report: `2025: 184 · neighbours' mean 124.5 (10/10) · England 67 · rank 150/153 · band D`.
    public func summary() -> String {
        ComparisonReport.summary(comparison)
    }

    /// One line for a report (see ``summary()``).
    static func summary(_ c: NeighbourComparison) -> String {
        var parts = ["\(c.year): \(text(c.value))"]
        if let value = c.displayedComparator {
            parts.append("neighbours' \(c.comparator.statistic.rawValue) \(value) "
                         + "(\(c.comparator.neighboursWithValue)/\(c.comparator.neighbourCount))")
        }
        if let england = c.displayed(c.england) { parts.append("England \(england)") }
        if let rank = c.rank { parts.append("rank \(rank)/\(c.rankOf)") }
        if let band = c.quartileBand { parts.append("band \(band.rawValue)") }
        return parts.joined(separator: " · ")
    }
}
