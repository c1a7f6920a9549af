import Foundation
import SafeguardingData
import SafeguardingSpreadsheet
import Testing
@testable import SafeguardingCLI

@Suite("indicators --explain as a workbook, and what it refuses")
struct ExplainWorkbookTests {
    /// The CSV's cells of each row, without the empty cells at its end (a sheet has none).
    static func trimmed(_ fields: [String]) -> [String] {
        var fields = fields
        while fields.last == "" { fields.removeLast() }
        return fields
    }

    @Test("A .xlsx file (or --format xlsx) is a workbook: the personal-data notice first, then the CSV's rows",
          arguments: ["referrals.repeat_within_12_months.percent", "assessments.within_45_working_days.percent", "sdq.average"])
    func workbookMatchesCSV(id: String) throws {
        let scratch = try ScratchDirectory()
        let (csvRun, csvPath) = ExplainCommandTests.explain(id, scratch, "records.csv")
        let (run, path) = ExplainCommandTests.explain(id, scratch, "records.xlsx")
        let (formatRun, formatPath) = ExplainCommandTests.explain(id, scratch, "records.data", "--format", "xlsx")
        #expect(csvRun.status == 0 && run.status == 0 && formatRun.status == 0, "\(run.errors)\(formatRun.errors)")
        #expect(run.output.isEmpty && run.errors.contains("holds personal data"))
        let sheets = try WorkbookReader.sheets(path: path)
        #expect(try WorkbookReader.sheets(path: formatPath) == sheets)
        #expect(sheets.map(\.name) == ["Personal data", "Records"])
        let text = try String(contentsOfFile: csvPath, encoding: .utf8)
        let comments = text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { String($0.dropFirst(2)) }
        #expect(sheets[0][1, 1] == "notice")
        #expect(sheets[0].rowNumbers.dropFirst().map { sheets[0][$0, 1] ?? "" } == comments)
        #expect(sheets[0][2, 1]?.hasPrefix("PERSONAL DATA") == true)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { Self.trimmed($0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)) }
        let records = sheets[1]
        #expect(records.rowNumbers.count == lines.count && lines.count > 1)
        for (number, line) in zip(records.rowNumbers, lines) {
            #expect(records.fields(ofRow: number) == line, "row \(number)")
        }
        let figure = try #require(IndicatorsCommandTests.library().area("E06000009")?.result(for: IndicatorID(id)))
        let numerator = records.rowNumbers.dropFirst().filter { records[$0, 8] == "numerator" }
        if figure.indicator.unit == .averageScore {
            let scores = try #require(records.fields(ofRow: 1).firstIndex(of: "score"))
            #expect(numerator.map { Int64(records[$0, scores + 1] ?? "") ?? -1 }.reduce(0, +) == figure.numerator)
        } else {
            #expect(Int64(numerator.count) == figure.numerator)
        }
    }

    @Test("--explain on a local measure of events lists its events; of attendance, a usage error naming it, writing nothing")
    func localMeasure() throws {
        let scratch = try ScratchDirectory()
        let events = try scratch.write("""
            la,child,date,kind
            E06000009,C1,2024-06-01,EHA
            E06000009,C2,2024-07-01,EHA
            E06000009,C2,2023-07-01,EHA
            E06000009,C3,2024-08-01,FGC

            """, to: "events.csv")
        let out = scratch.path + "/out.csv"
        let run = tool(IndicatorsCommandTests.arguments("--local", events, "--local-measure", "early_help.rate=event_rate:EHA",
                                                        "--explain", "early_help.rate", "--output", out))
        #expect(run.status == 0, "\(run.errors)")
        let rows = try ExplainCommandTests.csv(out).rows
        #expect(rows.map { $0["child"] ?? "" } == ["C1", "C2"])
        #expect(rows.allSatisfy { $0["record"] == "local_event" && $0["counted_in"] == "numerator" && $0["indicator"] == "early_help.rate" })
        #expect(rows.map { $0["key"] ?? "" } == ["2024-06-01", "2024-07-01"])
        // A standard id made a local measure is counted, and explained, as the measure.
        let shadowed = scratch.path + "/shadowed.csv"
        let shadow = tool(IndicatorsCommandTests.arguments("--local", events, "--local-measure", "cla.rate=event_count:FGC",
                                                           "--explain", "cla.rate", "--output", shadowed))
        #expect(shadow.status == 0, "\(shadow.errors)")
        #expect(try ExplainCommandTests.csv(shadowed).rows.map { $0["child"] ?? "" } == ["C3"])
        // Attendance is counted in sessions, not records: refused before anything is read.
        let refused = scratch.path + "/refused.csv"
        let attendance = tool(IndicatorsCommandTests.arguments("--local", events, "--local-measure", "school.attendance=attendance:cla",
                                                               "--explain", "school.attendance", "--output", refused))
        #expect(attendance.status == 2, "\(attendance.errors)")
        #expect(attendance.errors.contains("'school.attendance' is a local measure of school attendance or of audits"))
        #expect(!FileManager.default.fileExists(atPath: refused))
    }
}
