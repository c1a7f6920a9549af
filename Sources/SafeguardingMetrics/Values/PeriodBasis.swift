/// How long a reporting period is, measured against the 12 months a target is usually set for:
/// `12_months`, `part_year` or `over_12_months`, with its number of days.
///
/// A period is **12 months** when it is exactly the rolling 12 months ending on its last day
/// (``ReportingPeriod/rolling12Months(endingOn:)``: 365 days, or 366 when it holds a 29 February,
/// so a collection year is always 12 months). It is **part year** when it is shorter (a quarter,
/// nine months, a year to date) and **over 12 months** when it is longer (two collection years).
///
/// **Annualising.** A count or rate of a flow (``Indicator/isAnnualisable``) over a period that is
/// not 12 months is brought to a 12-month figure by days before it is judged against a 12-month
/// target: value × 365 ÷ days, whatever the period's leap days (a 275-day count of 435 per
/// 10,000 annualises to 435 × 365 ÷ 275 = 577.36…; a 730-day count is halved). The opposite, a
/// target pro-rated to the period, is target × days ÷ 365. Percentages, averages and snapshots
/// are never annualised: a percentage of a part year is already a proportion, an average is an
/// average, and a snapshot is a count on one day.
///
/// ```swift
/// let nineMonths = ReportingPeriod(start: Day(year: 2024, month: 4, day: 1)!, end: Day(year: 2024, month: 12, day: 31)!)
/// print(nineMonths.basis)                                 // part_year (275 days)
/// print(nineMonths.basis.annualised(Rational(435)))       // 577.363636…
/// print(ReportingPeriod.collectionYear(2024).basis.kind)  // twelveMonths (366 days)
/// ```
@frozen
public struct PeriodBasis: Sendable, Hashable, CustomStringConvertible {
    /// The length of a period against 12 months. The raw values are the JSON contract's.
    @frozen
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Exactly the 12 months ending on the period's last day.
        case twelveMonths = "12_months"
        /// Shorter than 12 months.
        case partYear = "part_year"
        /// Longer than 12 months.
        case overTwelveMonths = "over_12_months"
    }

    /// The days a year counts when annualising or pro-rating: 365, leap years included.
    public static let daysPerYear = 365

    /// The period's length against 12 months.
    public var kind: Kind
    /// The number of days in the period, both ends counted.
    public var days: Int

    /// The basis of `period`.
    public init(_ period: ReportingPeriod) {
        let year = ReportingPeriod.rolling12Months(endingOn: period.end)
        days = period.dayCount
        kind = period.start == year.start ? .twelveMonths : period.start > year.start ? .partYear : .overTwelveMonths
    }

    /// Creates a basis from its parts.
    ///
    /// - Precondition: `days` is 1 or more.
    public init(kind: Kind, days: Int) {
        precondition(days >= 1, "a period has at least one day")
        self.kind = kind
        self.days = days
    }

    /// Whether the period is exactly 12 months, so nothing is annualised or pro-rated.
    public var isTwelveMonths: Bool { kind == .twelveMonths }

    /// `value` over this period brought to 12 months: value × 365 ÷ ``days`` (unchanged for a
    /// 12-month period).
    public func annualised(_ value: Rational) -> Rational {
        isTwelveMonths ? value : value * Rational(Int128(PeriodBasis.daysPerYear), Int128(days))
    }

    /// A 12-month `target` pro-rated to this period: target × ``days`` ÷ 365 (unchanged for a
    /// 12-month period).
    public func proRated(_ target: Rational) -> Rational {
        isTwelveMonths ? target : target * Rational(Int128(days), Int128(PeriodBasis.daysPerYear))
    }

    /// The kind's raw value and the days: `part_year (275 days)`.
    public var description: String { "\(kind.rawValue) (\(days) days)" }
}

extension ReportingPeriod {
    /// The period's length against 12 months (``PeriodBasis``).
    public var basis: PeriodBasis { PeriodBasis(self) }
}
