/// The JSON keys of DESIGN.md's command-line contract.
enum ContractKeys {
    static let compare: Set<String> = ["indicator", "la", "year", "value", "neighbours", "neighbour_statistic",
                                       "neighbour_value", "neighbour_value_exact", "neighbours_with_value", "region", "england", "rank",
                                       "rank_of", "quartile_band"]
    static let neighbour: Set<String> = ["la", "name", "rank", "closeness", "value"]
    static let validateFile: Set<String> = ["path", "table", "rows_read", "rows_accepted", "rows_rejected", "problems"]
    static let problem: Set<String> = ["line", "column", "severity", "reason"]
    static let scorecardRow: Set<String> = ["id", "outcome", "title", "unit", "polarity", "baseline", "points",
                                            "expected_at", "issues", "basis", "target_basis"]
    static let scorecardPoint: Set<String> = ["date", "target", "actual", "expected", "status", "rag", "direction",
                                              "basis", "annualised_from_days", "target_pro_rated_to_days", "covered_days",
                                              "no_data", "population_year"]
    static let indicatorsArea: Set<String> = ["la", "name", "population", "population_year", "indicators"]
    static let indicator: Set<String> = ["id", "numerator", "denominator", "value", "display", "unit", "decimals",
                                         "state", "coverage", "basis", "covered_days", "population_year"]
    static let period: Set<String> = ["start", "end", "basis"]
    static let basis: Set<String> = ["kind", "days"]
}
