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

    /// The movement and signed change, as shown on a board: `↓ -35 per 10,000`, `= 0 pp`.
    public var travel: String? {
        guard let movement, let change = change?.fromPrevious else { return nil }
        return "\(movement.symbol) \(change)"
    }
}
