/// A calendar of working days: Monday to Friday, except the listed holidays.
///
/// INDICATORS.md counts timeliness in working days ("within 45 working days"): the number of
/// working days *after* the start date up to and including the end date, so the same day is 0.
/// ``englandAndWales`` is the default (bank holidays 2010-2030); any other list of holidays can be
/// supplied, for example a council's own closure days or a later year's proclamations.
///
/// Outside ``coveredYears`` no holidays are known, and only weekends are excluded.
///
/// ```swift
/// let calendar = WorkingDayCalendar.englandAndWales
/// let start = Day(year: 2024, month: 12, day: 20)!   // a Friday
/// let end = Day(year: 2024, month: 12, day: 27)!     // the next Friday
/// calendar.workingDays(after: start, through: end)  // 3: 23, 24 and 27 December
/// ```
@frozen
public struct WorkingDayCalendar: Sendable, Hashable {
    /// The holidays, sorted and without duplicates; weekend days are kept but have no effect.
    public let holidays: [Day]
    /// The years for which the holiday list is complete.
    public let coveredYears: ClosedRange<Int>
    /// First day of the dense table (1 January of the first covered year).
    @usableFromInline let origin: Int32
    /// `holidaysThrough[i]`: the number of weekday holidays on or before `origin + i`.
    @usableFromInline let holidaysThrough: [Int32]

    /// Creates a calendar from a list of holidays that is complete for `coveredYears`.
    ///
    /// Holidays outside `coveredYears` are ignored; holidays that fall on a weekend change nothing.
    /// - Precondition: `coveredYears` lies within 1...9999.
    public init(holidays: some Sequence<Day>, coveredYears: ClosedRange<Int>) {
        precondition(coveredYears.lowerBound >= 1 && coveredYears.upperBound <= 9999, "years must be 1...9999")
        let first = Day(year: coveredYears.lowerBound, month: 1, day: 1)!
        let last = Day(year: coveredYears.upperBound, month: 12, day: 31)!
        let sorted = Array(Set(holidays.filter { $0 >= first && $0 <= last })).sorted()
        var table = [Int32](repeating: 0, count: first.distance(to: last) + 1)
        var running: Int32 = 0
        var next = 0
        for offset in table.indices {
            let day = first.advanced(by: offset)
            while next < sorted.count, sorted[next] == day {
                if !day.isWeekend { running += 1 }
                next += 1
            }
            table[offset] = running
        }
        self.holidays = sorted
        self.coveredYears = coveredYears
        self.origin = first.dayNumber
        self.holidaysThrough = table
    }

    /// Whether `day` is a working day: a weekday that is not a holiday.
    @inlinable
    public func isWorkingDay(_ day: Day) -> Bool {
        !day.isWeekend && holidayCount(through: day) == holidayCount(through: day.advanced(by: -1))
    }

    /// The number of working days after `start` up to and including `end`.
    ///
    /// The same day gives 0 and the next working day gives 1. When `end` is before `start` the
    /// result is negative (minus the working days after `end` through `start`): callers treat an
    /// end before its start as invalid data.
    /// - Complexity: O(1), with no allocation.
    @inlinable
    public func workingDays(after start: Day, through end: Day) -> Int {
        Int(workingDayIndex(end)) - Int(workingDayIndex(start))
    }

    /// A running count of working days: the difference between two days' indices is the number
    /// of working days after the first through the second.
    @inlinable
    public func workingDayIndex(_ day: Day) -> Int64 {
        // Weekdays from Monday 1970-01-05 (day number 4) through `day`.
        let n = Int64(day.dayNumber) - 4
        let weeks = n >= 0 ? n / 7 : (n - 6) / 7
        let rem = n - weeks * 7
        return weeks * 5 + min(rem + 1, 5) - Int64(holidayCount(through: day))
    }

    @inlinable
    func holidayCount(through day: Day) -> Int32 {
        let offset = Int(day.dayNumber) - Int(origin)
        if offset < 0 { return 0 }
        if offset >= holidaysThrough.count { return holidaysThrough.last ?? 0 }
        return holidaysThrough[offset]
    }

    /// Two calendars are equal when they have the same holidays and coverage.
    public static func == (lhs: WorkingDayCalendar, rhs: WorkingDayCalendar) -> Bool {
        lhs.holidays == rhs.holidays && lhs.coveredYears == rhs.coveredYears
    }

    /// Hashes the holidays and coverage.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(holidays)
        hasher.combine(coveredYears.lowerBound)
        hasher.combine(coveredYears.upperBound)
    }
}
