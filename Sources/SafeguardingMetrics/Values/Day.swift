/// A civil date with no time zone, stored as a day number: the count of days since 1970-01-01.
///
/// Every date in the statutory returns (referral dates, episode starts, birth dates) is a `Day`.
/// Storing the day number as an `Int32` keeps columns of dates narrow and makes date arithmetic
/// plain integer arithmetic: the number of days from `a` to `b` is `b.dayNumber - a.dayNumber`.
///
/// The calendar is the proleptic Gregorian calendar for every year from 1 to 9999, so odd
/// dates found in real data (`1066-04-13` in a published sample) are still representable.
///
/// ```swift
/// let referral = Day(year: 2024, month: 2, day: 29)!
/// print(referral)                    // 2024-02-29
/// print(referral.adding(months: 12)) // 2025-02-28 (clamped to the month's last day)
/// ```
@frozen
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int32

    /// Creates a day from its day number (days since 1970-01-01).
    @inlinable
    public init(dayNumber: Int32) {
        self.dayNumber = dayNumber
    }

    /// Creates a day from a year, month (1-12) and day of month, or `nil` when no such date exists
    /// (`31/02/2024`, month 13, year 0).
    ///
    /// - Parameters:
    ///   - year: The year, 1 through 9999.
    ///   - month: The month, 1 (January) through 12 (December).
    ///   - day: The day of the month, 1 through the month's length.
    @inlinable
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month)
        else { return nil }
        self.dayNumber = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// The components of this day in the proleptic Gregorian calendar.
    @inlinable
    public var components: (year: Int, month: Int, day: Int) {
        Day.civilFromDays(Int(dayNumber))
    }

    /// The year of this day.
    @inlinable public var year: Int { components.year }
    /// The month of this day, 1 through 12.
    @inlinable public var month: Int { components.month }
    /// The day of the month, 1 through 31.
    @inlinable public var dayOfMonth: Int { components.day }

    /// The ISO weekday: 1 is Monday, 7 is Sunday.
    @inlinable
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (ISO 4).
        let offset = (Int(dayNumber) + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// Whether this day is a Saturday or a Sunday.
    @inlinable
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// Orders days chronologically.
    @inlinable
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// Whether `year` is a leap year in the Gregorian calendar.
    @inlinable
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year (28 to 31).
    ///
    /// - Precondition: `month` is 1 through 12.
    @inlinable
    public static func daysInMonth(year: Int, month: Int) -> Int {
        precondition((1...12).contains(month), "month must be 1...12")
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days, exact for the proleptic Gregorian calendar.
    @usableFromInline
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    @usableFromInline
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Day: Strideable {
    /// The number of days from this day to `other`.
    @inlinable
    public func distance(to other: Day) -> Int { Int(other.dayNumber) - Int(dayNumber) }

    /// The day `n` days after this one (before it when `n` is negative).
    @inlinable
    public func advanced(by n: Int) -> Day { Day(dayNumber: Int32(Int(dayNumber) + n)) }
}

extension Day: CustomStringConvertible {
    /// The ISO 8601 form, `yyyy-mm-dd`.
    public var description: String { formatted(.iso) }
}
