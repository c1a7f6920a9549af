import Testing
@testable import SafeguardingMetrics

@Suite("Periods with a basis")
struct PeriodBasisTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    @Test("A collection year is 12 months (365 or 366 days); a quarter is part year; two years are over 12 months")
    func kinds() {
        #expect(ReportingPeriod.collectionYear(2025).basis == PeriodBasis(kind: .twelveMonths, days: 365))
        #expect(ReportingPeriod.collectionYear(2024).basis == PeriodBasis(kind: .twelveMonths, days: 366))
        #expect(ReportingPeriod.rolling12Months(endingOn: Self.day(2024, 10, 31)).basis.isTwelveMonths)
        let quarter = ReportingPeriod(start: Self.day(2025, 1, 1), end: Self.day(2025, 3, 31))
        #expect(quarter.basis == PeriodBasis(kind: .partYear, days: 90))
        let twoYears = ReportingPeriod(start: Self.day(2023, 4, 1), end: Self.day(2025, 3, 31))
        #expect(twoYears.basis == PeriodBasis(kind: .overTwelveMonths, days: 731))
        #expect(PeriodBasis.Kind.partYear.rawValue == "part_year" && PeriodBasis.Kind.twelveMonths.rawValue == "12_months")
    }

    @Test("Annualising multiplies by 365 / days; pro-rating a target multiplies by days / 365; 12 months change nothing")
    func annualising() {
        let nineMonths = ReportingPeriod(start: Self.day(2024, 4, 1), end: Self.day(2024, 12, 31)).basis
        #expect(nineMonths.days == 275)
        #expect(nineMonths.annualised(Rational(435)) == Rational(435 * 365, 275))
        #expect(nineMonths.annualised(Rational(435)).rounded(toDecimals: 1) == FixedDecimal(units: 5774, decimals: 1))
        #expect(nineMonths.proRated(Rational(800)) == Rational(800 * 275, 365))
        let year = ReportingPeriod.collectionYear(2024).basis
        #expect(year.annualised(Rational(435)) == Rational(435))
        #expect(year.proRated(Rational(800)) == Rational(800))
        let twoYears = ReportingPeriod(start: Self.day(2023, 4, 1), end: Self.day(2025, 3, 30)).basis
        #expect(twoYears.annualised(Rational(730)) == Rational(365))
    }

    @Test("Only flow counts and rates are annualisable: not snapshots, percentages or averages")
    func annualisable() {
        let catalogue = IndicatorCatalogue.standard
        #expect(catalogue["referrals.rate"]!.isAnnualisable)
        #expect(!catalogue["cla.rate"]!.isAnnualisable)
        #expect(!catalogue["referrals.repeat_within_12_months.percent"]!.isAnnualisable)
        for indicator in catalogue.indicators where indicator.isAnnualisable {
            #expect(indicator.kind == .flow && [.count, .ratePer10k, .ratePer100k].contains(indicator.unit), "\(indicator.id)")
        }
        for indicator in catalogue.indicators where indicator.unit == .percentage || indicator.unit == .averageScore {
            #expect(!indicator.isAnnualisable, "\(indicator.id)")
        }
    }

    @Test("A row's basis gives the period its date stands for")
    func frameworkBasis() {
        let december = Self.day(2024, 12, 31)
        #expect(FrameworkBasis.rolling12Months.period(endingOn: december) == ReportingPeriod(start: Self.day(2024, 1, 1), end: december))
        #expect(FrameworkBasis.yearToDate.period(endingOn: december) == ReportingPeriod(start: Self.day(2024, 4, 1), end: december))
        #expect(FrameworkBasis.quarter.period(endingOn: december) == ReportingPeriod(start: Self.day(2024, 10, 1), end: december))
        #expect(FrameworkBasis.yearToDate.period(endingOn: Self.day(2025, 3, 31)) == .collectionYear(2025))
    }

    @Test("A fallback population names both mid-years; the paired one gives no warning")
    func populationFallback() throws {
        var table = PopulationTable(vintage: "test")
        table.setEstimate(28_000, for: .localAuthority("E06000009"), midYear: 2024)
        let quarter = try ReportingPeriod(parsing: "2025-01-01..2025-03-31")
        let figure = try table.population(for: .localAuthority("E06000009"), period: quarter)
        #expect(figure.midYear == 2024 && figure.requestedMidYear == 2025)
        let warning = try #require(figure.fallbackWarning)
        #expect(warning.contains("mid-2025") && warning.contains("mid-2024"), "\(warning)")
        let paired = try table.population(for: .localAuthority("E06000009"), period: .collectionYear(2025))
        #expect(paired.fallbackWarning == nil)
    }
}
