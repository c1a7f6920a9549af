import Testing
@testable import SafeguardingMetrics

@Suite("Ages on a fixed day from day numbers")
struct AgeTableTests {
    @Test("The age table gives exactly Day.age(on:) for every birth day over 40 years, 29 February included",
          arguments: ["2025-03-31", "2024-02-28", "2024-02-29", "2023-03-01", "2028-02-28", "2028-03-01", "2025-01-01"])
    func agreesWithCalendarAges(day text: String) throws {
        let day = try Day(parsing: text)
        let table = AgeTable(on: day)
        for birth in (day.dayNumber - 40 * 366)...(day.dayNumber + 400) {
            let expected = Day(dayNumber: birth).age(on: day)
            if table.age(born: birth) != expected {
                Issue.record("born \(Day(dayNumber: birth)), on \(day): \(table.age(born: birth)) instead of \(expected)")
                return
            }
        }
    }
}
