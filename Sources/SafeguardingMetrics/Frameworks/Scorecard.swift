/// Every row of a framework judged at a date: targets, actuals, trajectory values, statuses,
/// RAG ratings, directions of travel and issues (INDICATORS.md §5).
///
/// Actuals dated after the scorecard date are not used (they are reported). Computed actuals
/// (``ComputedActual``) replace typed-in ones at the same date; a disagreement at display
/// precision is reported. The command-line `scorecard` subcommand writes this value as JSON
/// (SafeguardingData's `ScorecardJSON`).
///
/// ```swift
/// let scorecard = Scorecard(framework: blackpool, at: "2024-01")
/// for row in scorecard.rows {
///     print(row.id, row.rag, row.latest?.travel ?? "")   // OF1-03 green ↓ -35 per 10,000
/// }
/// ```
@frozen
public struct Scorecard: Sendable, Hashable {
    /// The framework's name.
    public var name: String
    /// The framework's version.
    public var version: String
    /// The date the scorecard is drawn up at; a month stands for its last day.
    public var at: FrameworkDate
    /// One row per framework indicator, in framework order.
    public var rows: [ScorecardRow]

    /// Creates a scorecard from its parts.
    public init(name: String, version: String, at: FrameworkDate, rows: [ScorecardRow]) {
        self.name = name
        self.version = version
        self.at = at
        self.rows = rows
    }

    /// Judges every row of `framework` at `date`, taking actuals from `computed` where a row
    /// links to them, and rating with `settings`.
    ///
    /// - Complexity: O(n log n) in the number of points and computed actuals.
    public init(framework: OutcomesFramework, at date: FrameworkDate, computed: [ComputedActual] = [],
                settings: ScorecardSettings = ScorecardSettings()) {
        let findings = Dictionary(grouping: framework.validate(against: computed), by: \.row)
        let computedByIndicator = Dictionary(grouping: computed, by: \.indicator)
        let rows = framework.indicators.enumerated().map { index, indicator in
            ScorecardRow(indicator, at: date, findings: findings[index] ?? [],
                         computed: (computedByIndicator[indicator.linkedIndicator] ?? [])
                             .filter { $0.rowBasis == nil || $0.rowBasis == indicator.basis },
                         settings: settings)
        }
        self.init(name: framework.name, version: framework.version, at: date, rows: rows)
    }

    /// How many rows are rated green, amber, red and grey (by their ``ScorecardRow/latest`` point).
    public var ragCounts: [RAGRating: Int] {
        var counts: [RAGRating: Int] = [:]
        for row in rows { counts[row.rag, default: 0] += 1 }
        return counts
    }
}
