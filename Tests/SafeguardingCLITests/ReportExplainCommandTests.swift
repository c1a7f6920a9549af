import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("The board report names the command that lists a figure's children")
struct ReportExplainCommandTests {
    @Test("Each computed card names indicators --explain; run on the returns it lists exactly the figure's children, and the report lists none")
    func cardsNameTheCommand() throws {
        let base = GeneratedData.directory
        let inputs = ["--ssda903", base, "--cin", base, "--population", "\(base)/population.csv", "--year", "2025"]
        let scratch = try ScratchDirectory()
        let page = scratch.path + "/board.html"
        let run = tool(["report", "--format", "html", "--output", page] + inputs)
        #expect(run.status == 0, "\(run.errors)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let commands = html.components(separatedBy: "<code>").dropFirst().compactMap { $0.components(separatedBy: "</code>").first }
            .filter { $0.hasPrefix("safeguarding-metrics indicators ") }
        #expect(commands.count >= 3)
        let command = try #require(commands.first { $0.contains("--explain cla.rate ") })
        #expect(command.contains("--la E06000009 --period 2024-04-01..2025-03-31"))
        // Run the named command on the returns the report read (DIR), writing into the scratch folder.
        var arguments = command.split(separator: " ").dropFirst().map { $0 == "DIR" ? base : String($0) }
        let output = try #require(arguments.firstIndex(of: "--output"))
        arguments[output + 1] = scratch.path + "/" + arguments[output + 1]
        let listed = tool(arguments + ["--population", "\(base)/population.csv"])
        #expect(listed.status == 0, "\(listed.errors)")
        let rows = try ExplainCommandTests.csv(arguments[output + 1]).rows
        let figure = try #require(IndicatorsCommandTests.library().area("E06000009")?.result(for: "cla.rate"))
        #expect(Int64(rows.count) == figure.numerator)
        // The report itself names no child.
        let children = Set(rows.compactMap { $0["child"] })
        let tokens = Set(html.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        #expect(!children.isEmpty && tokens.isDisjoint(with: children))
    }
}
