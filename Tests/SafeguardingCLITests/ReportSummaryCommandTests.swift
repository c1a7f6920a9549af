import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("report summary")
struct ReportSummaryCommandTests {
    @Test("report --format html starts with the one-page summary, with the demonstration's computed quarterly trends")
    func htmlSummary() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.path + "/board.html"
        let run = tool("report", "--format", "html", "--output", file)
        #expect(run.status == 0, "\(run.errors)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        let summary = try #require(html.range(of: "<section class=\"onepage\""))
        let main = try #require(html.range(of: "<main>"))
        #expect(summary.lowerBound < main.lowerBound)
        let page = html[summary.lowerBound..<main.lowerBound]
        #expect(page.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 40)
        #expect(page.contains("<svg class=\"spark\""))
        #expect(page.contains("Demonstration: computed actuals and trends come from synthetic records"))
    }

    @Test("report as text has the compact summary before the first outcome, and the CSV and JSON are unchanged by it")
    func textSummary() {
        let run = tool("report")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.components(separatedBy: "\n")
        let summary = lines.firstIndex { $0.hasPrefix("SUMMARY") }
        let outcome = lines.firstIndex { $0.hasPrefix("CHILDREN, YOUNG PEOPLE AND FAMILIES STAY TOGETHER") }
        #expect(summary != nil && outcome != nil && summary! < outcome!)
        #expect(!tool("report", "--format", "csv").output.contains("SUMMARY"))
    }
}
