import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("exit codes and messages")
struct ExitCodeTests {
    @Test("Invalid input data exits 1 with a message a person can act on", arguments: [
        (["scorecard", "--framework", "/no/such/framework.csv"], "no such framework file"),
        (["validate", "--ssda903", "/no/such/folder"], "/no/such/folder: no such file or folder"),
        (["report", "--year", "2019"], "--year 2019: the published figures cover 2024 and 2025 only"),
        (["compare", "--indicator", "cla.rate", "--la", "890", "--year", "2023"],
         "there are no values of 'cla.rate' for 2023 (the published data has 2024, 2025)"),
    ])
    func invalidData(arguments: [String], message: String) {
        let run = tool(arguments)
        #expect(run.status == 1)
        #expect(run.errors.contains("error: ") && run.errors.contains(message), "\(run.errors)")
    }

    @Test("A folder with no SSDA903 files exits 1 and says so")
    func emptyFolder() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("not a return", to: "notes.txt")
        let run = tool("validate", "--ssda903", scratch.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("no SSDA903 files (.csv or .xml) in this folder"))
    }

    @Test("An authority the files do not hold exits 1; a code no authority has exits 2")
    func authorities() {
        let base = GeneratedData.directory
        let absent = tool("validate", "--ssda903", "\(base)/E06000009/2025/ssda903", "--la", "333")
        #expect(absent.status == 1)
        #expect(absent.errors.contains("no input file is for Sandwell (E08000028); the files are for E06000009 2025"))
        let unknown = tool("validate", "--ssda903", "\(base)/E06000009/2025/ssda903", "--la", "E99999999")
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("--la E99999999: no local authority has this code"))
        #expect(tool("compare", "--indicator", "cla.rate", "--la", "999", "--year", "2025").status == 2)
    }

    @Test("An authority with no population for the year exits 1 and names the authority")
    func missingPopulation() {
        let base = GeneratedData.directory
        let run = tool("validate", "--population", "\(base)/population.csv", "--la", "333", "--year", "2025")
        #expect(run.status == 1)
        #expect(run.output.contains("no population for the period"))
        #expect(run.output.contains("E08000028"))
    }

    @Test("A framework row that does not parse is reported with its line and column and exits 1")
    func unparseableRow() throws {
        let scratch = try ScratchDirectory()
        let framework = try scratch.write("""
            id,outcome,indicator,unit,polarity,baseline 2023-04,target 2024-03
            A1,Out,Thing,per 10000,lower,100,90
            A2,Out,Bad,furlongs,lower,1,2
            """, to: "bad.csv")
        let run = tool("scorecard", "--framework", framework)
        #expect(run.status == 1)
        #expect(run.errors.contains("bad.csv:3:4 (unit): error unknown_unit: A2 'furlongs' is not a unit"))
        #expect(run.errors.contains("1 of 2 framework rows do not parse"))
        #expect(run.output.contains("A1"))
    }

    @Test("Invalid usage exits 2", arguments: [
        ["report", "--format", "pdf"],
        ["compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--format", "html"],
        ["compare", "--indicator", "cla.rate", "--year", "2025"],
        ["scorecard", "--framework", "x.csv", "--at", "next Tuesday"],
        ["generate", "--out", "/tmp/x", "--las", "0"],
        ["validate"],
        ["validate", "--cin", "x.xml", "--period", "2025-04-01..2024-04-01"],
        ["report", "--statistic", "mode"],
        ["no-such-command"],
    ])
    func invalidUsage(arguments: [String]) {
        let run = tool(arguments)
        #expect(run.status == 2, "\(arguments): \(run.errors)")
        #expect(!run.errors.isEmpty && run.output.isEmpty)
    }

    @Test("Every subcommand's help shows an example and exits 0",
          arguments: ["report", "indicators", "scorecard", "compare", "generate", "validate"])
    func help(subcommand: String) {
        let run = tool(subcommand, "--help")
        #expect(run.status == 0)
        #expect(run.output.contains("Example:\n  safeguarding-metrics \(subcommand)"))
        #expect(run.output.contains("--timings") && run.output.contains("--output"))
    }

    @Test("--timings prints reading and computing seconds and the peak memory to stderr only")
    func timings() {
        let run = tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--timings", "--format", "json")
        #expect(run.status == 0)
        #expect(run.errors.contains("timings: reading ") && run.errors.contains(" s, computing ")
                && run.errors.contains(" s, peak memory "))
        #expect(!run.output.contains("timings"))
    }
}
