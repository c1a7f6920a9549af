import SafeguardingMetrics

extension BoardReport {
    /// The report as CSV: one row per framework row, with its latest actual, the target it is
    /// judged against, status, RAG, direction and change, and its comparison (`outcome,id,title,
    /// unit,polarity,baseline_date,baseline,target_date,target,actual_date,actual,actual_source,
    /// expected_at,status,rag,direction,change,indicator,comparison_year,la,la_value,
    /// neighbour_statistic,neighbour_value,neighbours_with_value,england,rank,rank_of,quartile_band`).
    ///
    /// It is ``table(name:)`` as CSV.
    public func csv() -> String {
        table().csv()
    }

    /// The rows of ``csv()`` as a table named `name`: dates, words and codes are text, values,
    /// ranks and counts numbers (each value at the precision it is shown with).
    public func table(name: String = "Report") -> ReportTable {
        var table = ReportTable(name: name, columns: [
            "outcome", "id", "title", "unit", "polarity", "baseline_date", "baseline", "target_date", "target",
            "actual_date", "actual", "actual_source", "expected_at", "status", "rag", "direction", "change",
            "indicator", "comparison_year", "la", "la_value", "neighbour_statistic", "neighbour_value",
            "neighbours_with_value", "england", "rank", "rank_of", "quartile_band",
        ])
        for entry in rows {
            let row = entry.row, latest = row.latest, c = entry.comparison
            let target = BoardReport.target(of: row, at: scorecard.at)
            table.append([
                ReportCell(row.outcome), ReportCell(row.id.rawValue), ReportCell(row.title), ReportCell(row.unit.rawValue),
                ReportCell(row.polarity.rawValue), ReportCell(row.baseline?.date.description), ReportCell(row.baseline?.value),
                ReportCell(target?.date.description), ReportCell(target?.value),
                ReportCell(latest?.date.description), ReportCell(latest?.actual), ReportCell(latest?.actualSource?.rawValue),
                ReportCell(row.expectedAt.value), ReportCell(latest?.status?.rawValue), ReportCell(row.rag.rawValue),
                ReportCell(latest?.direction?.rawValue), ReportCell(latest?.change?.fromPrevious?.description),
                ReportCell(entry.linked?.id.rawValue), ReportCell(c?.year), ReportCell(c?.authority.code),
                ReportCell(number: c.map { ComparisonReport.text($0.value) }), ReportCell(c?.comparator.statistic.rawValue),
                ReportCell(c?.displayedComparator),
                ReportCell(c?.comparator.neighboursWithValue),
                ReportCell(c.flatMap { $0.displayed($0.england) }),
                ReportCell(c?.rank), ReportCell(c?.rankOf), ReportCell(c?.quartileBand?.rawValue),
            ])
        }
        return table
    }

    /// The tables of a spreadsheet: ``table(name:)``, then the definitions of the indicators its
    /// rows are linked to (``IndicatorList/table()``).
    public func tables(name: String = "Report") -> [ReportTable] {
        var seen = Set<IndicatorID>()
        let linked = rows.compactMap(\.linked).filter { seen.insert($0.id).inserted }
        return [table(name: name), IndicatorList(IndicatorCatalogue(linked)).table()]
    }

    /// The target a row's latest actual is judged against, else the next target after the
    /// scorecard date, else the last one.
    public static func target(of row: ScorecardRow, at date: FrameworkDate) -> (value: FixedDecimal, date: FrameworkDate)? {
        if let latest = row.latest, let target = latest.target { return (target, latest.date) }
        let targets = row.points.filter { $0.target != nil }
        let next = targets.first { $0.date.effectiveDay >= date.effectiveDay } ?? targets.last
        return next.map { ($0.target!, $0.date) }
    }
}
