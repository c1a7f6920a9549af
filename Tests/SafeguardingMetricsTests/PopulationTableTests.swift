import Testing
import SafeguardingMetrics

@Suite("Population estimates paired with periods")
struct PopulationTableTests {
    static var table: PopulationTable {
        var table = PopulationTable(vintage: "test vintage")
        for (year, population) in [(2021, 29_500), (2022, 29_300), (2024, 28_923)] {
            table.setEstimate(Int64(population), for: .localAuthority("E06000009"), midYear: year, name: "Blackpool")
        }
        return table
    }

    @Test("The year ending 31 March Y uses the mid-(Y − 1) estimate")
    func collectionYear() throws {
        let figure = try Self.table.population(for: .localAuthority("E06000009"), collectionYear: 2025)
        #expect(figure.population == 28_923 && figure.midYear == 2024 && figure.requestedMidYear == 2024)
        #expect(figure.isRequestedMidYear && figure.vintage == "test vintage")
    }

    @Test("Any period uses the calendar year it starts in: October 2023 to September 2024 uses mid-2023, else the latest earlier")
    func otherPeriods() throws {
        let period = try ReportingPeriod(parsing: "2023-10-01..2024-09-30")
        let figure = try Self.table.population(for: .localAuthority("E06000009"), period: period)
        #expect(figure.requestedMidYear == 2023 && figure.midYear == 2022 && !figure.isRequestedMidYear)
        let january = try Self.table.population(for: .localAuthority("E06000009"), period: .month(YearMonth(year: 2025, month: 1)!))
        #expect(january.midYear == 2024)
    }

    @Test("A period before every estimate uses the latest in the table")
    func beforeEveryEstimate() throws {
        let figure = try Self.table.population(for: .localAuthority("E06000009"), collectionYear: 2015)
        #expect(figure.requestedMidYear == 2014 && figure.midYear == 2024)
    }

    @Test("An exact mid-year that is missing is an error naming the authority, the year and what there is")
    func exactMissing() {
        #expect(throws: PopulationError.self) { try Self.table.population(for: .localAuthority("E06000009"), midYear: 2023) }
        do {
            _ = try Self.table.population(for: .localAuthority("E06000009"), midYear: 2023)
        } catch {
            #expect(error.description == "no mid-2023 population estimate for E06000009 (Blackpool) in test vintage (it has mid-2021 to mid-2024)")
        }
    }

    @Test("An authority with no estimates at all is an error naming it and the year wanted")
    func authorityMissing() {
        do {
            _ = try Self.table.population(for: .localAuthority("E06000001"), collectionYear: 2025)
            Issue.record("expected an error")
        } catch {
            #expect(error.area == .localAuthority("E06000001") && error.midYear == 2024)
            #expect(error.description == "no mid-2024 population estimate for E06000001 in test vintage (it has no estimates at all)")
        }
    }

    @Test("With a directory, an authority is found by either code and stored under its E-code")
    func eitherCode() throws {
        let directory = LocalAuthorityDirectory([
            LocalAuthority(code: "E06000009", number: "890", name: "Blackpool", regionName: "North West"),
        ])
        var table = PopulationTable(vintage: "v", directory: directory)
        table.setEstimate(28_923, for: .localAuthority("890"), midYear: 2024)
        #expect(table.areas == [.localAuthority("E06000009")])
        #expect(try table.population(for: .localAuthority("e06000009"), collectionYear: 2025).population == 28_923)
        #expect(try table.population(for: .localAuthority("Blackpool"), midYear: 2024).area == .localAuthority("E06000009"))
        #expect(table.name(of: .localAuthority("890")) == "Blackpool")
        do {
            _ = try table.population(for: .localAuthority("890"), midYear: 2023)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "no mid-2023 population estimate for E06000009 (Blackpool) in v (it has mid-2024 to mid-2024)")
        }
    }

    @Test("Regions are matched without regard to case")
    func regionsIgnoreCase() throws {
        var table = PopulationTable(vintage: "v")
        table.setEstimate(1_627_558, for: .region("North West"), midYear: 2024)
        table.setEstimate(1_627_559, for: .region("NORTH WEST"), midYear: 2024)
        #expect(table.areas == [.region("North West")])
        #expect(try table.population(for: .region("north west"), collectionYear: 2025).population == 1_627_559)
    }
}
