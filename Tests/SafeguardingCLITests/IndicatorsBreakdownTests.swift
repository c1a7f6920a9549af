import Foundation
import SafeguardingData
import Testing
@testable import SafeguardingCLI

@Suite("indicators --breakdown")
struct IndicatorsBreakdownTests {
    /// The keys of a breakdown cell in the JSON.
    static let cellKeys: Set<String> = ["cell", "count", "share", "numerator", "denominator", "value", "display",
                                        "state", "population"]

    /// The indicator objects of the only area in a JSON run.
    static func indicators(_ run: Run) throws -> [[String: Any]] {
        let areas = try #require(try run.json()["areas"] as? [[String: Any]])
        return try #require(areas.first?["indicators"] as? [[String: Any]])
    }

    @Test("--breakdown sex gives every indicator its cells, whose counts sum to the total count")
    func cellsSumToTheTotal() throws {
        let run = tool(IndicatorsCommandTests.arguments("--format", "json", "--breakdown", "sex"))
        #expect(run.status == 0, "\(run.errors)")
        let indicators = try Self.indicators(run)
        #expect(!indicators.isEmpty)
        for object in indicators {
            let id = object["id"] as? String ?? "?"
            let breakdown = try #require(object["breakdown"] as? [String: Any], "\(id)")
            #expect(breakdown["name"] as? String == "sex")
            // A figure whose period the returns do not hold (pre-proceedings before 2025-26) has no counts.
            if object["state"] as? String == "not_covered" { continue }
            let cells = try #require(breakdown["cells"] as? [[String: Any]])
            #expect(cells.map { $0["cell"] as? String } == Breakdown.sex.cellLabels, "\(id)")
            for cell in cells { #expect(Set(cell.keys) == Self.cellKeys) }
            let counts = cells.compactMap { $0["count"] as? Int64 }
            #expect(counts.count == cells.count, "\(id): no cell is suppressed without --suppress")
            // An average's count is its denominator (scores or days are summed over it).
            let average = ["average_score", "days"].contains(object["unit"] as? String ?? "")
            let total = average ? object["denominator"] : object["numerator"]
            #expect(counts.reduce(0, +) == total as? Int64, "\(id)")
            if counts.reduce(0, +) > 0 {
                let shares = cells.compactMap { $0["share"] as? Double }
                #expect(abs(shares.reduce(0, +) - 100) < 1e-6, "\(id)")
            }
        }
    }

    @Test("Without --breakdown there is no breakdown member, and CSV keeps its columns")
    func noBreakdownNoChange() throws {
        let run = tool(IndicatorsCommandTests.arguments("--format", "json", "--indicator", "cla.rate"))
        #expect(run.status == 0, "\(run.errors)")
        #expect(try Self.indicators(run).allSatisfy { Set($0.keys) == ContractKeys.indicator })
    }

    @Test("--breakdown-populations gives each cell a rate over its own population")
    func ratesPerCell() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("""
            la_code,year,breakdown,cell,population
            E06000009,2024,sex,Male,3100
            890,2024,sex,Female,2900
            """, to: "population_by_sex.csv")
        let run = tool(IndicatorsCommandTests.arguments("--format", "json", "--indicator", "cla.rate",
                                                        "--breakdown", "sex", "--breakdown-populations", file))
        #expect(run.status == 0, "\(run.errors)")
        let indicator = try #require(try Self.indicators(run).first)
        let breakdown = try #require(indicator["breakdown"] as? [String: Any])
        let cells = try #require(breakdown["cells"] as? [[String: Any]])
        for (label, population) in [("Male", Int64(3100)), ("Female", 2900)] {
            let cell = try #require(cells.first { $0["cell"] as? String == label })
            let count = try #require(cell["count"] as? Int64)
            #expect(count > 0)
            #expect(cell["numerator"] as? Int64 == count)
            #expect(cell["denominator"] as? Int64 == population)
            #expect(cell["population"] as? Int64 == population)
            #expect(cell["state"] as? String == "ok")
            let value = try #require(cell["value"] as? Double)
            #expect(abs(value - Double(count) * 10_000 / Double(population)) < 1e-9)
            let display = Rational(Int128(count) * 10_000, Int128(population)).rounded(toDecimals: 0).description
            #expect(cell["display"] as? String == display)
        }
        let unknown = try #require(cells.first { $0["cell"] as? String == "Not recorded" })
        #expect(unknown["population"] is NSNull && unknown["value"] is NSNull)
        #expect(unknown["denominator"] as? Int64 == 0 && unknown["state"] as? String == "undefined")
    }

    @Test("Without --breakdown-populations a rate's cells are undefined, and stderr says why")
    func ratesWithoutPopulations() throws {
        let run = tool(IndicatorsCommandTests.arguments("--format", "json", "--indicator", "cla.rate", "--breakdown", "sex"))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("without --breakdown-populations FILE"))
        let breakdown = try #require(try Self.indicators(run).first?["breakdown"] as? [String: Any])
        let cells = try #require(breakdown["cells"] as? [[String: Any]])
        #expect(cells.allSatisfy { $0["state"] as? String == "undefined" && $0["count"] is Int64 })
    }

    @Test("CSV gains the columns breakdown,cell: the total row, then a row per cell")
    func csvRows() {
        let run = tool(IndicatorsCommandTests.arguments("--indicator", "cla.rate", "--indicator", "cpp.rate",
                                                        "--breakdown", "sex", "--format", "csv"))
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let cells = Breakdown.sex.cellLabels
        #expect(lines.count == 1 + 2 * (1 + cells.count))
        #expect(lines.first.map(String.init) == "period_start,period_end,la,name,population,id,numerator,denominator,value,display,"
            + "unit,decimals,state,coverage,breakdown,cell,basis,basis_days,covered_days,population_year")
        for (offset, id) in ["cla.rate", "cpp.rate"].enumerated() {
            let block = Array(lines.dropFirst(1 + offset * (1 + cells.count)).prefix(1 + cells.count))
            #expect(block.allSatisfy { $0.contains(",\(id),") })
            #expect(block[0].hasPrefix("2024-04-01,2025-03-31,E06000009,Blackpool,6000,\(id),")
                    && block[0].hasSuffix(",sex,,12_months,365,365,2024"), "\(block[0])")
            for (row, label) in zip(block.dropFirst(), cells) {
                #expect(row.hasSuffix(",sex,\(label),12_months,365,365,"), "\(row)")
            }
        }
    }

    @Test("Text adds a table of cells per indicator after the area's table")
    func textTables() {
        let run = tool(IndicatorsCommandTests.arguments("--indicator", "cpp.rate", "--breakdown", "age_band"))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("\ncpp.rate by age band:\n  cell "))
        #expect(run.output.contains("  5-9 ") && run.output.contains("%"))
    }

    @Test("The help documents both flags and the breakdown member, with an example")
    func help() {
        let run = tool("indicators", "--help")
        #expect(run.status == 0)
        #expect(run.output.contains("--breakdown <NAME>") && run.output.contains("--breakdown-populations <FILE>"))
        #expect(run.output.contains("\"breakdown\":{\"name\",\"cells\""))
        #expect(run.output.contains("--indicator cpp.rate \\") && run.output.contains("population_by_age.csv"))
    }

    @Test("A name that is not a breakdown, or populations without one, exit 2 naming the valid breakdowns",
          arguments: [["--breakdown", "gender"], ["--breakdown", "none"], ["--breakdown-populations", "p.csv"]])
    func invalidUsage(arguments: [String]) {
        let run = tool(["indicators", "--cin", "x.xml"] + arguments)
        #expect(run.status == 2, "\(arguments): \(run.errors)")
        #expect(run.output.isEmpty)
        if arguments[0] == "--breakdown" {
            #expect(run.errors.contains("not a breakdown; use one of age_band, sex, ethnicity, ethnic_group, disability, "
                + "primary_need, initial_category_of_abuse, latest_category_of_abuse, placement_group"), "\(run.errors)")
        } else {
            #expect(run.errors.contains("--breakdown-populations FILE needs --breakdown NAME"))
        }
    }

    @Test("A populations file that is missing or by another breakdown exits 1; a bad row is named by line and column")
    func invalidPopulations() throws {
        let missing = tool(IndicatorsCommandTests.arguments("--breakdown", "sex", "--breakdown-populations", "/no/such.csv"))
        #expect(missing.status == 1)
        #expect(missing.errors.contains("error: ") && missing.errors.contains("/no/such.csv"), "\(missing.errors)")
        #expect(missing.output.isEmpty)

        let scratch = try ScratchDirectory()
        let byAge = try scratch.write("la_code,year,breakdown,cell,population\nE06000009,2024,age_band,5-9,800\n",
                                      to: "by_age.csv")
        let other = tool(IndicatorsCommandTests.arguments("--indicator", "cla.rate", "--breakdown", "sex",
                                                          "--breakdown-populations", byAge))
        #expect(other.status == 1)
        #expect(other.errors.contains("age_band") && other.output.isEmpty, "\(other.errors)")

        let badRow = try scratch.write("la_code,year,breakdown,cell,population\nE06000009,2024,sex,Male,3100\n"
                                       + "E06000009,2024,sex,female,2900\n", to: "bad_row.csv")
        let run = tool(IndicatorsCommandTests.arguments("--indicator", "cla.rate", "--breakdown", "sex",
                                                        "--breakdown-populations", badRow, "--format", "json"))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("bad_row.csv:3:4"), "\(run.errors)")
    }
}
