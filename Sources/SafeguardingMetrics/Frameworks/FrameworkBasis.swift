/// The period each date of a framework row stands for: the rolling 12 months ending on it (the
/// default), the year to date (from 1 April of its collection year), or the quarter (the three
/// months ending on it). The raw values are the JSON spellings; a framework CSV's `basis` column
/// also reads `rolling 12 months`, `year to date`, `YTD` and `quarter`.
///
/// A computed actual at a date is counted over that period. A flow count or rate over a year to
/// date or a quarter is a part-year figure: it is annualised by days before it is judged against
/// a 12-month target, unless the row's ``TargetBasis`` asks for its targets to be pro-rated
/// (``PeriodBasis``).
///
/// ```swift
/// let december = Day(year: 2024, month: 12, day: 31)!
/// FrameworkBasis.yearToDate.period(endingOn: december)   // 2024-04-01..2024-12-31
/// FrameworkBasis.quarter.period(endingOn: december)      // 2024-10-01..2024-12-31
/// ```
@frozen
public enum FrameworkBasis: String, Sendable, Hashable, CaseIterable, Codable {
    /// The 12 months ending on the date.
    case rolling12Months = "rolling_12_months"
    /// From 1 April of the collection year containing the date, through the date.
    case yearToDate = "year_to_date"
    /// The three months ending on the date.
    case quarter

    /// The period a date's last day `day` stands for.
    public func period(endingOn day: Day) -> ReportingPeriod {
        switch self {
        case .rolling12Months:
            return .rolling12Months(endingOn: day)
        case .yearToDate:
            return ReportingPeriod(start: ReportingPeriod.collectionYear(ReportingPeriod.collectionYear(containing: day)).start,
                                   end: day)
        case .quarter:
            return ReportingPeriod(start: day.adding(months: -3).advanced(by: 1), end: day)
        }
    }

    /// How the basis is written in a framework CSV: `rolling 12 months`, `year to date`, `quarter`.
    public var written: String {
        switch self {
        case .rolling12Months: "rolling 12 months"
        case .yearToDate: "year to date"
        case .quarter: "quarter"
        }
    }
}
