/// One indicator's figure for one area (or one breakdown cell): its integer numerator and
/// denominator, exact value, published-precision display value, state and coverage; its period
/// (and so its ``basis``), the days of it the returns hold and, for a rate, the population's mid-year.
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
    /// The period the result is for (`nil` for a result made by hand).
    public var period: ReportingPeriod?
    /// How many days of ``period`` the loaded returns hold for the authority and the indicator's
    /// return (SSDA903 or CIN census): all of them, fewer when ``state`` is
    /// ``ResultState/partial``, 0 when ``ResultState/notCovered``; `nil` when not known.
    public var coveredDays: Int?
    /// The ONS mid-year of the population a rate is computed against (`nil` when the
    /// denominator is not a population).
    public var populationYear: Int?

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
        self.period = nil
        self.coveredDays = nil
        self.populationYear = nil
    }

    /// The period's length against 12 months (`nil` when ``period`` is not known).
    public var basis: PeriodBasis? { period?.basis }

    /// The exact value brought to 12 months (``PeriodBasis/annualised(_:)``) when the indicator is
    /// annualisable (``Indicator/isAnnualisable``), the period is not 12 months and there is a
    /// value; `nil` otherwise.
    public var annualised: Rational? {
        guard indicator.isAnnualisable, state.hasValue, let exact, let basis, !basis.isTwelveMonths else { return nil }
        return basis.annualised(exact)
    }

    /// The identifier.
    public var id: IndicatorID { indicator.id }

    /// The figure as published: the number, `z` when undefined, `c` when suppressed, `x` when the
    /// returns do not hold the period.
    public var published: PublishedValue {
        switch state {
        case .ok, .partial: display.map(PublishedValue.number) ?? .symbol(.notApplicable)
        case .undefined: .symbol(.notApplicable)
        case .suppressed: .symbol(.confidential)
        case .notCovered: .symbol(.notAvailable)
        }
    }
}
