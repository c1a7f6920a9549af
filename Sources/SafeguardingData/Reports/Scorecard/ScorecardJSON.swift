import SafeguardingMetrics

/// Writes a ``SafeguardingMetrics/Scorecard`` as the `scorecard` JSON of the command-line contract.
///
/// ```json
/// {"framework": "…", "version": "2024-01", "at": "2024-01",
///  "rows": [{"id": "OF1-03", "outcome": "…", "title": "…", "unit": "rate_per_10000", "polarity": "lower",
///            "decimals": 0, "rag_policy": "baseline", "rag": "green",
///            "baseline": {"date": "2023-04", "value": 833},
///            "points": [{"date": "2023-10", "target": 825, "actual": 798, "expected": 825, "status": "better",
///                        "rag": "green", "direction": "improving", "movement": "down", "actual_source": "typed",
///                        "numerator": null, "denominator": null, "significance": null,
///                        "change": {"from_previous": {"value": -35, "unit": "per_10000"}, …}}],
///            "expected_at": {"date": "2024-01", "value": 816},
///            "issues": [{"kind": "blank_actual", "severity": "info", "date": "2023-10", "message": "…"}]}]}
/// ```
/// A row also has `basis` (`rolling_12_months`, `year_to_date`, `quarter`) and `target_basis`
/// (`12_months`, `pro_rated`); a point also has `basis` (`{"kind", "days"}` of a computed actual's
/// period, `null` for a typed-in one), `annualised_from_days` (a flow count or rate over a period
/// that is not 12 months, brought to 12 months before it is judged), `target_pro_rated_to_days`,
/// `covered_days` (when the returns hold only part of the period), `no_data` (`true` when they hold
/// none of it and nothing was typed in) and `population_year` (a computed rate's population).
/// Keys are stable snake case and always present (`null` when there is no value), written in
/// sorted order (``JSONLayout/sortedIndented``). Numbers are the values at the row's display
/// precision, written exactly as decimals with no trailing zeros (never through binary floating
/// point). Enumerations use their snake-case raw values. `rag` on a row is its latest point's
/// rating.
///
/// ```swift
/// let scorecard = Scorecard(framework: framework, at: "2024-01")
/// print(ScorecardJSON.encode(scorecard))
/// ```
public enum ScorecardJSON {
    /// The scorecard as JSON text with sorted keys; indented unless `compact`.
    public static func encode(_ scorecard: Scorecard, compact: Bool = false) -> String {
        json(scorecard).rendered(compact ? .sortedCompact : .sortedIndented)
    }

    /// The scorecard as a ``JSONValue`` (members in any order: the layouts sort them).
    public static func json(_ scorecard: Scorecard) -> JSONValue {
        .object([
            ("framework", .string(scorecard.name)),
            ("version", .string(scorecard.version)),
            ("at", .string(scorecard.at.description)),
            ("rows", .array(scorecard.rows.map(row))),
        ])
    }

    /// A decimal as the shortest exact number text: no trailing zeros after the point, no point
    /// without digits after it, and no minus sign on zero (`20.50` → `20.5`, `-0.0` → `0`).
    public static func number(_ value: FixedDecimal?) -> JSONValue {
        value.map { .number(JSONNumber($0).canonicalText) } ?? .null
    }

    static func row(_ row: ScorecardRow) -> JSONValue {
        .object([
            ("id", .string(row.id.rawValue)),
            ("outcome", .string(row.outcome)),
            ("title", .string(row.title)),
            ("unit", .string(row.unit.rawValue)),
            ("polarity", .string(row.polarity.rawValue)),
            ("decimals", .integer(row.decimals)),
            ("rag_policy", .string(row.ragPolicy.description)),
            ("rag", .string(row.rag.rawValue)),
            ("basis", .string(row.basis.rawValue)),
            ("target_basis", .string(row.targetBasis.rawValue)),
            ("baseline", row.baseline.map(datedValue) ?? .null),
            ("points", .array(row.points.map(point))),
            ("expected_at", datedValue(row.expectedAt)),
            ("issues", .array(row.issues.map { issue in
                .object([("kind", .string(issue.kind.rawValue)), ("severity", .string(issue.severity.rawValue)),
                         ("date", .text(issue.date?.description)), ("message", .string(issue.message))])
            })),
        ])
    }

    static func datedValue(_ value: ScorecardDatedValue) -> JSONValue {
        .object([("date", .string(value.date.description)), ("value", number(value.value))])
    }

    static func point(_ point: ScorecardPoint) -> JSONValue {
        .object([
            ("date", .string(point.date.description)),
            ("target", number(point.target)),
            ("actual", number(point.actual)),
            ("actual_source", .text(point.actualSource?.rawValue)),
            ("numerator", .integer(point.numerator)),
            ("denominator", .integer(point.denominator)),
            ("expected", number(point.expected)),
            ("status", .text(point.status?.rawValue)),
            ("rag", .string(point.rag.rawValue)),
            ("direction", .text(point.direction?.rawValue)),
            ("movement", .text(point.movement?.rawValue)),
            ("change", point.change.map(changes) ?? .null),
            ("significance", .text(point.significance?.rawValue)),
            ("basis", point.basis.map(basis) ?? .null),
            ("annualised_from_days", .integer(point.annualisedFromDays)),
            ("target_pro_rated_to_days", .integer(point.targetProRatedToDays)),
            ("covered_days", .integer(point.coveredDays)),
            ("no_data", .bool(point.noData)),
            ("population_year", .integer(point.populationYear)),
        ])
    }

    /// A period's basis: `{"kind": "12_months" | "part_year" | "over_12_months", "days": N}`.
    public static func basis(_ basis: PeriodBasis) -> JSONValue {
        .object([("kind", .string(basis.kind.rawValue)), ("days", .integer(basis.days))])
    }

    static func changes(_ figures: ChangeFigures) -> JSONValue {
        func change(_ change: LabelledChange?) -> JSONValue {
            change.map { .object([("value", number($0.value)), ("unit", .string($0.unit.rawValue))]) } ?? .null
        }
        return .object([
            ("from_previous", change(figures.fromPrevious)),
            ("relative_to_previous", change(figures.relativeToPrevious)),
            ("from_target", change(figures.fromTarget)),
            ("relative_to_target", change(figures.relativeToTarget)),
        ])
    }
}
