/// One indicator's figure for one area (or one breakdown cell): its integer numerator and
/// denominator, exact value, published-precision display value, state and coverage.
///
/// ```swift
/// let result = results.areas[0].result(for: "cla.rate")!
/// print(result.numerator, result.denominator, result.display ?? "z")   // 190 28923 66
/// ```
@frozen
public struct IndicatorResult: Sendable, Hashable {
    /// The indicator's definition.
    public var indicator: Indicator
    /// The count measured (for an average, the sum of the scores).
    public var numerator: Int64
    /// What it is measured against: the population, the group, or the number of scores; 0 when
    /// undefined. For a count it equals 1 when the count is defined.
    public var denominator: Int64
    /// The exact value (numerator / denominator × the unit's scale), or `nil` when undefined.
    public var exact: Rational?
    /// The value rounded half up at the indicator's precision, or `nil` when undefined or suppressed.
    public var display: FixedDecimal?
    /// Whether there is a value to show.
    public var state: ResultState
    /// Records that could not be fully classified.
    public var coverage: [CoverageCount]
    /// Notes on completeness, such as a history too short for a look-back.
    public var notes: [String]

    /// Creates a result from its parts.
    public init(indicator: Indicator, numerator: Int64, denominator: Int64, exact: Rational?, display: FixedDecimal?,
                state: ResultState, coverage: [CoverageCount] = [], notes: [String] = []) {
        self.indicator = indicator
        self.numerator = numerator
        self.denominator = denominator
        self.exact = exact
        self.display = display
        self.state = state
        self.coverage = coverage
        self.notes = notes
    }

    /// The identifier.
    public var id: IndicatorID { indicator.id }

    /// The figure as published: the number, `z` when undefined, `c` when suppressed.
    public var published: PublishedValue {
        switch state {
        case .ok: display.map(PublishedValue.number) ?? .symbol(.notApplicable)
        case .undefined: .symbol(.notApplicable)
        case .suppressed: .symbol(.confidential)
        }
    }
}
