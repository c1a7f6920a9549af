/// One date of a scorecard row: the target and actual there, the trajectory value, and how the
/// actual is judged.
///
/// Every value is at the row's display precision. A date with a target but no actual (yet) has
/// no status, direction or change and is rated grey.
///
/// ```swift
/// let point = row.points[0]
/// print(point.date, point.actual!, point.status!, point.rag)   // 2023-10 798 better green
/// print(point.movement!.symbol, point.change!.fromPrevious!)   // ↓ -35 per 10,000
/// ```
@frozen
public struct ScorecardPoint: Sendable, Hashable {
    /// The date.
    public var date: FrameworkDate
    /// The target due at the date, if one with a value is.
    public var target: FixedDecimal?
    /// The actual at the date, if there is one dated on or before the scorecard date.
    public var actual: FixedDecimal?
    /// Whether the actual was typed in or computed.
    public var actualSource: ActualSource?
    /// The numerator behind the actual, when known.
    public var numerator: Int64?
    /// The denominator behind the actual, when known.
    public var denominator: Int64?
    /// The trajectory value at the date.
    public var expected: FixedDecimal?
    /// The actual's status against the target (or the trajectory value).
    public var status: TargetStatus?
    /// The rating under the row's RAG policy.
    public var rag: RAGRating
    /// Better or worse than the previous actual (the baseline for the first).
    public var direction: DirectionOfTravel?
    /// Up, down or level since the previous actual, whatever the polarity.
    public var movement: Movement?
    /// The change figures, each labelled with its unit.
    public var change: ChangeFigures?
    /// The comparison with the comparator, when a comparator value and counts were available.
    public var significance: SignificanceComparison?
    /// The length of the computed actual's period against 12 months (`nil` for a typed-in actual).
    public var basis: PeriodBasis?
    /// The days the actual was annualised from (``PeriodBasis/annualised(_:)``): set when a flow
    /// count or rate over a period that is not 12 months is judged against a 12-month target.
    public var annualisedFromDays: Int?
    /// The days the target was pro-rated to (``PeriodBasis/proRated(_:)``), when the row's
    /// ``TargetBasis`` asks for that: ``target`` is then the pro-rated target.
    public var targetProRatedToDays: Int?
    /// How many days of the computed actual's period the returns hold, when not all of them.
    public var coveredDays: Int?
    /// Whether a computed actual was asked for here but the returns hold none of its period and
    /// nothing was typed in: the report shows "no data".
    public var noData = false
    /// The ONS mid-year of the population a computed rate used.
    public var populationYear: Int?

    /// Creates a scorecard point.
    public init(date: FrameworkDate, target: FixedDecimal? = nil, actual: FixedDecimal? = nil,
                actualSource: ActualSource? = nil, numerator: Int64? = nil, denominator: Int64? = nil,
                expected: FixedDecimal? = nil, status: TargetStatus? = nil, rag: RAGRating = .grey,
                direction: DirectionOfTravel? = nil, movement: Movement? = nil, change: ChangeFigures? = nil,
                significance: SignificanceComparison? = nil) {
        self.date = date
        self.target = target
        self.actual = actual
        self.actualSource = actualSource
        self.numerator = numerator
        self.denominator = denominator
        self.expected = expected
        self.status = status
        self.rag = rag
        self.direction = direction
        self.movement = movement
        self.change = change
        self.significance = significance
    }

    /// What a board shows beside the actual about its period: `annualised from 275 days`,
    /// `target pro-rated to 275 days`, `returns hold 90 of 275 days`; `nil` when there is nothing to say.
    public var periodNote: String? {
        var parts: [String] = []
        if let days = annualisedFromDays { parts.append("annualised from \(days) days") }
        if let days = targetProRatedToDays { parts.append("target pro-rated to \(days) days") }
        if let coveredDays, let basis, coveredDays < basis.days { parts.append("returns hold \(coveredDays) of \(basis.days) days") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The movement and signed change, as shown on a board: `↓ -35 per 10,000`, `= 0 pp`.
    public var travel: String? {
        guard let movement, let change = change?.fromPrevious else { return nil }
        return "\(movement.symbol) \(change)"
    }
}
