import Foundation
import Testing
@testable import SafeguardingCLI

/// Publication suppression end to end on a small generated authority, where counts of 1 to 5 occur.
@Suite("suppression end to end")
struct SuppressionEndToEndTests {
    /// A small authority's returns (300 children, three years) and reference files.
    final class SmallAuthority {
        let scratch: ScratchDirectory
        init() throws {
            scratch = try ScratchDirectory()
            let run = tool("generate", "--out", scratch.path, "--la", "E06000009", "--years", "3", "--children", "300")
            precondition(run.status == 0, "generate failed: \(run.errors)")
        }
        var returns: [String] {
            ["--ssda903", scratch.path, "--cin", scratch.path, "--population", scratch.path + "/population.csv",
             "--postcodes", scratch.path + "/postcodes.csv"]
        }
    }

    static func inRange(_ value: Any?) -> Bool {
        guard let number = value as? NSNumber, number.doubleValue == number.doubleValue.rounded() else { return false }
        return (1...5).contains(number.int64Value)
    }

    /// The counts of a figure that are subject to the rule: the numerator unless it is an average's
    /// sum of scores, the denominator unless the figure is a count.
    static func hasSmallCount(_ figure: [String: Any]) -> Bool {
        let unit = figure["unit"] as? String
        return (unit != "average_score" && inRange(figure["numerator"])) || (unit != "count" && inRange(figure["denominator"]))
    }

    @Test("indicators --suppress: every figure with a count of 1 to 5 is c in JSON, CSV and text, and the SDQ trio hides together")
    func indicators() throws {
        let authority = try SmallAuthority()
        let base = ["indicators"] + authority.returns + ["--year", "2025"]
        let open = tool(base + ["--format", "json"]), hidden = tool(base + ["--format", "json", "--suppress"])
        #expect(open.status == 0 && hidden.status == 0, "\(hidden.errors)")
        let openFigures = try #require((try open.json()["areas"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])
        let shownFigures = try #require((try hidden.json()["areas"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: shownFigures.map { ($0["id"] as! String, $0) })
        let small = openFigures.filter(Self.hasSmallCount).map { $0["id"] as! String }
        #expect(small.count >= 5, "the small authority must have counts of 1 to 5")
        // Primary: every figure with a small count is suppressed, and none of its numbers is shown.
        for id in small {
            let figure = try #require(byID[id])
            #expect(figure["state"] as? String == "suppressed", "\(id)")
            for key in ["numerator", "denominator", "value", "display"] { #expect(figure[key] is NSNull, "\(id) \(key)") }
        }
        // No figure shown has a count of 1 to 5.
        for figure in shownFigures where figure["state"] as? String == "ok" {
            #expect(!Self.hasSmallCount(figure), "\(figure["id"] ?? "")")
        }
        // The SDQ trio shares the children with a score: when it is 1 to 5, all three are c.
        let openByID = Dictionary(uniqueKeysWithValues: openFigures.map { ($0["id"] as! String, $0) })
        let scored = try #require(openByID["sdq.average"]?["denominator"] as? NSNumber).int64Value
        #expect(scored == (openByID["sdq.received.percent"]?["numerator"] as? NSNumber)?.int64Value)
        let trio = ["sdq.average", "sdq.received.percent", "sdq.concern.percent"]
        let trioStates = trio.map { byID[$0]?["state"] as? String }
        #expect((1...5).contains(scored), "the small authority should have 1 to 5 children with a score")
        #expect(trioStates.allSatisfy { $0 == "suppressed" }, "\(trioStates)")
        // CSV and text show the same figures suppressed.
        let csv = tool(base + ["--format", "csv", "--suppress"]).output.split(separator: "\n").map(String.init)
        let header = csv[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let idColumn = try #require(header.firstIndex(of: "id")), stateColumn = try #require(header.firstIndex(of: "state"))
        for line in csv.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else { continue }
            #expect((fields[stateColumn] == "suppressed") == (byID[fields[idColumn]]?["state"] as? String == "suppressed"), "\(line)")
        }
        let text = tool(base + ["--suppress"]).output.split(separator: "\n").map(String.init)
        for id in small {
            let line = try #require(text.first { $0.hasPrefix(id + " ") })
            // value, numerator and denominator are all c (the title may hold digits of its own).
            #expect(line.split(separator: " ").filter { $0 == "c" }.count >= 3, "\(line)")
        }
    }

    @Test("indicators --suppress --breakdown sex: no cell shows a count of 1 to 5, and no hidden cell is alone")
    func breakdown() throws {
        let authority = try SmallAuthority()
        let base = ["indicators"] + authority.returns + ["--year", "2025", "--breakdown", "sex", "--format", "json"]
        let open = tool(base), hidden = tool(base + ["--suppress"])
        #expect(open.status == 0 && hidden.status == 0, "\(hidden.errors)")
        func figures(_ run: Run) throws -> [[String: Any]] {
            try #require((try run.json()["areas"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])
        }
        var smallCells = 0
        for (openFigure, figure) in zip(try figures(open), try figures(hidden)) {
            let id = figure["id"] as! String
            let unit = openFigure["unit"] as? String
            let openCells = (openFigure["breakdown"] as? [String: Any])?["cells"] as? [[String: Any]] ?? []
            let cells = (figure["breakdown"] as? [String: Any])?["cells"] as? [[String: Any]] ?? []
            #expect(openCells.count == cells.count && !cells.isEmpty, "\(id)")
            for (openCell, cell) in zip(openCells, cells) {
                var withUnit = openCell
                withUnit["unit"] = unit
                if Self.hasSmallCount(withUnit) {
                    smallCells += 1
                    #expect(cell["state"] as? String == "suppressed", "\(id) \(cell["cell"] ?? "")")
                }
                if cell["state"] as? String == "suppressed" {
                    for key in ["count", "numerator", "denominator", "display"] { #expect(cell[key] is NSNull, "\(id) \(key)") }
                }
            }
            // With the total shown, a single hidden non-zero cell could be recovered by subtraction.
            guard figure["state"] as? String == "ok" else { continue }
            let hiddenNonZero = zip(openCells, cells).filter { openCell, cell in
                cell["state"] as? String == "suppressed"
                    && ((openCell["count"] as? NSNumber)?.int64Value ?? 0 > 0 || (openCell["denominator"] as? NSNumber)?.int64Value ?? 0 > 0)
            }
            #expect(hiddenNonZero.count != 1, "\(id): one hidden cell beside a shown total")
        }
        #expect(smallCells > 0, "the small authority must have cells of 1 to 5")
    }

    /// A framework whose count rows have small typed-in baselines, targets and actuals.
    static let framework = """
        id,outcome,indicator,unit,polarity,decimals,baseline 2023-04,target 2024-03,actual 2024-03
        S-1,Small,Children placed far away,count,lower,0,3,4,2
        S-2,Small,Children placed in the area,count,higher,0,40,45,47
        """

    @Test("scorecard and report --suppress: typed-in counts of 1 to 5 are not shown in any format")
    func frameworkCounts() throws {
        let authority = try SmallAuthority()
        let framework = try authority.scratch.write(Self.framework, to: "small.csv")
        func rows(_ json: [String: Any]) throws -> [String: [String: Any]] {
            let list = try #require(json["rows"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0) })
        }
        func check(_ rows: [String: [String: Any]]) throws {
            let small = try #require(rows["S-1"]), large = try #require(rows["S-2"])
            #expect(!Self.inRange((small["baseline"] as? [String: Any])?["value"]))
            for point in small["points"] as? [[String: Any]] ?? [] {
                for key in ["target", "actual", "expected"] { #expect(!Self.inRange(point[key]), "\(key)") }
            }
            #expect(((large["baseline"] as? [String: Any])?["value"] as? NSNumber)?.intValue == 40)
            #expect((large["points"] as? [[String: Any]])?.last?["target"] as? Int == 45)
        }
        let scorecard = tool(["scorecard", "--framework", framework, "--at", "2024-03", "--format", "json", "--suppress"])
        #expect(scorecard.status == 0, "\(scorecard.errors)")
        try check(try rows(try scorecard.json()))
        let open = tool(["scorecard", "--framework", framework, "--at", "2024-03", "--format", "json"])
        #expect((try rows(try open.json())["S-1"]?["baseline"] as? [String: Any])?["value"] as? Int == 3)

        let report = ["report", "--framework", framework, "--at", "2024-03", "--suppress"] + authority.returns
        let json = tool(report + ["--format", "json"])
        #expect(json.status == 0, "\(json.errors)")
        try check(try rows(try #require(try json.json()["scorecard"] as? [String: Any])))
        for format in ["text", "csv", "html"] {
            let run = tool(report + ["--format", format])
            #expect(run.status == 0, "\(format): \(run.errors)")
            // The row's line, not the header's list of rows not linked.
            let line = run.output.split(separator: "\n").first { $0.contains("S-1") && !$0.contains("Not linked") }
                .map(String.init) ?? ""
            #expect(!line.isEmpty, "\(format)")
            for small in ["3", "4", "2"] {
                #expect(!line.split(whereSeparator: { ",| <>()".contains($0) }).contains { $0 == small }, "\(format): \(line)")
            }
        }
    }
}
