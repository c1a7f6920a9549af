extension WorkingDayCalendar {
    /// England and Wales bank holidays for 2010 through 2030.
    ///
    /// The rule-based holidays (New Year's Day, Good Friday, Easter Monday, the early May, spring
    /// and summer bank holidays, Christmas Day and Boxing Day, with substitute days when they fall
    /// at a weekend) plus the one-off changes: 29 April 2011 (royal wedding); 4 and 5 June 2012
    /// (spring holiday moved, Diamond Jubilee); 8 May 2020 (early May moved); 2 and 3 June 2022
    /// (spring holiday moved, Platinum Jubilee); 19 September 2022 (state funeral); 8 May 2023
    /// (coronation).
    public static let englandAndWales = WorkingDayCalendar(
        holidays: (2010...2030).flatMap(englandAndWalesHolidays(in:)),
        coveredYears: 2010...2030
    )

    /// The England and Wales bank holidays of one year, in date order, by the rules and one-off
    /// changes listed on ``englandAndWales``.
    public static func englandAndWalesHolidays(in year: Int) -> [Day] {
        func day(_ month: Int, _ dayOfMonth: Int) -> Day { Day(year: year, month: month, day: dayOfMonth)! }
        func firstMonday(_ month: Int) -> Day {
            let first = day(month, 1)
            return first.advanced(by: (8 - first.isoWeekday) % 7)
        }
        func lastMonday(_ month: Int) -> Day {
            let last = day(month, Day.daysInMonth(year: year, month: month))
            return last.advanced(by: -((last.isoWeekday + 6) % 7))
        }

        var result: [Day] = []
        // New Year's Day, or the next Monday.
        let newYear = day(1, 1)
        result.append(newYear.isWeekend ? newYear.advanced(by: newYear.isoWeekday == 6 ? 2 : 1) : newYear)
        // Easter.
        let easter = easterSunday(year)
        result.append(easter.advanced(by: -2))
        result.append(easter.advanced(by: 1))
        // Early May: first Monday, moved to VE Day (Friday 8 May) in 2020.
        result.append(year == 2020 ? day(5, 8) : firstMonday(5))
        // Spring: last Monday of May, moved in jubilee years.
        switch year {
        case 2012: result.append(contentsOf: [day(6, 4), day(6, 5)])
        case 2022: result.append(contentsOf: [day(6, 2), day(6, 3)])
        default: result.append(lastMonday(5))
        }
        // Summer: last Monday of August.
        result.append(lastMonday(8))
        // Christmas and Boxing Day with substitutes.
        let christmas = day(12, 25)
        switch christmas.isoWeekday {
        case 5: result.append(contentsOf: [christmas, day(12, 28)])          // Fri: Boxing Day → Mon 28
        case 6: result.append(contentsOf: [day(12, 27), day(12, 28)])        // Sat: Mon 27, Tue 28
        case 7: result.append(contentsOf: [day(12, 26), day(12, 27)])        // Sun: Mon 26, Tue 27
        default: result.append(contentsOf: [christmas, day(12, 26)])
        }
        // One-off days.
        switch year {
        case 2011: result.append(day(4, 29))
        case 2022: result.append(day(9, 19))
        case 2023: result.append(day(5, 8))
        default: break
        }
        return result.sorted()
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let dayOfMonth = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: dayOfMonth)!
    }
}
