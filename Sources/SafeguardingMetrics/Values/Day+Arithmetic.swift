extension Day {
    /// The same day of the month `months` months later (earlier when negative), clamped to the
    /// last day of the target month.
    ///
    /// This is the rule INDICATORS.md uses for "N months before date D": 31 May minus 3 months is
    /// 28 (or 29) February, and 29 February plus 12 months is 28 February.
    ///
    /// ```swift
    /// Day(year: 2024, month: 8, day: 31)!.adding(months: -6) // 2024-02-29
    /// ```
    /// - Complexity: O(1).
    @inlinable
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let index = y * 12 + (m - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        let clampedYear = min(max(year, 1), 9999)
        let day = min(d, Day.daysInMonth(year: clampedYear, month: month))
        return Day(dayNumber: Int32(Day.daysFromCivil(year: clampedYear, month: month, day: day)))
    }

    /// The same day of the month `years` years later (earlier when negative); 29 February becomes
    /// 28 February in a non-leap year.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func adding(years: Int) -> Day { adding(months: years * 12) }

    /// The day `days` days later (earlier when negative).
    ///
    /// - Complexity: O(1).
    @inlinable
    public func adding(days: Int) -> Day { advanced(by: days) }

    /// Age in completed years on `date` of someone born on this day.
    ///
    /// A birthday counts from the day itself: a child born on 29 February becomes a year older on
    /// 1 March in a non-leap year (and on 29 February in a leap year). The result is negative when
    /// `date` is before the birth (an unborn child).
    ///
    /// ```swift
    /// let born = Day(year: 2008, month: 2, day: 29)!
    /// born.age(on: Day(year: 2025, month: 2, day: 28)!) // 16
    /// born.age(on: Day(year: 2025, month: 3, day: 1)!)  // 17
    /// ```
    /// - Complexity: O(1).
    @inlinable
    public func age(on date: Day) -> Int {
        let birth = components
        let now = date.components
        var years = now.year - birth.year
        if (now.month, now.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}
