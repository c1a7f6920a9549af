import SafeguardingData

extension BoardReport {
    /// The report as JSON: the scorecard of the contract (`ScorecardJSON`) and, per linked row,
    /// the `compare` document.
    func json() -> JSONValue {
        .object([
            ("la", .text(authority?.code)),
            ("name", .text(authority?.name)),
            ("comparison_year", .integer(comparisonYear)),
            ("neighbour_statistic", .string(statistic.rawValue)),
            ("neighbour_set", .string(neighbourSetVersion)),
            ("actuals", .string(actualsSource)),
            ("actuals_computed_from", .text(computedFrom)),
            ("synthetic", .bool(synthetic)),
            ("suppressed", .bool(suppressed)),
            ("scorecard", .raw(ScorecardJSON.encode(scorecard, compact: true))),
            ("comparisons", .array(rows.compactMap { entry in
                entry.comparison.map { comparison in
                    .object([("id", .string(entry.row.id.rawValue)), ("comparison", ComparisonRendering.json(comparison))])
                }
            })),
        ])
    }

    /// The report as CSV: one row per framework row.
    func csv() -> String {
        var csv = CSVText(header: [
            "outcome", "id", "title", "unit", "polarity", "baseline_date", "baseline", "target_date", "target",
            "actual_date", "actual", "actual_source", "expected_at", "status", "rag", "direction", "change",
            "indicator", "comparison_year", "la", "la_value", "neighbour_statistic", "neighbour_value",
            "neighbours_with_value", "england", "rank", "rank_of", "quartile_band",
        ])
        for entry in rows {
            let row = entry.row, latest = row.latest, c = entry.comparison
            let target = BoardReport.target(of: row, at: scorecard.at)
            csv.append([
                row.outcome, row.id.rawValue, row.title, row.unit.rawValue, row.polarity.rawValue,
                row.baseline?.date.description, row.baseline?.value?.description,
                target?.date.description, target?.value.description,
                latest?.date.description, latest?.actual?.description, latest?.actualSource?.rawValue,
                row.expectedAt.value?.description, latest?.status?.rawValue, row.rag.rawValue,
                latest?.direction?.rawValue, latest?.change?.fromPrevious?.description,
                entry.linked?.id.rawValue, c.map { String($0.year) }, c?.authority.code,
                c.map { ComparisonRendering.text($0.value) }, c?.comparator.statistic.rawValue,
                c?.comparator.rounded(toDecimals: c!.decimals)?.description,
                c.map { String($0.comparator.neighboursWithValue) },
                c.flatMap { ComparisonRendering.reference($0.england, decimals: $0.decimals)?.description },
                c?.rank.map(String.init), c.map { String($0.rankOf) }, c?.quartileBand?.rawValue,
            ])
        }
        return csv.text
    }
}
