import Foundation
import SafeguardingData
import Testing
@testable import SafeguardingCLI

@Suite("indicators --list")
struct IndicatorsListTests {
    /// The `indicators --list` keys of DESIGN.md's command-line contract.
    static let contractKeys: Set<String> = ["id", "title", "definition", "unit", "decimals", "polarity", "kind", "source",
                                            "lait_measure"]

    @Test("JSON lists every indicator of the catalogue with the contract's keys, needing no input file")
    func json() throws {
        let run = tool("indicators", "--list", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == IndicatorList(.standard).json())
        let entries = try #require(try run.json()["indicators"] as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == IndicatorCatalogue.standard.indicators.map(\.id.rawValue))
        for entry in entries { #expect(Self.contractKeys.isSubset(of: entry.keys)) }
        let cin = try #require(entries.first { $0["id"] as? String == "cin.rate" })
        #expect(cin["lait_measure"] as? String == "CIN" && cin["decimals"] as? Int == 1 && cin["kind"] as? String == "snapshot")
        #expect((cin["definition"] as? String)?.contains("At31_episodes") == true)
        let family = try #require(entries.first { $0["id"] as? String == "cla.placement.family_network.percent" })
        #expect(family["lait_measure"] is NSNull && family["source"] as? String == "ssda903" && family["decimals"] as? Int == 0)
    }

    @Test("CSV and text list the definitions; --indicator chooses which, once each, in the order given")
    func csvAndText() {
        let csv = tool("indicators", "--list", "--format", "csv", "--indicator", "cpp.rate", "--indicator", "cla.rate",
                       "--indicator", "cpp.rate")
        #expect(csv.status == 0, "\(csv.errors)")
        let lines = csv.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("id,title,definition,"))
        #expect(lines[1].hasPrefix("cpp.rate,") && lines[2].hasPrefix("cla.rate,"))
        let text = tool("indicators", "--list")
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output == IndicatorList(.standard).text())
        #expect(text.output.contains("\nsdq.average  Average SDQ score\n  average score · 1 decimal place · polarity lower"))
    }

    @Test("--list with an indicator the catalogue does not have, or as HTML, is bad usage")
    func badUsage() {
        for arguments in [["indicators", "--list", "--indicator", "no.such.indicator"],
                          ["indicators", "--list", "--format", "html"]] {
            let run = tool(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.output.isEmpty && !run.errors.isEmpty)
        }
    }

    @Test("--list writes to --output")
    func output() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/list.json"
        let run = tool("indicators", "--list", "--format", "json", "--output", path)
        #expect(run.status == 0 && run.output.isEmpty, "\(run.errors)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == IndicatorList(.standard).json())
    }
}
