import Foundation
import Testing
@testable import SafeguardingCLI

/// Issue 17: the report carries the framework's own title, not its file name, and prints on A4 or
/// Letter.
@Suite("report titles and paper")
struct ReportTitleAndPaperTests {
    static let framework = """
        id,outcome,indicator,unit,polarity,framework_title,baseline 2023-04,target 2024-03,actual 2023-10
        A1,Help,Referral rate per 10000,per 10000,lower,Anytown children's services board,900,850,870
        A2,Care,Children looked after per 10000,per 10000,lower,,90,85,88

        """

    @Test("A framework_title column names the report; --title overrides it; without either the file name does")
    func titles() throws {
        let scratch = try ScratchDirectory()
        let titled = try scratch.write(Self.framework, to: "fw_2024_q3.csv")
        let html = tool("report", "--framework", titled, "--format", "html")
        #expect(html.status == 0, "\(html.errors)")
        #expect(html.output.contains("<title>Anytown children&#39;s services board: scorecard at")
                || html.output.contains("<title>Anytown children's services board: scorecard at"))
        let heading = try #require(html.output.split(separator: "\n").first { $0.hasPrefix("<h1>") })
        #expect(heading.hasPrefix("<h1>Anytown children") && !heading.contains("fw_2024_q3"), "\(heading)")
        let text = tool("report", "--framework", titled)
        #expect(text.output.hasPrefix("Anytown children's services board"), "\(text.output.prefix(80))")
        let renamed = tool("report", "--framework", titled, "--title", "Board, December", "--format", "html")
        #expect(renamed.output.contains("<h1>Board, December: scorecard at"))
        let plain = try scratch.write(Self.framework.replacingOccurrences(of: "Anytown children's services board", with: ""),
                                      to: "plain_file.csv")
        #expect(tool("report", "--framework", plain).output.hasPrefix("plain_file"))
        // The column is the framework's, not a row's: it raises no problem.
        #expect(!text.errors.contains("framework_title"))
    }

    @Test("--write-framework keeps the framework's title in its framework_title column, as CSV and as a workbook")
    func titleWrittenBack() throws {
        let scratch = try ScratchDirectory()
        let titled = try scratch.write(Self.framework, to: "fw_2024_q3.csv")
        for name in ["next_quarter.csv", "next_quarter.xlsx"] {
            let out = scratch.path + "/" + name
            let run = tool("report", "--framework", titled, "--title", "Board, next quarter", "--write-framework", out)
            #expect(run.status == 0, "\(run.errors)")
            let again = tool("report", "--framework", out, "--format", "html")
            #expect(again.status == 0, "\(again.errors)")
            #expect(again.output.contains("<h1>Board, next quarter: scorecard at"), "\(name)")
        }
        let plain = try scratch.write(Self.framework.replacingOccurrences(of: "Anytown children's services board", with: ""),
                                      to: "plain_file.csv")
        let out = scratch.path + "/plain_next.csv"
        #expect(tool("report", "--framework", plain, "--write-framework", out).status == 0)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!written.contains("framework_title"), "a framework named only by its file writes no title")
    }

    @Test("--paper letter prints on US Letter; A4 is the default; anything else is invalid usage")
    func paper() throws {
        let a4 = tool("report", "--format", "html")
        #expect(a4.output.contains("@page{size:A4;"))
        let letter = tool("report", "--format", "html", "--paper", "letter")
        #expect(letter.status == 0)
        #expect(letter.output.contains("@page{size:letter;") && !letter.output.contains("size:A4"))
        #expect(tool("report", "--format", "html", "--paper", "a3").status == 2)
    }
}
