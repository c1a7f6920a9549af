/// A reporting period: every day from ``start`` through ``end``, both inclusive.
///
/// Flow measures count events dated inside the period; snapshot measures are taken at the end of
/// its last day. Any period works the same way: a DfE collection year, a rolling 12 months for an
/// October board, a quarter, a month.
///
/// ```swift
/// let year = ReportingPeriod.collectionYear(2025)          // 2024-04-01...2025-03-31
/// let october = ReportingPeriod.rolling12Months(endingOn: Day(year: 2024, month: 10, day: 31)!)
/// print(october)                                          // 2023-11-01..2024-10-31
/// ```
@frozen
public struct ReportingPeriod: Sendable, Hashable {
    /// The first day of the period.
    public let start: Day
    /// The last day of the period (the snapshot date).
    public let end: Day

    /// Creates the period from `start` through `end`.
    ///
    /// - Precondition: `start` is on or before `end`; use ``init(parsing:)`` for untrusted text.
    public init(start: Day, end: Day) {
        precondition(start <= end, "a period's start must not be after its end")
        self.start = start
        self.end = end
    }

    /// Collection year `year`: 1 April of `year − 1` through 31 March of `year` ("2025" is the
    /// year ending 31 March 2025).
    public static func collectionYear(_ year: Int) -> ReportingPeriod {
        precondition((2...9999).contains(year), "collection year out of range")
        return ReportingPeriod(start: Day(year: year - 1, month: 4, day: 1)!, end: Day(year: year, month: 3, day: 31)!)
    }

    /// The 12 months ending on `end`: from the day after the same date a year earlier (clamped
    /// for 29 February) through `end`.
    public static func rolling12Months(endingOn end: Day) -> ReportingPeriod {
        ReportingPeriod(start: end.adding(months: -12).advanced(by: 1), end: end)
    }

    /// One calendar month.
    public static func month(_ month: YearMonth) -> ReportingPeriod {
        ReportingPeriod(start: month.firstDay, end: month.lastDay)
    }

    /// Whether `day` falls inside the period (both ends inclusive).
    @inlinable
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The number of days in the period, counting both ends.
    public var dayCount: Int { start.distance(to: end) + 1 }

    /// The collection year that contains the period's end (the year whose OC2 and OC3 returns a
    /// period uses).
    public var collectionYearOfEnd: Int { ReportingPeriod.collectionYear(containing: end) }

    /// The collection year containing `day`: 1 April 2024 through 31 March 2025 is 2025.
    public static func collectionYear(containing day: Day) -> Int {
        let (year, month, _) = day.components
        return month >= 4 ? year + 1 : year
    }

    /// The ONS mid-year whose population estimate the DfE pairs with this period: the calendar
    /// year in which the period starts (the year ending 31 March 2025 uses mid-2024).
    public var populationMidYear: Int { start.year }

    /// Whether this period is exactly a collection year.
    public var isCollectionYear: Bool {
        self == ReportingPeriod.collectionYear(collectionYearOfEnd)
    }
}

/// Why a reporting period could not be read.
@frozen
public enum PeriodParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not a collection year, a month or a `start..end` range.
    case malformed(String)
    /// A date inside the text could not be read.
    case date(DateParseError)
    /// The end is before the start.
    case endBeforeStart(String)

    /// A sentence describing the problem, quoting the text.
    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a period (expected 2025, 2024-25, 2023-10, or 2024-04-01..2025-03-31)"
        case .date(let error): error.description
        case .endBeforeStart(let text): "'\(text)' ends before it starts"
        }
    }
}

extension ReportingPeriod {
    /// Reads a period: a collection year (`2025` or `2024-25`), a month (`2023-10`), or an
    /// inclusive range of dates `START..END` in any layout ``Day/init(parsing:twoDigitYears:)`` reads.
    ///
    /// - Throws: ``PeriodParseError`` naming the text.
    public init(parsing text: String) throws(PeriodParseError) {
        let trimmed = text.trimmingBlanks()
        if let range = trimmed.firstRange(of: "..") {
            let start: Day, end: Day
            do {
                start = try Day(parsing: String(trimmed[..<range.lowerBound]))
                end = try Day(parsing: String(trimmed[range.upperBound...]))
            } catch { throw .date(error) }
            guard start <= end else { throw .endBeforeStart(text) }
            self.init(start: start, end: end)
            return
        }
        let digits = trimmed.filter(\.isNumber)
        if trimmed.count == 4, digits.count == 4, let year = Int(trimmed), year >= 2 {
            self = .collectionYear(year)
            return
        }
        // 2024-25: the financial year ending in 2025.
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, digits.count == 6,
           let first = Int(parts[0]), let second = Int(parts[1]), (first + 1) % 100 == second {
            self = .collectionYear(first + 1)
            return
        }
        if let month = try? YearMonth(parsing: trimmed) {
            self = .month(month)
            return
        }
        throw .malformed(text)
    }
}

extension ReportingPeriod: CustomStringConvertible {
    /// The `start..end` form in ISO dates, which ``init(parsing:)`` reads back.
    public var description: String { "\(start)..\(end)" }
}
