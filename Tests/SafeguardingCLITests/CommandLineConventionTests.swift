import Foundation
import Testing
@testable import SafeguardingCLI
import SafeguardingData
import SafeguardingMetrics

@Suite("the command line as people expect it")
struct CommandLineConventionTests {
    @Test("--version prints the one version constant, a semantic version, and exits 0")
    func version() {
        let run = tool("--version")
        #expect(run.status == 0)
        #expect(run.output == SafeguardingMetricsTool.version + "\n")
        let parts = SafeguardingMetricsTool.version.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }

    @Test("Reading returns shows progress lines only when standard error is a terminal, counting every file")
    func progressOnlyOnTerminal() throws {
        let data = GeneratedData.directory
        let arguments = ["indicators", "--ssda903", data, "--cin", data, "--population", data + "/population.csv",
                         "--year", "2025", "--indicator", "cla.rate", "--format", "csv"]
        let piped = Console.captured()
        #expect(SafeguardingMetricsTool.run(arguments, console: piped) == 0)
        #expect(piped.progressLines.isEmpty && !piped.standardError.contains("reading returns"))
        let terminal = Console.captured(errorIsTerminal: true)
        #expect(SafeguardingMetricsTool.run(arguments, console: terminal) == 0)
        #expect(terminal.standardOutput == piped.standardOutput)
        let counted = terminal.progressLines.filter { $0.hasPrefix("reading returns ") && $0.contains("/") }
        let files = try #require(counted.last?.split(separator: " ")[2].split(separator: "/"))
        #expect(files.count == 2 && files[0] == files[1])
        #expect(counted.count == Int(files[1]))
    }

    @Test("generate shows one progress line per authority on a terminal")
    func generateProgress() throws {
        let scratch = try ScratchDirectory()
        let console = Console.captured(errorIsTerminal: true)
        let status = SafeguardingMetricsTool.run(["generate", "--out", scratch.path, "--las", "2", "--years", "1",
                                                  "--children", "300"], console: console)
        #expect(status == 0)
        let lines = console.progressLines.filter { $0.hasPrefix("generating ") && $0.contains("/2 ") }
        #expect(lines.map { $0.split(separator: " ")[1] } == ["1/2", "2/2"])
    }

    @Test("compare --all ranks every authority best first, each rank the one compare gives that authority")
    func compareAll() throws {
        let id = "referrals.repeat_within_12_months.percent"
        let run = tool("compare", "--indicator", id, "--all", "--year", "2025", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let document = try run.json()
        let rows = try #require(document["authorities"] as? [[String: Any]])
        let rankOf = try #require(document["rank_of"] as? Int)
        #expect(rows.count >= 150 && rankOf <= rows.count)
        let ranks = rows.compactMap { $0["rank"] as? Int }
        #expect(ranks.count == rankOf && ranks == ranks.sorted() && ranks.first == 1)
        for row in [rows[0], rows[rows.count / 2], rows[rankOf - 1]] {
            let la = try #require(row["la"] as? String)
            let single = try tool("compare", "--indicator", id, "--la", la, "--year", "2025", "--format", "json").json()
            #expect(single["rank"] as? Int == row["rank"] as? Int, "\(la)")
            #expect("\(single["value"] ?? "")" == "\(row["value"] ?? "")", "\(la)")
        }
        #expect(tool("compare", "--all", "--year", "2025").status == 2)
        #expect(tool("compare", "--indicator", id, "--all", "--la", "E06000009", "--year", "2025").status == 2)
    }

    @Test("compare --la without --indicator shows every published indicator of the catalogue, each as compare shows it")
    func laLevel() throws {
        let run = tool("compare", "--la", "Blackpool", "--year", "2025", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let document = try run.json()
        #expect(document["la"] as? String == "E06000009")
        let rows = try #require(document["indicators"] as? [[String: Any]])
        let comparer = try ReferenceData.comparer()
        let published = Set(comparer.table.indicators(in: 2025))
        let expected = comparer.catalogue.indicators.map(\.id.rawValue).filter { published.contains(IndicatorID($0)) }
        #expect(rows.compactMap { $0["indicator"] as? String } == expected)
        for row in rows.prefix(5) {
            let id = try #require(row["indicator"] as? String)
            let single = try tool("compare", "--indicator", id, "--la", "E06000009", "--year", "2025", "--format", "json").json()
            for key in ["value", "neighbour_value", "rank", "rank_of", "quartile_band"] {
                #expect("\(single[key] ?? "")" == "\(row[key] ?? "")", "\(id) \(key)")
            }
        }
        let csv = tool("compare", "--la", "E06000009", "--year", "2025", "--format", "csv")
        #expect(csv.output.split(separator: "\n").count == expected.count + 1)
        #expect(tool("compare", "--year", "2025").status == 2)
    }
}
