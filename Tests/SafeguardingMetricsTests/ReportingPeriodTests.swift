import Testing
import SafeguardingMetrics

@Suite("Reporting periods")
struct ReportingPeriodTests {
    let d = { (y: Int, m: Int, dd: Int) in Day(year: y, month: m, day: dd)! }

    @Test("A collection year runs from 1 April to 31 March inclusive")
    func collectionYear() {
        let year = ReportingPeriod.collectionYear(2025)
        #expect(year.start == d(2024, 4, 1))
        #expect(year.end == d(2025, 3, 31))
        #expect(year.contains(d(2024, 4, 1)) && year.contains(d(2025, 3, 31)))
        #expect(!year.contains(d(2024, 3, 31)) && !year.contains(d(2025, 4, 1)))
        #expect(year.dayCount == 365)
        #expect(ReportingPeriod.collectionYear(2024).dayCount == 366)
        #expect(year.populationMidYear == 2024)
        #expect(year.isCollectionYear)
    }

    @Test("Rolling 12 months end on any date")
    func rollingTwelveMonths() {
        let october = ReportingPeriod.rolling12Months(endingOn: d(2024, 10, 31))
        #expect(october.start == d(2023, 11, 1))
        #expect(october.populationMidYear == 2023)
        #expect(!october.isCollectionYear)
        #expect(ReportingPeriod.rolling12Months(endingOn: d(2025, 3, 31)) == .collectionYear(2025))
        let leap = ReportingPeriod.rolling12Months(endingOn: d(2024, 2, 29))
        #expect(leap.start == d(2023, 3, 1))
    }

    @Test("The collection year containing a day turns over on 1 April")
    func collectionYearContaining() {
        #expect(ReportingPeriod.collectionYear(containing: d(2025, 3, 31)) == 2025)
        #expect(ReportingPeriod.collectionYear(containing: d(2025, 4, 1)) == 2026)
        #expect(ReportingPeriod.rolling12Months(endingOn: d(2024, 10, 31)).collectionYearOfEnd == 2025)
    }

    @Test("Periods parse from years, financial years, months and ranges", arguments: [
        ("2025", "2024-04-01..2025-03-31"), ("2024-25", "2024-04-01..2025-03-31"),
        ("2023-10", "2023-10-01..2023-10-31"), ("2024-02", "2024-02-01..2024-02-29"),
        ("2024-04-01..2025-03-31", "2024-04-01..2025-03-31"),
        ("01/11/2023..31/10/2024", "2023-11-01..2024-10-31"),
    ])
    func periodsParse(text: String, expected: String) throws {
        #expect(try ReportingPeriod(parsing: text).description == expected)
        #expect(try ReportingPeriod(parsing: expected).description == expected)
    }

    @Test("Bad periods give a typed error")
    func badPeriods() {
        #expect(throws: PeriodParseError.endBeforeStart("2025-03-31..2024-04-01")) {
            try ReportingPeriod(parsing: "2025-03-31..2024-04-01")
        }
        #expect(throws: PeriodParseError.malformed("last year")) { try ReportingPeriod(parsing: "last year") }
        #expect(throws: PeriodParseError.date(.impossible("2025-02-30"))) {
            try ReportingPeriod(parsing: "2024-04-01..2025-02-30")
        }
    }

    @Test("Months have month precision and bounds")
    func months() throws {
        let month = try YearMonth(parsing: "2023-10")
        #expect(month.description == "2023-10")
        #expect(month.firstDay == d(2023, 10, 1) && month.lastDay == d(2023, 10, 31))
        #expect(try YearMonth(parsing: "3/2024") == YearMonth(year: 2024, month: 3))
        #expect(throws: DateParseError.impossible("2023-13")) { try YearMonth(parsing: "2023-13") }
        #expect(YearMonth(containing: d(2024, 2, 29)) == YearMonth(year: 2024, month: 2))
        #expect(YearMonth(year: 2023, month: 12)! < YearMonth(year: 2024, month: 1)!)
    }
}
