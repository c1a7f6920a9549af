import Foundation
import SafeguardingData
import Testing
@testable import SafeguardingCLI

@Suite("The board report names the command that lists a figure's children")
struct ReportExplainCommandTests {
    /// The commands a board page names, HTML entities undone.
    static func commands(_ html: String) -> [String] {
        html.components(separatedBy: "<code>").dropFirst().compactMap { $0.components(separatedBy: "</code>").first }
            .map { $0.replacing("&quot;", with: "\"").replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&") }
            .filter { $0.hasPrefix("safeguarding-metrics indicators ") }
    }

    /// The arguments a POSIX shell makes of `command` (after the program's name).
    static func shellWords(_ command: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let line = command.dropFirst("safeguarding-metrics ".count)
        process.arguments = ["-c", "printf '%s\\0' " + line]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test("Each computed card names indicators --explain on the report's own input paths, quoted for the shell; run as named, it lists exactly the figure's children, and the report lists none")
    func cardsNameTheCommand() throws {
        let scratch = try ScratchDirectory()
        // The returns under a folder whose name needs quoting: a space and an apostrophe.
        let base = scratch.path + "/the council's returns"
        try FileManager.default.copyItem(atPath: GeneratedData.directory, toPath: base)
        let population = base + "/population.csv", postcodes = base + "/postcodes.csv"
        let page = scratch.path + "/board.html"
        let run = tool(["report", "--format", "html", "--output", page, "--ssda903", base, "--cin", base,
                        "--population", population, "--postcodes", postcodes, "--year", "2025"])
        #expect(run.status == 0, "\(run.errors)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let commands = Self.commands(html)
        let computed = html.components(separatedBy: ", computed").count - 1
        #expect(commands.count >= 3 && commands.count <= computed, "\(commands.count) commands, \(computed) computed")
        #expect(!html.contains("with DIR the returns"))
        for command in commands {
            #expect(command.contains("'\(base.replacing("'", with: "'\\''"))'"), "\(command)")
            let words = try Self.shellWords(command)
            #expect(words.starts(with: ["indicators", "--ssda903", base, "--cin", base, "--population", population,
                                        "--postcodes", postcodes, "--la", "E06000009", "--period"]), "\(words)")
        }
        let command = try #require(commands.first { $0.contains("--explain cla.rate ") })
        #expect(command.contains("--la E06000009 --period 2024-04-01..2025-03-31"))
        // Run the named command as a shell reads it, writing into the scratch folder.
        var arguments = try Self.shellWords(command)
        let output = try #require(arguments.firstIndex(of: "--output"))
        arguments[output + 1] = scratch.path + "/" + arguments[output + 1]
        let listed = tool(arguments)
        #expect(listed.status == 0, "\(listed.errors)")
        let rows = try ExplainCommandTests.csv(arguments[output + 1]).rows
        let figure = try #require(IndicatorsCommandTests.library().area("E06000009")?.result(for: "cla.rate"))
        #expect(Int64(rows.count) == figure.numerator)
        // The report itself names no child.
        let children = Set(rows.compactMap { $0["child"] })
        let tokens = Set(html.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        #expect(!children.isEmpty && tokens.isDisjoint(with: children))
    }

    @Test("A local measure of events names its command, with the local tables and measure; an audit measure's card none")
    func localMeasureCards() throws {
        let scratch = try ScratchDirectory()
        let base = GeneratedData.directory
        let events = try scratch.write("""
            la,child,date,kind
            E06000009,C1,2024-05-02,EHA
            E06000009,C2,2024-06-10,EHA
            E06000009,C3,2025-01-15,EHA

            """, to: "events.csv")
        let audits = try scratch.write("""
            la,date,domain,grade
            E06000009,2024-06-01,Plans,good
            E06000009,2024-07-01,Plans,inadequate

            """, to: "audits.csv")
        let framework = try scratch.write("""
            id,outcome,indicator,unit,polarity,computed_id,baseline 2024-03,actual 2025-03
            EH-1,Help,Early Help Assessment rate per 10000,per 10000,higher,eh.rate,2,3
            PO-2,Audits,Timely and Effective Plans,percent,higher,audits.plans.percent,39,41
            CLA-1,Care,Children looked after rate per 10000,per 10000,lower,cla.rate,90,95

            """, to: "framework.csv")
        let page = scratch.path + "/board.html"
        let run = tool(["report", "--framework", framework, "--la", "E06000009", "--format", "html", "--output", page,
                        "--ssda903", base, "--cin", base, "--population", "\(base)/population.csv", "--local", events, audits,
                        "--local-measure", "eh.rate=event_rate:EHA", "--local-measure", "audits.plans.percent=audits_good:Plans"])
        #expect(run.status == 0, "\(run.errors)")
        let articles = try String(contentsOfFile: page, encoding: .utf8).components(separatedBy: "<article>").dropFirst()
        let help = try #require(articles.first { $0.contains("<h3>EH-1 ") })
        let plans = try #require(articles.first { $0.contains("<h3>PO-2 ") })
        let care = try #require(articles.first { $0.contains("<h3>CLA-1 ") })
        // The audit measure's actual is computed (so the card could have named a command), and has none.
        #expect(plans.contains(", computed") && Self.commands(plans).isEmpty)
        #expect(Self.commands(care).count == 1 && Self.commands(care).first?.contains("--explain cla.rate ") == true)
        let command = try #require(Self.commands(help).first)
        #expect(command.contains("--explain eh.rate ") && command.contains("--local-measure eh.rate=event_rate:EHA"))
        // Run as named, it lists the three early help assessments of the year.
        var arguments = try Self.shellWords(command)
        let output = try #require(arguments.firstIndex(of: "--output"))
        arguments[output + 1] = scratch.path + "/" + arguments[output + 1]
        let listed = tool(arguments)
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(try ExplainCommandTests.csv(arguments[output + 1]).rows.map { $0["child"] ?? "" } == ["C1", "C2", "C3"])
    }

    @Test("Arguments are quoted only when a shell would split or change them")
    func quoting() {
        #expect(BoardReport.shellQuoted("/data/returns-2025/E06000009.csv") == "/data/returns-2025/E06000009.csv")
        #expect(BoardReport.shellQuoted("/data/our returns") == "'/data/our returns'")
        #expect(BoardReport.shellQuoted("/data/council's") == "'/data/council'\\''s'")
        #expect(BoardReport.shellQuoted("") == "''")
        #expect(BoardReport.shellQuoted("$HOME;rm *") == "'$HOME;rm *'")
        #expect(BoardReport.explainCommand(indicator: "cla.rate", authority: "E06000009", period: .collectionYear(2025))
            == "safeguarding-metrics indicators --ssda903 DIR --cin DIR --la E06000009 --period 2024-04-01..2025-03-31 "
            + "--explain cla.rate --output cla.rate-children.csv")
    }
}
