import Foundation
import SafeguardingData
import Testing
@testable import SafeguardingCLI

@Suite("indicators")
struct IndicatorsCommandTests {
    /// The generated dataset's returns, population and postcodes, for collection year 2025.
    static func arguments(_ extra: String...) -> [String] {
        let base = GeneratedData.directory
        return ["indicators", "--ssda903", base, "--cin", base, "--population", "\(base)/population.csv",
                "--postcodes", "\(base)/postcodes.csv", "--year", "2025"] + extra
    }

    /// The same figures computed by calling the library directly.
    static func library(suppression: SuppressionPolicy? = nil, breakdown: Breakdown = .none) throws -> IndicatorResults {
        let base = GeneratedData.directory
        let paths = try ReturnLoader.datasetPaths(root: base)
        let cohort = try ReturnLoader().load(ssda903: paths.ssda903, cin: paths.cin).cohort
        let populations = try PopulationTable.read(path: base + "/population.csv",
                                                   directory: ReferenceData.localAuthorityDirectory()).value
        let lookup = try PostcodeLookup.read(path: base + "/postcodes.csv").value
        var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: populations)
        request.configuration.postcodePositions = PostcodePositions(postcodes: cohort.postcodes, lookup: lookup)
        request.suppression = suppression
        request.breakdown = breakdown
        return try IndicatorComputation(request).compute(threads: 1)
    }

    @Test("The JSON has the contract's keys, and every figure equals the library's for the same files")
    func jsonMatchesLibrary() throws {
        let run = tool(Self.arguments("--format", "json"))
        #expect(run.status == 0, "\(run.errors)")
        let json = try run.json()
        #expect(Set(json.keys) == ["period", "areas"])
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["start"] as? String == "2024-04-01" && period["end"] as? String == "2025-03-31")
        #expect(Set(period.keys) == ContractKeys.period)
        let basis = try #require(period["basis"] as? [String: Any])
        #expect(Set(basis.keys) == ContractKeys.basis)
        #expect(basis["kind"] as? String == "12_months" && basis["days"] as? Int == 365)
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(areas.count == 1)
        let area = try #require(areas.first)
        #expect(Set(area.keys) == ContractKeys.indicatorsArea)
        #expect(area["la"] as? String == "E06000009" && area["name"] as? String == "Blackpool")
        #expect(area["population"] as? Int == 6000)

        let expected = try #require(Self.library().area("E06000009"))
        let indicators = try #require(area["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as? String } == expected.indicators.map(\.id.rawValue))
        for (object, result) in zip(indicators, expected.indicators) {
            #expect(Set(object.keys) == ContractKeys.indicator)
            // A figure whose period the returns do not hold (pre-proceedings before 2025-26) has none.
            #expect(object["numerator"] as? Int64 == (result.state == .notCovered ? nil : result.numerator), "\(result.id)")
            #expect(object["denominator"] as? Int64 == (result.state == .notCovered ? nil : result.denominator), "\(result.id)")
            #expect(object["state"] as? String == result.state.rawValue)
            #expect(object["display"] as? String == result.display?.description)
            #expect(object["unit"] as? String == result.indicator.unit.rawValue)
            #expect(object["decimals"] as? Int == result.indicator.decimals)
            if let exact = result.exact {
                let value = try #require(object["value"] as? Double, "\(result.id)")
                #expect(abs(value - exact.doubleValue) < 1e-9, "\(result.id)")
            } else {
                #expect(object["value"] is NSNull)
            }
            let coverage = try #require(object["coverage"] as? [String: Int64])
            #expect(coverage == Dictionary(uniqueKeysWithValues: result.coverage.map { ($0.kind.rawValue, $0.count) }))
        }
    }

    @Test("An exact value is its decimal when it has one, else rounded half up to 12 places")
    func exactValueText() {
        #expect(IndicatorsReport.exactText(Rational(1_245, 10)) == "124.5")
        #expect(IndicatorsReport.exactText(Rational(2, 3)) == "0.666666666667")
        #expect(IndicatorsReport.exactText(Rational(161 * 10_000, 28_923)) == "55.665041662345")
    }

    @Test("--suppress hides every number of a suppressed figure, as the library suppresses it")
    func suppression() throws {
        let run = tool(Self.arguments("--format", "json", "--suppress"))
        #expect(run.status == 0, "\(run.errors)")
        let areas = try #require(try run.json()["areas"] as? [[String: Any]])
        let indicators = try #require(areas.first?["indicators"] as? [[String: Any]])
        let expected = try #require(Self.library(suppression: .dfe).area("E06000009"))
        #expect(indicators.map { $0["state"] as? String } == expected.indicators.map(\.state.rawValue))
        for object in indicators where object["state"] as? String == "suppressed" {
            for key in ["numerator", "denominator", "value", "display"] { #expect(object[key] is NSNull) }
        }
    }

    @Test("--indicator and --la choose the figures; CSV has one row per area and indicator")
    func chosenIndicatorsAsCSV() {
        let run = tool(Self.arguments("--indicator", "cla.rate", "--indicator", "cpp.rate", "--la", "890",
                                      "--format", "csv"))
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "period_start,period_end,la,name,population,id,numerator,denominator,value,display,unit,"
            + "decimals,state,coverage,basis,basis_days,covered_days,population_year")
        #expect(lines[1].hasPrefix("2024-04-01,2025-03-31,E06000009,Blackpool,6000,cla.rate,"))
        #expect(lines[2].contains(",cpp.rate,"))
    }

    @Test("Without a year, the latest collection year in the files; without postcodes, no distance indicator")
    func defaults() {
        let base = GeneratedData.directory
        let run = tool("indicators", "--ssda903", base, "--cin", base)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Indicators for 2024-04-01..2025-03-31"))
        #expect(run.output.contains("cla.rate") && !run.output.contains("over_20_miles"))
        #expect(run.errors.contains("cla.placement.over_20_miles.percent is left out: it needs --postcodes FILE"))
    }

    @Test("Missing files, an authority not in the files and a year no return holds exit 1, naming them")
    func invalidData() {
        let base = GeneratedData.directory
        let missing = tool("indicators", "--ssda903", "/no/such/folder")
        #expect(missing.status == 1)
        #expect(missing.errors.contains("error: /no/such/folder: no such file or folder"))
        let absent = tool("indicators", "--ssda903", base, "--cin", base, "--la", "333")
        #expect(absent.status == 1)
        #expect(absent.errors.contains("--la 333: Sandwell (E08000028) is not in the input files; they hold Blackpool (E06000009)"))
        let noPopulation = tool("indicators", "--ssda903", base, "--cin", base, "--population", "\(base)/population.csv",
                                "--year", "2027")
        // No mid-2026 estimate: the latest earlier one stands in, with a warning; but no return holds
        // 2027, so every figure is not_covered and the command exits 1 after writing them.
        #expect(noPopulation.status == 1)
        #expect(noPopulation.errors.contains("no mid-2026 population estimate")
                && noPopulation.errors.contains("rates use mid-2024"), "\(noPopulation.errors)")
        #expect(noPopulation.errors.contains("error: the returns hold none of 2026-04-01..2027-03-31 for Blackpool (E06000009)"))
        #expect(noPopulation.output.contains("no data"))
    }

    @Test("Bad usage exits 2", arguments: [
        ["indicators"],
        ["indicators", "--population", "p.csv"],
        ["indicators", "--cin", "x.xml", "--indicator", "no.such.indicator"],
        ["indicators", "--cin", "x.xml", "--indicator", "cla.placement.over_20_miles.percent"],
        ["indicators", "--cin", "x.xml", "--year", "2025", "--period", "2024-04-01..2025-03-31"],
        ["indicators", "--cin", "x.xml", "--format", "html"],
    ])
    func invalidUsage(arguments: [String]) {
        let run = tool(arguments)
        #expect(run.status == 2, "\(arguments): \(run.errors)")
        #expect(!run.errors.isEmpty && run.output.isEmpty)
    }

    @Test("An authority code no authority has exits 2")
    func unknownCode() {
        let base = GeneratedData.directory
        let run = tool("indicators", "--ssda903", base, "--la", "E99999999")
        #expect(run.status == 2)
        #expect(run.errors.contains("--la E99999999: no local authority has this code"))
    }
}
