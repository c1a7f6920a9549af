import SafeguardingMetrics

extension BoardReport {
    /// The report as CSV: one row per framework row, with its latest actual, the target it is
    /// judged against, status, RAG, direction and change, and its comparison (`outcome,id,title,
    /// unit,polarity,baseline_date,baseline,target_date,target,actual_date,actual,actual_source,
    /// expected_at,status,rag,direction,change,indicator,comparison_year,la,la_value,
    /// neighbour_statistic,neighbour_value,neighbours_with_value,england,rank,rank_of,quartile_band,
    /// basis,basis_days,annualised_from_days,target_pro_rated_to_days,covered_days,population_year,no_data,
    /// link,link_note`): `basis` to `no_data` say over what period a computed actual was counted
    /// (`part_year`, 275), the days a flow was annualised from or its target pro-rated to, the days
    /// the returns hold when not all, the population's mid-year, and whether the returns hold none
    /// of the period (`actual` then blank); `link` is `linked`, `unknown_computed_id`, `suggested`,
    /// `ambiguous` or `no_match` and `link_note` says why a row is not linked.
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
            "neighbours_with_value", "england", "rank", "rank_of", "quartile_band", "basis", "basis_days",
            "annualised_from_days", "target_pro_rated_to_days", "covered_days", "population_year", "no_data",
            "link", "link_note",
        ])
        for (index, entry) in rows.enumerated() {
            let link = index < links.links.count ? links.links[index] : nil
            let row = entry.row, latest = row.latest, c = entry.comparison
            let current = BoardReport.current(of: row, at: scorecard.at)
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
                ReportCell(current?.basis?.kind.rawValue), ReportCell(current?.basis?.days),
                ReportCell(current?.annualisedFromDays), ReportCell(current?.targetProRatedToDays),
                ReportCell(current?.coveredDays), ReportCell(current?.populationYear),
                ReportCell(current?.noData == true ? "true" : "false"),
                ReportCell(link?.code), ReportCell(link.flatMap { $0.reason.isEmpty ? nil : $0.reason }),
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
