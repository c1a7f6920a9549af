import Foundation
import Testing
import SafeguardingData
@testable import SafeguardingCLI
@testable import SafeguardingSpreadsheet

@Suite("--format xlsx on the command line")
struct CommandWorkbookTests {
    /// Runs `arguments` as CSV on standard output and as a workbook, and returns both.
    func both(_ arguments: [String]) throws -> (csv: String, workbook: WorkbookXMLCells) {
        let scratch = try Scratch()
        let csv = runTool(arguments + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.errors)")
        let file = scratch.path + "/out.xlsx"
        let xlsx = runTool(arguments + ["--format", "xlsx", "--output", file])
        #expect(xlsx.status == 0, "\(xlsx.errors)")
        return (csv.output, try WorkbookXMLCells(Array(try Data(contentsOf: URL(fileURLWithPath: file)))))
    }

    @Test("indicators: the workbook's cells equal the CSV output, and its second sheet the definitions")
    func indicators() throws {
        let data = GeneratedReturns.directory
        let (csv, workbook) = try both(["indicators", "--ssda903", data, "--cin", data, "--population", data + "/population.csv",
                                        "--postcodes", data + "/postcodes.csv", "--year", "2025"])
        #expect(workbook.sheetNames == ["Indicators", "Definitions"])
        #expect(workbook.csv(ofSheet: 1) == csv)
        #expect(workbook.csv(ofSheet: 2) == runTool(["indicators", "--list", "--format", "csv"]).output)
    }

    @Test("report: the demonstration's workbook equals its CSV, with the linked indicators' definitions")
    func report() throws {
        let (csv, workbook) = try both(["report"])
        #expect(workbook.sheetNames == ["Report", "Definitions"])
        #expect(workbook.csv(ofSheet: 1) == csv)
        #expect(workbook.csv(ofSheet: 2).contains("\ncla.rate,"))
    }

    @Test("scorecard and compare: each workbook's first sheet equals the CSV output")
    func scorecardAndCompare() throws {
        let scorecard = try both(["scorecard", "--framework", ReferenceData.blackpoolFramework, "--at", "2024-01"])
        #expect(scorecard.workbook.sheetNames.first == "Scorecard")
        #expect(scorecard.workbook.csv(ofSheet: 1) == scorecard.csv)
        for arguments in [["compare", "--indicator", "cla.rate", "--la", "E06000009", "--year", "2025"],
                          ["compare", "--indicator", "cla.rate", "--all", "--year", "2025"],
                          ["compare", "--la", "E06000009", "--year", "2025"]] {
            let compared = try both(arguments)
            #expect(compared.workbook.csv(ofSheet: 1) == compared.csv, "\(arguments)")
        }
    }

    @Test("--format xlsx needs --output, and is refused by commands that write no table")
    func usage() {
        #expect(runTool(["report", "--format", "xlsx"]).status == 2)
        #expect(runTool(["validate", "--ssda903", "x", "--format", "xlsx", "--output", "/tmp/x.xlsx"]).status == 2)
    }

    @Test("--write-framework writes the framework with the computed actuals, as CSV or a workbook, never over an input")
    func writeFramework() throws {
        let scratch = try Scratch()
        let data = GeneratedReturns.directory
        // The Blackpool framework with its rows linked to the indicators (computed_id), as the demonstration has it.
        let framework = scratch.path + "/ours.csv"
        try FrameworkCSV.write(Demonstration.framework().framework, to: framework)
        let arguments = ["report", "--framework", framework, "--ssda903", data, "--cin", data, "--population",
                         data + "/population.csv", "--la", "E06000009", "--year", "2025", "--format", "csv", "--output",
                         scratch.path + "/report.csv"]
        let refused = runTool(arguments + ["--write-framework", framework])
        #expect(refused.status == 2 && refused.errors.contains("--write-framework"))
        for name in ["next.csv", "next.xlsx"] {
            let run = runTool(arguments + ["--write-framework", scratch.path + "/" + name])
            #expect(run.status == 0, "\(run.errors)")
        }
        let csv = try FrameworkCSV.read(path: scratch.path + "/next.csv")
        let workbook = try FrameworkWorkbook.read(path: scratch.path + "/next.xlsx", name: csv.framework.name)
        #expect(workbook.framework == csv.framework)
        // Each row the report computed has that actual written in, at the date the report shows it.
        let report = try CSVTable(path: scratch.path + "/report.csv")
        let (id, date, actual, source) = (report.columnIndex("id")!, report.columnIndex("actual_date")!,
                                          report.columnIndex("actual")!, report.columnIndex("actual_source")!)
        let computed = report.rows.filter { $0[source] == "computed" }
        #expect(!computed.isEmpty)
        for row in computed {
            let written = csv.framework.indicators.first { $0.id.rawValue == row[id] }?.points.first {
                $0.kind == .actual && $0.date.description == row[date]
            }
            #expect(written?.value?.description == row[actual], "\(row[id]) at \(row[date])")
        }
        let original = try FrameworkCSV.read(path: framework).framework
        #expect(csv.framework.indicators.map(\.id) == original.indicators.map(\.id))
    }
}
