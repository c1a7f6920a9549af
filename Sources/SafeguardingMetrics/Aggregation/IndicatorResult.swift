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

/// Whether a result has a value to show.
@frozen
public enum ResultState: String, Sendable, Hashable, CaseIterable {
    /// A value.
    case ok
    /// A zero denominator: no value (published as `z`).
    case undefined
    /// Hidden for publication (published as `c`).
    case suppressed
}

/// A count of records that could not be fully classified, next to the value they affect.
@frozen
public struct CoverageCount: Sendable, Hashable {
    /// What could not be classified.
    public var kind: CoverageKind
    /// How many records.
    public var count: Int64

    /// Creates a coverage count.
    public init(kind: CoverageKind, count: Int64) {
        self.kind = kind
        self.count = count
    }
}

/// What a coverage count counts; the raw value is the stable `snake_case` JSON key.
@frozen
public enum CoverageKind: String, Sendable, Hashable, CaseIterable {
    /// Placements whose distance from home is unknown (a blank postcode or one not in the lookup).
    case distanceUnknown = "distance_unknown"
    /// Records with a placement code that is blank or not in the code list.
    case invalidCode = "invalid_code"
    /// Records with a date needed for the measure blank or unreadable.
    case unknownDate = "unknown_date"
    /// Records whose end is before their start (kept in the denominator, not timely).
    case endBeforeStart = "end_before_start"
    /// Children whose date of birth is unknown, so their age could not be taken.
    case birthUnknown = "birth_unknown"
    /// SDQ scores present but not a valid score 0-40 (treated as no score).
    case invalidScore = "invalid_score"
    /// Plans whose `NumberOfPreviousCPP` of 0 is contradicted by an earlier plan in the data.
    case contradictedPreviousPlans = "contradicted_previous_plans"
    /// Episodes of care open at the same time as another of the same child.
    case overlappingEpisodes = "overlapping_episodes"
    /// Care leavers left out because they died or returned home.
    case excluded
}
