import Testing
import SafeguardingMetrics
@testable import SafeguardingData

/// Three authorities, enough to exercise the readers.
private let directory = LocalAuthorityDirectory([
    LocalAuthority(code: "E06000001", number: "805", name: "Hartlepool", regionName: "North East"),
    LocalAuthority(code: "E06000009", number: "890", name: "Blackpool", regionName: "North West"),
    LocalAuthority(code: "E06000065", number: "815", name: "North Yorkshire", regionName: "Yorkshire and The Humber",
                   formerCodes: ["E10000023"]),
])

private func write(_ text: String, _ name: String = "input.csv") throws -> (TemporaryDirectory, String) {
    let folder = try TemporaryDirectory()
    return (folder, try folder.write(Array(text.utf8), to: name))
}

@Suite("Statistical-neighbour lists from files")
struct NeighbourReaderTests {
    @Test("A long-layout list is read with codes in either form, ranks sorted and bands parsed")
    func readsLongLayout() throws {
        let (folder, path) = try write("""
            old_la_code,new_la_code,la_name,sn_rank,sn_old_la_code,sn_new_la_code,closeness
            890,,Blackpool,2,815,,Close\u{20}
            ,E06000009,Blackpool,1,,E06000001,Very Close
            805,E06000001,Hartlepool,1,890,E06000009,extremely close
            815,E10000023,North Yorkshire,1,805,,somewhat_close

            """)
        let result = try StatisticalNeighbourSet.read(path: path, version: "2021", licence: "OGL", directory: directory)
        _ = folder
        let set = result.value
        #expect(set.version == "2021" && set.source == path && set.licence == "OGL")
        #expect(set.neighbours(of: "E06000009").map(\.code) == ["E06000001", "E06000065"])
        #expect(set.neighbours(of: "E06000009").map(\.closeness) == [.veryClose, .close])
        #expect(set.neighbours(of: "E06000065").first?.closeness == .somewhatClose)
        #expect(result.report.rowsRead == 4 && result.report.rowsAccepted == 4 && result.report.errors.isEmpty)
        // Every authority has fewer than 10 neighbours: one warning each, naming its first line.
        #expect(result.report.warnings.map(\.location.line).sorted() == [2, 4, 5])
    }

    @Test("Bad rows are rejected with their line, column and reason, and every row is accounted for")
    func rejectsBadRows() throws {
        let (folder, path) = try write("""
            new_la_code,old_la_code,sn_rank,sn_new_la_code,closeness
            E06000009,890,1,E06000001,close
            E06000009,890,1,E06000065,close
            E06000009,890,2,E06000001,close
            E06000009,890,3,E06000009,close
            E06000009,805,4,E06000065,close
            E99999999,,1,E06000001,close
            E06000009,,x,E06000065,close
            E06000009,,5,E06000065,nearby
            """)
        _ = folder
        let report = try StatisticalNeighbourSet.read(path: path, version: "t", directory: directory).report
        #expect(report.rowsRead == 8 && report.rowsAccepted == 2 && report.rowsRejected == 6)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        let errors = report.errors.map { "\($0.location.line):\($0.location.columnName ?? "-"): \($0.reason)" }
        #expect(errors == [
            "3:sn_rank: E06000009 already has a neighbour ranked 1",
            "4:sn_new_la_code: E06000001 is already a neighbour of E06000009",
            "5:sn_new_la_code: E06000009 is listed as its own neighbour",
            "6:old_la_code: authority codes disagree: E06000009 is Blackpool but 805 is Hartlepool",
            "7:new_la_code: authority E99999999 is not in the directory",
            "8:sn_rank: sn_rank 'x' is not a rank (1, 2, ...)",
        ])
        #expect(report.warnings.first?.description == "\(path):9:5 (closeness): warning: closeness 'nearby' is not a published band; left out")
    }

    @Test("A file without rank or code columns is a DataError at the header")
    func missingColumns() throws {
        let (folder, path) = try write("la,neighbour\nE06000009,E06000001\n")
        _ = folder
        #expect(throws: DataError.self) { try StatisticalNeighbourSet.read(path: path, version: "t", directory: directory) }
        do {
            _ = try StatisticalNeighbourSet.read(path: path, version: "t", directory: directory)
        } catch {
            #expect(error.location.line == 1 && error.reason.contains("sn_rank"))
        }
    }
}

@Suite("Published figures from DfE and Explore Education Statistics files")
struct PublishedReaderTests {
    static let ees = """
        time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,characteristic,number,population,rate
        202425,Financial year,National,E92000001,England,,,,,,Total,83630,12059476,70
        202425,Financial year,Regional,E92000001,England,E12000002,North West,,,,Total,16510,1563000,106
        202425,Financial year,Local authority,E92000001,England,E12000002,North West,,890,Blackpool,Total,531,28923,184
        202425,Financial year,Local authority,E92000001,England,E12000001,North East,E06000001,,Hartlepool,Total,c,21090,c
        202425,Financial year,Local authority,E92000001,England,E12000003,Yorkshire,E10000023,,North Yorkshire,Total,,,x
        202425,Financial year,Local authority,E92000001,England,E12000002,North West,,890,Blackpool,Male,300,14000,214
        202425,Financial year,Local authority district,E92000001,England,E12000002,North West,E07000001,,Somewhere,Total,1,2,3
        202425,Financial year,Local authority,E92000001,England,E12000002,North West,E06000028,,Bournemouth,Total,1,2,3
        2024/25,Financial year,Local authority,E92000001,England,E12000002,North West,E06000009,,Blackpool,Total,1,2,3
        202425,Financial year,Local authority,E92000001,England,E12000002,North West,E06000009,805,Blackpool,Total,1,2,3
        2025,Reporting year,Local authority,E92000001,England,E12000002,North West,E06000009,890,Blackpool,Total,531,28923,???
        """

    @Test("An EES file is read with a user mapping, a filter, either code, and symbols kept")
    func readsEES() throws {
        let (folder, path) = try write(Self.ees)
        _ = folder
        let columns = [PublishedColumn(indicator: "cla.rate", value: "rate", numerator: "number", denominator: "population")]
        let result = try IndicatorTable.read(path: path, columns: columns, directory: directory,
                                             filters: ["Characteristic": " total "])
        let table = result.value
        let blackpool = table.value(for: .localAuthority("E06000009"), indicator: "cla.rate", year: 2025)
        #expect(blackpool == IndicatorValue(published: .number(FixedDecimal(184)), numerator: 531, denominator: 28_923))
        #expect(table.value(for: .localAuthority("805"), indicator: "cla.rate", year: 2025)
                == IndicatorValue(published: .symbol(.confidential), numerator: nil, denominator: 21_090))
        #expect(table.value(for: .localAuthority("E06000065"), indicator: "cla.rate", year: 2025)?.published == .symbol(.notAvailable))
        #expect(table.value(for: .region("north west"), indicator: "cla.rate", year: 2025)?.number == FixedDecimal(106))
        #expect(table.value(for: .england, indicator: "cla.rate", year: 2025)?.counts?.denominator == 12_059_476)

        let report = result.report
        #expect(report.rowsRead == 11 && report.rowsAccepted == 6 && report.rowsRejected == 5)
        let lines = report.problems.map { "\($0.location.line) \($0.severity.rawValue): \($0.reason)" }
        #expect(lines == [
            "7 info: 'Male' is not the requested 'total'",
            "8 info: geographic level 'Local authority district' is not compared (only National, Regional and Local authority rows are read)",
            "9 error: local authority 'E06000028 Bournemouth' is not in the directory",
            "10 error: time_period '2024/25' is not a year (2025 or 202425)",
            "11 error: new_la_code E06000009 and old_la_code 805 name different authorities",
            "12 warning: E06000009 2025 is also on line 4; this row replaces its values",
            "12 warning: '???' is neither a number nor a published symbol; left out",
        ])
    }

    @Test("A plain mapping from column to indicator reads values without counts")
    func plainMapping() throws {
        let (folder, path) = try write("time_period,geographic_level,new_la_code,rate\n2025,Local authority,E06000009,184\n")
        _ = folder
        let table = try IndicatorTable.read(path: path, columns: PublishedColumn.mapping(["rate": "cla.rate"]),
                                            directory: directory).value
        let value = try #require(table.value(for: .localAuthority("890"), indicator: "cla.rate", year: 2025))
        #expect(value.number == FixedDecimal(184) && value.counts == nil)
    }

    @Test("Binary floating-point noise beyond the published precision is removed; real extra digits are kept")
    func floatingPointNoise() {
        let noisy = FixedDecimal("300.89999999999998")!
        #expect(ColumnPlan.removingFloatingPointNoise(noisy, decimals: 1) == FixedDecimal(units: 3009, decimals: 1))
        #expect(ColumnPlan.removingFloatingPointNoise(FixedDecimal("81.100000000000009")!, decimals: 1).description == "81.1")
        #expect(ColumnPlan.removingFloatingPointNoise(FixedDecimal("16.25")!, decimals: 1).description == "16.25")
        #expect(ColumnPlan.removingFloatingPointNoise(FixedDecimal("12.3456789012")!, decimals: 1).description == "12.3456789012")
    }

    @Test("time_period is a collection year or the EES financial-year form")
    func timePeriods() {
        #expect(IndicatorTable.collectionYear("2025") == 2025)
        #expect(IndicatorTable.collectionYear("202425") == 2025)
        #expect(IndicatorTable.collectionYear("199900") == 2000)
        #expect(IndicatorTable.collectionYear("202426") == nil)
        #expect(IndicatorTable.collectionYear("2024/25") == nil)
        #expect(IndicatorTable.collectionYear("") == nil)
    }

    @Test("A mapped column missing from the file is a DataError naming it")
    func missingMappedColumn() throws {
        let (folder, path) = try write("time_period,geographic_level,new_la_code,rate\n")
        _ = folder
        do {
            _ = try IndicatorTable.read(path: path, columns: [PublishedColumn(indicator: "cla.rate", value: "rate", numerator: "number")],
                                        directory: directory)
            Issue.record("expected a DataError")
        } catch {
            #expect(error.location.line == 1)
            #expect(error.reason.hasPrefix("the column mapping needs the column number;"))
        }
    }
}

@Suite("Population files")
struct PopulationReaderTests {
    @Test("The simple layout reads either code form and pairs years as the DfE does")
    func simpleLayout() throws {
        let (folder, path) = try write("la_code,year,population_0_17\n890,2023,29100\nE06000009,2024,28923\nE06000099,2024,100\n999,2024,5\n805,2024,-3\n890,2024,28924\n")
        _ = folder
        let result = try PopulationTable.read(path: path, directory: directory)
        let table = result.value
        #expect(table.vintage == "input.csv")
        let figure = try table.population(for: .localAuthority("E06000009"), collectionYear: 2025)
        #expect(figure.population == 28_924 && figure.midYear == 2024 && figure.vintage == "input.csv")
        #expect(try table.population(for: .localAuthority("E06000009"), collectionYear: 2024).population == 29_100)
        // An unknown E-code is kept with a warning; an unknown number and a negative count are rejected.
        #expect(try table.population(for: .localAuthority("E06000099"), midYear: 2024).population == 100)
        #expect(result.report.rowsAccepted == 4 && result.report.rowsRejected == 2)
        #expect(result.report.errors.map(\.reason) == ["local authority '999' is not in the directory and is not an E-code",
                                                       "population '-3' is not a count"])
        #expect(result.report.warnings.map(\.location.line) == [4, 7])
    }

    @Test("A missing authority or year is an error that names the authority and the year")
    func missingEstimate() throws {
        let (folder, path) = try write("la_code,year,population_0_17\n890,2024,28923\n")
        _ = folder
        let table = try PopulationTable.read(path: path, vintage: "council file", directory: directory).value
        #expect(throws: PopulationError.self) { try table.population(for: .localAuthority("E06000001"), collectionYear: 2025) }
        do {
            _ = try table.population(for: .localAuthority("E06000009"), midYear: 2020)
        } catch {
            #expect(error.description == "no mid-2020 population estimate for E06000009 (Blackpool) in council file (it has mid-2024 to mid-2024)")
        }
    }

    @Test("The ONS layout reads England, regions and authorities; other levels are noted, repeats replace")
    func onsLayout() throws {
        let (folder, path) = try write("""
            mid_year,used_for_year_ending_31_march,geographic_level,new_la_code,old_la_code,la_name,region_code,region_name,population_estimate
            2024,2025,National,,,England,,,12183016
            2024,2025,Regional,,,North West,E12000002,North West,1500000
            2024,2025,Local authority,,890,Blackpool,E12000002,North West,28923
            2023,2025,Local authority,E06000009,890,Blackpool,E12000002,North West,29100
            2024,2025,Ward,,,Somewhere,,,12
            2024,2025,Local authority,E06000009,890,Blackpool,E12000002,North West,28924
            2024,2025,Local authority,X,999,Nowhere,,,5
            2024,2025,Regional,,,North West,E12000002,North West,n/a
            """)
        _ = folder
        let result = try PopulationTable.read(path: path, directory: directory)
        let table = result.value
        #expect(try table.population(for: .england, midYear: 2024).population == 12_183_016)
        #expect(try table.population(for: .region("North West"), midYear: 2024).population == 1_500_000)
        // Line 4 names Blackpool by its DfE number alone; line 7 replaces it.
        #expect(try table.population(for: .localAuthority("E06000009"), collectionYear: 2025).population == 28_924)
        #expect(try table.population(for: .localAuthority("E06000009"), midYear: 2023).population == 29_100)
        let report = result.report
        #expect(report.rowsRead == 8 && report.rowsAccepted == 5 && report.rowsRejected == 3)
        #expect(report.problems.filter { $0.severity == .info }.map(\.location.line) == [6])
        #expect(report.errors.map(\.location.columnName) == ["new_la_code", "population_estimate"])
        #expect(report.warnings.map(\.reason) == [
            "mid-2023 is marked for the year ending 31 March 2025; the DfE uses it for 2024",
            "E06000009 mid-2024 is also on line 4; this row replaces it",
        ])
    }

    @Test("A file with neither layout is a DataError")
    func unknownLayout() throws {
        let (folder, path) = try write("code,pop\nE06000009,1\n")
        _ = folder
        #expect(throws: DataError.self) { try PopulationTable.read(path: path, directory: directory) }
    }
}

@Suite("Population files by breakdown cell")
struct BreakdownPopulationReaderTests {
    @Test("Rows are read with codes in either form; bad rows are rejected with their line and column")
    func readsAndRejects() throws {
        let (folder, path) = try write("""
            la_code,year,breakdown,cell,population
            890,2024,age_band,5-9,8000
            E06000009,2024,sex,Female,14000
            890,2024,age band,5-9,1
            890,2024,age_band,5 to 9,1
            890,mid-2024,sex,Male,1
            999,2024,sex,Male,1
            890,2024,sex,Male,-3
            890,2024,none,All,28923
            E06000099,2023,ethnic_group,White,100
            890,2024,age_band,5-9,8001
            """)
        _ = folder
        let result = try BreakdownPopulationTable.read(path: path, directory: directory)
        let table = result.value
        #expect(table.vintage == "input.csv")
        #expect(table.population(for: "E06000009", midYear: 2024, breakdown: .ageBand, cell: "5-9") == 8_001)
        #expect(table.population(for: "890", midYear: 2024, breakdown: .sex, cell: "Female") == 14_000)
        #expect(table.population(for: "E06000099", midYear: 2023, breakdown: .ethnicGroup, cell: "White") == 100)
        #expect(table.breakdowns(for: "E06000009") == [.ageBand, .sex])
        #expect(result.report.rowsRead == 10 && result.report.rowsAccepted == 4 && result.report.rowsRejected == 6)
        let errors = result.report.errors
        #expect(errors.map(\.location.line) == [4, 5, 6, 7, 8, 9])
        #expect(errors.map(\.location.column) == [3, 4, 2, 1, 5, 3])
        #expect(errors.map(\.location.columnName) == ["breakdown", "cell", "year", "la_code", "population", "breakdown"])
        #expect(errors[0].reason.hasPrefix("'age band' is not a breakdown; use one of age_band, sex, ethnicity,"))
        #expect(errors[1].reason == "'5 to 9' is not a cell of age_band; its cells are "
                + "Under 1, 1-4, 5-9, 10-15, 16-17, 18 and over, Unborn, Not recorded")
        #expect(errors[3].reason == "local authority '999' is not in the directory and is not an E-code")
        #expect(errors[4].reason == "population '-3' is not a count")
        // An unknown E-code is kept with a warning; a repeated cell replaces the earlier row with one.
        #expect(result.report.warnings.map(\.location.line) == [10, 11])
        #expect(result.report.warnings[1].reason == "E06000009 mid-2024 age_band '5-9' is also on line 2; this row replaces it")
    }

    @Test("A file without the five columns is a DataError naming the missing ones")
    func missingColumns() throws {
        let (folder, path) = try write("la_code,year,population_0_17\nE06000009,2024,1\n")
        _ = folder
        #expect {
            try BreakdownPopulationTable.read(path: path, directory: directory)
        } throws: { error in
            (error as? DataError)?.reason.contains("needs the columns breakdown, cell, population") == true
        }
    }
}

@Suite("Local-authority directories from ONS files")
struct DirectoryReaderTests {
    @Test("The latest year names each authority, older E-codes become former codes, and a clashing E-code is rejected")
    func readsDirectory() throws {
        let (folder, path) = try write("""
            mid_year,geographic_level,new_la_code,old_la_code,la_name,region_code,region_name,population_estimate
            2022,Local authority,E10000023,815,North Yorkshire,E12000003,Yorkshire and The Humber,130000
            2023,Local authority,E06000065,815,North Yorkshire,E12000003,Yorkshire and The Humber,129000
            2022,Local authority,E10000006,909,Cumbria,E12000002,North West,90000
            2023,National,,,England,,,12000000
            2023,Local authority,E06000065,816,Somewhere Else,E12000003,Yorkshire and The Humber,1
            2023,Local authority,,817,No Code,E12000003,Yorkshire and The Humber,1
            """)
        _ = folder
        let result = try LocalAuthorityDirectory.read(onsPopulationFile: path)
        let directory = result.value
        #expect(directory.authorities.map(\.code) == ["E06000065", "E10000006"])
        #expect(directory["E10000023"]?.name == "North Yorkshire" && directory["815"]?.formerCodes == ["E10000023"])
        #expect(directory["909"]?.isCurrent == false && directory["815"]?.isCurrent == true)
        #expect(result.report.rowsRead == 6 && result.report.rowsAccepted == 4 && result.report.rowsRejected == 2)
        #expect(result.report.errors.map(\.reason) == [
            "E-code E06000065 belongs to DfE number 815 on line 3, not 816",
            "a local-authority row needs an E-code and a DfE number (found '', '817')",
        ])
    }
}
