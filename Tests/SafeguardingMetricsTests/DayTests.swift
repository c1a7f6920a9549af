import Testing
import SafeguardingMetrics

@Suite("Civil dates")
struct DayTests {
    @Test("Day numbers count from 1970-01-01")
    func dayNumbersCountFromTheEpoch() {
        #expect(Day(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(Day(year: 1969, month: 12, day: 31)?.dayNumber == -1)
        #expect(Day(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
        #expect(Day(year: 2025, month: 3, day: 31)?.dayNumber == 20_178)
    }

    @Test("Impossible dates are rejected when built from components")
    func impossibleDatesAreRejected() {
        #expect(Day(year: 2024, month: 2, day: 30) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2024, month: 13, day: 1) == nil)
        #expect(Day(year: 2024, month: 4, day: 31) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("All three written layouts parse", arguments: [
        ("2025-03-31", 2025, 3, 31), ("31/03/2025", 2025, 3, 31), ("1/4/2024", 2024, 4, 1),
        ("  05/11/2017 ", 2017, 11, 5), ("29/02/24", 2024, 2, 29), ("01/01/70", 1970, 1, 1),
        ("31/12/69", 2069, 12, 31), ("1066-04-13", 1066, 4, 13),
    ])
    func layoutsParse(text: String, year: Int, month: Int, day: Int) throws {
        #expect(try Day(parsing: text) == Day(year: year, month: month, day: day))
    }

    @Test("Two-digit years follow the documented century rule")
    func twoDigitYearsFollowThePivot() throws {
        #expect(TwoDigitYearPolicy.posix.year(forTwoDigitYear: 69) == 2069)
        #expect(TwoDigitYearPolicy.posix.year(forTwoDigitYear: 70) == 1970)
        let policy = TwoDigitYearPolicy(pivotYear: 2030)
        #expect(try Day(parsing: "12/05/45", twoDigitYears: policy) == Day(year: 1945, month: 5, day: 12))
        #expect(try Day(parsing: "12/05/30", twoDigitYears: policy) == Day(year: 2030, month: 5, day: 12))
    }

    @Test("Bad dates give a typed error naming the text", arguments: [
        ("31/02/2024", DateParseError.impossible("31/02/2024")),
        ("2024-13-01", .impossible("2024-13-01")),
        ("", .empty), ("   ", .empty),
        ("2024/03/01", .malformed("2024/03/01")), ("31-03-2024", .malformed("31-03-2024")),
        ("31/03/202", .malformed("31/03/202")), ("2024-3-1", .malformed("2024-3-1")),
        ("31/03/2024x", .malformed("31/03/2024x")), ("１/1/2024", .malformed("１/1/2024")),
    ])
    func badDatesThrow(text: String, expected: DateParseError) {
        #expect(throws: expected) { try Day(parsing: text) }
    }

    @Test("Formatting and parsing round-trip for 20,000 random days in both layouts")
    func formatParseRoundTrip() throws {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let day = Day(dayNumber: Int32.random(in: -700_000...2_900_000, using: &rng))
            #expect(try Day(parsing: day.formatted(.iso)) == day)
            #expect(try Day(parsing: day.formatted(.dayMonthYear)) == day)
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
        }
    }

    @Test("Weekdays are ISO numbered")
    func weekdays() {
        #expect(Day(year: 1970, month: 1, day: 1)?.isoWeekday == 4)
        #expect(Day(year: 2025, month: 3, day: 31)?.isoWeekday == 1)
        #expect(Day(year: 1969, month: 12, day: 28)?.isoWeekday == 7)
        #expect(Day(year: 2024, month: 12, day: 28)?.isWeekend == true)
    }

    @Test("Month arithmetic clamps to the last day of the month")
    func monthArithmeticClamps() {
        let d = { (y: Int, m: Int, dd: Int) in Day(year: y, month: m, day: dd)! }
        #expect(d(2024, 8, 31).adding(months: -6) == d(2024, 2, 29))
        #expect(d(2023, 8, 31).adding(months: -6) == d(2023, 2, 28))
        #expect(d(2024, 2, 29).adding(months: 12) == d(2025, 2, 28))
        #expect(d(2024, 2, 29).adding(years: -4) == d(2020, 2, 29))
        #expect(d(2025, 1, 31).adding(months: 1) == d(2025, 2, 28))
        #expect(d(2025, 3, 31).adding(months: -24) == d(2023, 3, 31))
        #expect(d(2025, 1, 15).adding(months: -13) == d(2023, 12, 15))
        #expect(d(2025, 12, 15).adding(months: 1) == d(2026, 1, 15))
    }

    @Test("Ages are completed years, and 29 February birthdays turn on 1 March")
    func agesInCompletedYears() {
        let born = Day(year: 2008, month: 2, day: 29)!
        #expect(born.age(on: Day(year: 2025, month: 2, day: 28)!) == 16)
        #expect(born.age(on: Day(year: 2025, month: 3, day: 1)!) == 17)
        #expect(born.age(on: Day(year: 2024, month: 2, day: 28)!) == 15)
        #expect(born.age(on: Day(year: 2024, month: 2, day: 29)!) == 16)
        let child = Day(year: 2010, month: 4, day: 1)!
        #expect(child.age(on: Day(year: 2025, month: 3, day: 31)!) == 14)
        #expect(child.age(on: Day(year: 2025, month: 4, day: 1)!) == 15)
        let unborn = Day(year: 2025, month: 6, day: 1)!
        #expect(unborn.age(on: Day(year: 2025, month: 3, day: 31)!) == -1)
    }
}
