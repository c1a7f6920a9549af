import SafeguardingMetrics

extension ComparisonReport {
    /// The comparison as CSV: the authority, each neighbour, the neighbours' statistic, the
    /// region and England, one row each (`indicator,year,row,la,name,rank,closeness,value`):
    /// ``table()`` as CSV.
    public func csv() -> String {
        table().csv()
    }

    /// The rows of ``csv()`` as a table named `Comparison`: year, rank and values are numbers (a
    /// GSS symbol such as `c` stays text).
    public func table() -> ReportTable {
        let c = comparison
        var table = ReportTable(name: "Comparison", columns: ["indicator", "year", "row", "la", "name", "rank", "closeness", "value"])
        let indicator = ReportCell(c.indicator.rawValue), year = ReportCell(c.year)
        table.append([indicator, year, .text("authority"), ReportCell(c.authority.code), ReportCell(c.authority.name),
                      ReportCell(c.rank), .blank, ReportCell(number: ComparisonReport.text(c.value))])
        for neighbour in c.neighbours {
            table.append([indicator, year, .text("neighbour"), ReportCell(neighbour.authority.code),
                          ReportCell(neighbour.authority.name), ReportCell(neighbour.rank),
                          ReportCell(neighbour.closeness?.rawValue), ReportCell(number: ComparisonReport.text(neighbour.value))])
        }
        table.append([indicator, year, .text("neighbours_\(c.comparator.statistic.rawValue)"), .blank,
                      .text("\(c.comparator.neighboursWithValue) of \(c.comparator.neighbourCount) neighbours"), .blank, .blank,
                      ReportCell(c.displayedComparator)])
        if let region = c.region {
            table.append([indicator, year, .text("region"), .blank, ReportCell(region.name), .blank, .blank,
                          ReportCell(c.displayed(region))])
        }
        table.append([indicator, year, .text("england"), .blank, .text("England"), .blank, .blank,
                      ReportCell(c.displayed(c.england))])
        return table
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
        var parts = ["\(c.year): \(text(c.value, decimals: c.decimals))"]
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
