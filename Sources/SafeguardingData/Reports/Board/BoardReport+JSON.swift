import SafeguardingMetrics

extension BoardReport {
    /// The report as JSON: `{"la","name","comparison_year","neighbour_statistic","neighbour_set",
    /// "actuals","actuals_computed_from","synthetic","suppressed","unlinked","scorecard","comparisons"}`,
    /// where `scorecard` is the contract's `scorecard` document (``ScorecardJSON``, written on one
    /// line with its keys sorted, as it always has been inside the report) and `comparisons` holds,
    /// per linked row with a comparison, `{"id","comparison"}` with the contract's `compare` document.
    /// `unlinked` lists the rows not linked to a computed indicator, `{"id","title","link","candidates",
    /// "reason"}`, `link` being `unknown_computed_id`, `suggested`, `ambiguous` or `no_match`.
    public func json() -> JSONValue {
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
            ("unlinked", .array(links.unlinked.map { link in
                .object([("id", .string(link.row.rawValue)), ("title", .string(link.title)), ("link", .string(link.code)),
                         ("candidates", .array(link.candidates.map { .string($0.rawValue) })),
                         ("reason", .string(link.reason))])
            })),
            ("scorecard", .laidOut(ScorecardJSON.json(scorecard), .sortedCompact)),
            ("comparisons", .array(rows.compactMap { entry in
                entry.comparison.map { comparison in
                    .object([("id", .string(entry.row.id.rawValue)),
                             ("comparison", ComparisonReport(comparison, title: entry.row.title, unit: entry.row.unit).json())])
                }
            })),
        ])
    }

    /// Encodes the report's JSON (``json()``).
    public func encode(to encoder: any Encoder) throws {
        try json().encode(to: encoder)
    }
}
