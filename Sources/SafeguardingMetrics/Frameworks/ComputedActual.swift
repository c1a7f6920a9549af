/// An indicator value computed from the cohort, to stand as a framework row's actual.
///
/// Results of the aggregation core convert to this: the indicator's identifier, the date the
/// value describes (a period's end), the exact value and, for rates and percentages, the
/// numerator and denominator (which the significance rule needs). A framework row picks up the
/// computed actuals whose ``indicator`` is its ``FrameworkIndicator/linkedIndicator``, at the
/// dates they fall on; a typed-in actual at the same date that differs at display precision is
/// reported.
///
/// A zero denominator is undefined: ``value`` is `nil`, and the row's actual is reported as
/// undefined rather than shown as 0.
///
/// ```swift
/// let referrals = ComputedActual(indicator: "referrals.rate", date: "2023-10",
///                                rate: RatePer10k(2_160, of: 27_069))
/// referrals.value?.rounded(toDecimals: 0) // 798
/// ```
@frozen
public struct ComputedActual: Sendable, Hashable {
    /// The computed indicator's identifier.
    public var indicator: IndicatorID
    /// The date the value describes; a month stands for its last day.
    public var date: FrameworkDate
    /// The unit of the value.
    public var unit: MeasureUnit
    /// The exact value, or `nil` when undefined (zero denominator).
    public var value: Rational?
    /// The count behind the value, when it is a rate, percentage or mean.
    public var numerator: Int64?
    /// The group, population or number of scores, when known.
    public var denominator: Int64?
    /// The period the value was counted over (`nil` when not known: then it is taken to be the
    /// 12 months ending on ``date``).
    public var period: ReportingPeriod?
    /// The framework basis it was computed for: only rows of that basis use it (`nil`: any row,
    /// as for a period asked for explicitly).
    public var rowBasis: FrameworkBasis?
    /// Whether it is a flow count or rate (``Indicator/isAnnualisable``): annualised, or judged
    /// against a pro-rated target, when ``period`` is not 12 months.
    public var isAnnualisable = false
    /// How many days of ``period`` the returns hold: `nil` for all of them (or not known), 0 for
    /// none (no value: the report shows "no data"), fewer than the period's days for part.
    public var coveredDays: Int?
    /// The ONS mid-year of the population a rate was computed against, when it is one.
    public var populationYear: Int?

    /// Creates a computed actual from its parts.
    ///
    /// - Precondition: `value` is `nil` only when `denominator` is 0 (undefined, or a period the
    ///   returns do not hold: then set ``coveredDays`` to 0).
    public init(indicator: IndicatorID, date: FrameworkDate, unit: MeasureUnit, value: Rational?,
                numerator: Int64? = nil, denominator: Int64? = nil) {
        precondition(value != nil || denominator == 0, "only a zero denominator leaves a computed actual undefined")
        self.indicator = indicator
        self.date = date
        self.unit = unit
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A computed rate or percentage, keeping its numerator and denominator.
    ///
    /// ```swift
    /// ComputedActual(indicator: "cla.missing.percent", date: "2024-03", rate: Percentage(42, of: 224))
    /// ```
    public init<Scale: RateScale>(indicator: IndicatorID, date: FrameworkDate, rate: Rate<Scale>) {
        self.init(indicator: indicator, date: date, unit: Scale.unit,
                  value: rate.isUndefined ? nil
                      : Rational(Int128(rate.numerator) * Int128(Scale.multiplier), Int128(rate.denominator)),
                  numerator: rate.numerator, denominator: rate.denominator)
    }

    /// A computed average score, keeping its sum and count as numerator and denominator.
    public init(indicator: IndicatorID, date: FrameworkDate, mean: MeanScore) {
        self.init(indicator: indicator, date: date, unit: .averageScore,
                  value: mean.isUndefined ? nil : Rational(Int128(mean.sum), Int128(mean.count)),
                  numerator: mean.sum, denominator: mean.count)
    }

    /// A computed count.
    public init(indicator: IndicatorID, date: FrameworkDate, count: Int64) {
        self.init(indicator: indicator, date: date, unit: .count, value: Rational(Int128(count), 1))
    }

    /// A computed value known only as a decimal (no numerator and denominator).
    public init(indicator: IndicatorID, date: FrameworkDate, unit: MeasureUnit, decimal: FixedDecimal) {
        self.init(indicator: indicator, date: date, unit: unit, value: Rational(decimal))
    }

    /// The period's length against 12 months (``PeriodBasis``), when ``period`` is known.
    public var basis: PeriodBasis? { period?.basis }

    /// Whether the returns hold none of the period: there is no value.
    public var isNotCovered: Bool { coveredDays == 0 }

    /// Whether the returns hold only part of the period.
    public var isPartial: Bool {
        guard let coveredDays, let period, coveredDays > 0 else { return false }
        return coveredDays < period.dayCount
    }

    /// The value rounded half up to `decimals`, or `nil` when undefined.
    public func rounded(toDecimals decimals: Int) -> FixedDecimal? {
        value?.rounded(toDecimals: decimals)
    }
}
