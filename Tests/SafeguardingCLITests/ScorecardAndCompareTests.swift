import Foundation
import Testing
@testable import SafeguardingCLI
import SafeguardingData

@Suite("scorecard and compare")
struct ScorecardAndCompareTests {
    @Test("Scorecard JSON of the Blackpool file has the contract's keys and OF1-03 expected at 816 in January 2024")
    func scorecardJSON() throws {
        let run = tool("scorecard", "--framework", Repository.blackpoolFramework, "--at", "2024-01", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let rows = try #require(try run.json()["rows"] as? [[String: Any]])
        #expect(rows.count == 40)
        for row in rows {
            #expect(ContractKeys.scorecardRow.isSubset(of: row.keys), "\(row.keys.sorted())")
            for point in row["points"] as? [[String: Any]] ?? [] {
                #expect(ContractKeys.scorecardPoint.isSubset(of: point.keys))
            }
        }
        let referrals = try #require(rows.first { $0["id"] as? String == "OF1-03" })
        let expected = try #require(referrals["expected_at"] as? [String: Any])
        #expect(expected["date"] as? String == "2024-01" && expected["value"] as? Int == 816)
        let baseline = try #require(referrals["baseline"] as? [String: Any])
        #expect(baseline["value"] as? Int == 833)
    }

    @Test("Scorecard text and CSV show every row; --at defaults to the latest actual for a file named by its stem")
    func scorecardTextAndCSV() {
        let text = tool("scorecard", "--framework", Repository.blackpoolFramework)
        #expect(text.status == 0)
        #expect(text.output.hasPrefix("blackpool_outcomes_framework_2024_01, at 2023-10\n"))
        #expect(!text.output.contains("↳"))
        let csv = tool("scorecard", "--framework", Repository.blackpoolFramework, "--format", "csv")
        #expect(csv.output.split(separator: "\n").count == 41)
    }

    @Test("With --suppress an actual whose counts are 1 to 5 is not shown in any format")
    func scorecardSuppression() throws {
        let scratch = try ScratchDirectory()
        let framework = try scratch.write("""
            id,outcome,indicator,unit,polarity,decimals,baseline 2023-04,target 2024-03,actual 2024-03,actual numerator 2024-03,actual denominator 2024-03
            S-1,Small,Repeat plans,percent,lower,1,10%,8%,7.5%,3,40
            S-2,Small,Plans lasting 2 years,percent,lower,1,10%,8%,6.0%,6,100
            """, to: "small.csv")
        let open = tool("scorecard", "--framework", framework, "--format", "json")
        let hidden = tool("scorecard", "--framework", framework, "--format", "json", "--suppress")
        #expect(open.status == 0 && hidden.status == 0, "\(open.errors)")
        func actuals(_ run: Run) throws -> [String: String] {
            let rows = try #require(try run.json()["rows"] as? [[String: Any]])
            var result: [String: String] = [:]
            for row in rows {
                let point = (row["points"] as? [[String: Any]])?.last
                result[row["id"] as! String] = (point?["actual"] as? NSNumber)?.stringValue ?? "null"
            }
            return result
        }
        #expect(try actuals(open) == ["S-1": "7.5", "S-2": "6"])
        #expect(try actuals(hidden) == ["S-1": "null", "S-2": "6"])
        let text = tool("scorecard", "--framework", framework, "--suppress")
        #expect(text.output.contains("S-1") && !text.output.contains("7.5 (2024-03)"))
        #expect(text.output.contains("6.0 (2024-03)"))
    }

    @Test("Compare JSON has exactly the contract's keys, with Blackpool's 2025 figure and its ten neighbours")
    func compareJSON() throws {
        let run = tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let json = try run.json()
        #expect(Set(json.keys) == ContractKeys.compare)
        #expect(json["la"] as? String == "E06000009" && json["value"] as? Int == 184)
        let neighbours = try #require(json["neighbours"] as? [[String: Any]])
        #expect(neighbours.count == 10)
        #expect(neighbours.allSatisfy { Set($0.keys) == ContractKeys.neighbour })
        #expect(neighbours.first?["name"] as? String == "Hartlepool")
        #expect(json["neighbour_statistic"] as? String == "mean" && json["neighbours_with_value"] as? Int == 10)
        #expect((json["england"] as? [String: Any])?["value"] as? Int == 67)
        #expect(((json["region"] as? [String: Any])?["name"] as? String)?.lowercased() == "north west")
    }

    @Test("Compare by median, in text and CSV, names the statistic used")
    func compareMedian() {
        let text = tool("compare", "--indicator", "cla.rate", "--la", "E06000009", "--year", "2025", "--statistic", "median")
        #expect(text.status == 0)
        #expect(text.output.contains("Neighbours' median (10 of 10 with a value)"))
        let csv = tool("compare", "--indicator", "cla.rate", "--la", "E06000009", "--year", "2025", "--format", "csv")
        #expect(csv.output.split(separator: "\n").count == 1 + 1 + 10 + 3)
        #expect(csv.output.contains("cla.rate,2025,neighbours_mean,"))
    }

    @Test("Suppressing a comparison hides small-count values and leaves them out of the neighbours' statistic")
    func comparisonSuppression() throws {
        let comparer = try ReferenceData.comparer()
        var comparison = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
        comparison.neighbours[0].value = IndicatorValue(published: .number(FixedDecimal(1_000)), numerator: 3, denominator: 30)
        let shown = Publication(policy: .dfe).shown(comparison, unit: .ratePer10k)
        #expect(shown.neighbours[0].value?.published == .symbol(.confidential))
        #expect(shown.comparator.neighboursWithValue == 9)
        #expect(shown.value == comparison.value && shown.rank == comparison.rank)
        #expect(Publication.internalUse.shown(comparison, unit: .ratePer10k) == comparison)
    }
}

@Suite("other reference files")
struct ReferenceFileTests {
    @Test("Compare uses a neighbour list given with --neighbours instead of the bundled one")
    func ownNeighbourList() throws {
        let scratch = try ScratchDirectory()
        let list = try scratch.write("""
            new_la_code,sn_rank,sn_new_la_code,closeness
            E06000009,1,E08000028,close
            E06000009,2,E06000017,not close
            """, to: "sn_test.csv")
        let run = tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--neighbours", list,
                       "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let json = try run.json()
        let neighbours = try #require(json["neighbours"] as? [[String: Any]])
        #expect(neighbours.map { $0["name"] as? String } == ["Sandwell", "Rutland"])
        #expect(json["neighbours_with_value"] as? Int == 2)
        // Blackpool has 2 neighbours, not the model's 10: reported on stderr, not an error.
        #expect(run.errors.contains("sn_test.csv"))
    }

    @Test("A neighbour file that is missing exits 1")
    func missingNeighbourList() {
        let run = tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--neighbours", "/no/sn.csv")
        #expect(run.status == 1)
        #expect(run.errors.contains("/no/sn.csv"))
    }
}

@Suite("framework JSON")
struct FrameworkJSONInputTests {
    @Test("A framework written as JSON gives the same scorecard as the CSV it came from")
    func jsonFramework() throws {
        let scratch = try ScratchDirectory()
        let loaded = try FrameworkCSV.read(path: Repository.blackpoolFramework, name: "Blackpool", version: "2024-01")
        let path = try scratch.write(FrameworkJSON.encode(loaded.framework), to: "blackpool.json")
        let fromJSON = tool("scorecard", "--framework", path, "--at", "2024-01", "--format", "json")
        let fromCSV = tool("scorecard", "--framework", Repository.blackpoolFramework, "--at", "2024-01", "--format", "json")
        #expect(fromJSON.status == 0 && fromCSV.status == 0, "\(fromJSON.errors)")
        let rows = { (run: Run) throws -> String in
            let data = try JSONSerialization.data(withJSONObject: try run.json()["rows"] as Any, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try rows(fromJSON) == rows(fromCSV))
    }
}
