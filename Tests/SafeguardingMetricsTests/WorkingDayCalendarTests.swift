import Testing
import SafeguardingMetrics

@Suite("Working-day calendar")
struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.englandAndWales
    let d = { (y: Int, m: Int, dd: Int) in Day(year: y, month: m, day: dd)! }

    /// Bank holidays in England and Wales as published on GOV.UK.
    static let published: [Int: [String]] = [
        2011: ["2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30",
               "2011-08-29", "2011-12-26", "2011-12-27"],
        2012: ["2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05",
               "2012-08-27", "2012-12-25", "2012-12-26"],
        2020: ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
               "2020-12-25", "2020-12-28"],
        2021: ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
               "2021-12-27", "2021-12-28"],
        2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
               "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
        2023: ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
               "2023-08-28", "2023-12-25", "2023-12-26"],
        2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
               "2024-12-25", "2024-12-26"],
        2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
               "2025-12-25", "2025-12-26"],
        2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
               "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
               "2027-12-27", "2027-12-28"],
    ]

    @Test("Holidays match the published GOV.UK lists, including every one-off day",
          arguments: published.keys.sorted())
    func holidaysMatchPublishedLists(year: Int) throws {
        let expected = try Self.published[year]!.map { try Day(parsing: $0) }
        #expect(WorkingDayCalendar.englandAndWalesHolidays(in: year) == expected)
    }

    @Test("Every covered year has eight holidays, plus the one-off additions")
    func holidayCounts() {
        for year in 2010...2030 {
            let extra = [2011: 1, 2012: 1, 2022: 2, 2023: 1][year] ?? 0
            #expect(WorkingDayCalendar.englandAndWalesHolidays(in: year).count == 8 + extra, "year \(year)")
        }
        #expect(calendar.coveredYears == 2010...2030)
    }

    @Test("Working days count after the start up to and including the end")
    func countingRule() {
        let friday = d(2025, 3, 14)
        #expect(calendar.workingDays(after: friday, through: friday) == 0)
        #expect(calendar.workingDays(after: friday, through: d(2025, 3, 15)) == 0)
        #expect(calendar.workingDays(after: friday, through: d(2025, 3, 17)) == 1)
        #expect(calendar.workingDays(after: d(2025, 3, 15), through: d(2025, 3, 17)) == 1)
        #expect(calendar.workingDays(after: d(2024, 12, 20), through: d(2024, 12, 27)) == 3)
        #expect(calendar.workingDays(after: d(2025, 3, 17), through: friday) == -1)
    }

    @Test("45 versus 46 working days across the Easter bank holidays")
    func fortyFiveAcrossEaster() {
        // From Monday 3 March 2025: 48 weekdays through Thursday 8 May, less Good Friday, Easter
        // Monday and the early May holiday, is 45; Friday 9 May is the 46th working day.
        let start = d(2025, 3, 3)
        let weekendsOnly = WorkingDayCalendar(holidays: [], coveredYears: 2025...2025)
        #expect(weekendsOnly.workingDays(after: start, through: d(2025, 5, 8)) == 48)
        #expect(calendar.workingDays(after: start, through: d(2025, 5, 7)) == 44)
        #expect(calendar.workingDays(after: start, through: d(2025, 5, 8)) == 45)
        #expect(calendar.workingDays(after: start, through: d(2025, 5, 9)) == 46)
        #expect(!calendar.isWorkingDay(d(2025, 4, 18)))
        #expect(!calendar.isWorkingDay(d(2025, 5, 5)))
        #expect(calendar.isWorkingDay(d(2025, 5, 6)))
    }

    @Test("Outside the covered years only weekends are excluded")
    func outsideCoverage() {
        #expect(calendar.workingDays(after: d(2031, 12, 24), through: d(2031, 12, 31)) == 5)
        #expect(calendar.workingDays(after: d(2009, 12, 24), through: d(2009, 12, 31)) == 5)
        // The count across the whole covered range equals weekdays minus weekday holidays.
        let first = d(2009, 12, 31), last = d(2030, 12, 31)
        var weekdays = 0
        var day = first.advanced(by: 1)
        while day <= last { if !day.isWeekend { weekdays += 1 }; day = day.advanced(by: 1) }
        let holidays = calendar.holidays.filter { !$0.isWeekend }.count
        #expect(calendar.workingDays(after: first, through: last) == weekdays - holidays)
    }

    @Test("A user calendar replaces the holidays")
    func customCalendar() {
        let closures = WorkingDayCalendar(holidays: [d(2025, 3, 17)], coveredYears: 2025...2025)
        #expect(closures.workingDays(after: d(2025, 3, 14), through: d(2025, 3, 18)) == 1)
        #expect(closures.isWorkingDay(d(2025, 4, 18)))
        #expect(closures != calendar)
    }

    @Test("Working days agree with a day-by-day count on random spans")
    func agreesWithNaiveCount() {
        var rng = SeededGenerator(seed: 45)
        let holidays = Set(calendar.holidays)
        let lower = d(2009, 6, 1).dayNumber, upper = d(2031, 6, 1).dayNumber
        for _ in 0..<500 {
            let start = Day(dayNumber: Int32.random(in: lower...upper, using: &rng))
            let end = start.advanced(by: Int.random(in: 0...120, using: &rng))
            var naive = 0
            var day = start.advanced(by: 1)
            while day <= end { if !day.isWeekend && !holidays.contains(day) { naive += 1 }; day = day.advanced(by: 1) }
            #expect(calendar.workingDays(after: start, through: end) == naive)
        }
    }
}
