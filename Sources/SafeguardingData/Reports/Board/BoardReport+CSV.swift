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
    public func csv() -> String {
        var csv = CSVText(header: [
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
            csv.append([
                row.outcome, row.id.rawValue, row.title, row.unit.rawValue, row.polarity.rawValue,
                row.baseline?.date.description, row.baseline?.value?.description,
                target?.date.description, target?.value.description,
                latest?.date.description, latest?.actual?.description, latest?.actualSource?.rawValue,
                row.expectedAt.value?.description, latest?.status?.rawValue, row.rag.rawValue,
                latest?.direction?.rawValue, latest?.change?.fromPrevious?.description,
                entry.linked?.id.rawValue, c.map { String($0.year) }, c?.authority.code,
                c.map { ComparisonReport.text($0.value) }, c?.comparator.statistic.rawValue,
                c?.displayedComparator?.description,
                c.map { String($0.comparator.neighboursWithValue) },
                c.flatMap { $0.displayed($0.england)?.description },
                c?.rank.map(String.init), c.map { String($0.rankOf) }, c?.quartileBand?.rawValue,
                current?.basis?.kind.rawValue, current?.basis.map { String($0.days) },
                current?.annualisedFromDays.map(String.init), current?.targetProRatedToDays.map(String.init),
                current?.coveredDays.map(String.init), current?.populationYear.map(String.init),
                current?.noData == true ? "true" : "false",
                link?.code, link.flatMap { $0.reason.isEmpty ? nil : $0.reason },
            ])
        }
        return csv.text
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
