/// A framework row judged at the scorecard date: its baseline, its points, the expected value
/// at the date, and its issues.
///
/// This is the shape of a row of the command-line `scorecard` JSON: `id`, `outcome`, `title`,
/// `unit`, `polarity`, `baseline` `{date, value}`, `points` `[{date, target, actual, expected,
/// status, rag, direction}]`, `expected_at` `{date, value}` and `issues`.
///
/// ```swift
/// let row = scorecard.rows.first { $0.id == "OF1-03" }!
/// row.expectedAt.value   // 816
/// row.latest?.rag        // .green
/// ```
@frozen
public struct ScorecardRow: Sendable, Hashable, Identifiable {
    /// The row's identifier.
    public var id: FrameworkRowID
    /// The outcome area.
    public var outcome: String
    /// The indicator's title.
    public var title: String
    /// The unit.
    public var unit: MeasureUnit
    /// The polarity.
    public var polarity: Polarity
    /// The display precision every value of the row is rounded to.
    public var decimals: Int
    /// The RAG policy the row was rated with.
    public var ragPolicy: RAGPolicy
    /// The baseline at display precision, if the row has one.
    public var baseline: ScorecardDatedValue?
    /// One point per date that has a target or an actual, in date order (targets after the
    /// scorecard date included, without actuals).
    public var points: [ScorecardPoint]
    /// The trajectory value at the scorecard date.
    public var expectedAt: ScorecardDatedValue
    /// Validation findings and scorecard issues of the row.
    public var issues: [ScorecardIssue]
    /// The period each of the row's dates stands for (the framework row's ``FrameworkIndicator/basis``).
    public var basis: FrameworkBasis = .rolling12Months
    /// What the row's targets are (the framework row's ``FrameworkIndicator/targetBasis``).
    public var targetBasis: TargetBasis = .twelveMonths

    /// Creates a scorecard row.
    public init(id: FrameworkRowID, outcome: String, title: String, unit: MeasureUnit, polarity: Polarity,
                decimals: Int, ragPolicy: RAGPolicy, baseline: ScorecardDatedValue?, points: [ScorecardPoint],
                expectedAt: ScorecardDatedValue, issues: [ScorecardIssue]) {
        self.id = id
        self.outcome = outcome
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.decimals = decimals
        self.ragPolicy = ragPolicy
        self.baseline = baseline
        self.points = points
        self.expectedAt = expectedAt
        self.issues = issues
    }

    /// The latest point with an actual: the row's current position for an at-a-glance board.
    public var latest: ScorecardPoint? {
        points.last { $0.actual != nil }
    }

    /// The latest rating: that of ``latest``, or grey when the row has no actual.
    public var rag: RAGRating { latest?.rag ?? .grey }
}
