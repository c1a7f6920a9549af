import Foundation
import Testing
import SafeguardingData
import SafeguardingMetrics
@testable import SafeguardingSpreadsheet

@Suite("frameworks in workbooks")
struct FrameworkWorkbookTests {
    static func blackpool() throws -> LoadedFramework {
        try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
    }

    @Test("The Blackpool framework saved as a workbook reads back to the same framework as its CSV")
    func blackpoolRoundTrip() throws {
        let csv = try FrameworkWorkbookTests.blackpool()
        let bytes = try FrameworkWorkbook.workbook(csv.framework).bytes()
        let read = try FrameworkWorkbook.read(DataFile(name: "blackpool.xlsx", bytes: bytes), name: csv.framework.name,
                                              version: "2024-01")
        #expect(read.framework == csv.framework)
        #expect(read.rowsRead == csv.rowsRead && read.rowsRejected == 0)
        #expect(read.problems.map(\.kind) == csv.problems.map(\.kind))
        #expect(read.problems.map(\.message) == csv.problems.map(\.message))
        #expect(read.problems.allSatisfy { $0.location?.sheet == FrameworkWorkbook.sheetName && $0.location?.file == "blackpool.xlsx" })
    }

    @Test("A framework laid out in a sheet as in its CSV has every problem at the CSV's row and column, shown as a cell")
    func problemsLocatedByCell() throws {
        let csv = try FrameworkWorkbookTests.blackpool()
        let table = try CSVTable(path: ReferenceData.blackpoolFramework)
        let sheet = ReportTable(name: "Q3 2023", columns: table.header,
                                rows: table.rows.map { $0.fields.map { ReportCell(number: $0) } })
        let read = try FrameworkWorkbook.read(DataFile(name: "ours.xlsx", bytes: Workbook([sheet]).bytes()), version: "2024-01")
        #expect(read.framework.indicators == csv.framework.indicators)
        #expect(read.problems.map { [$0.location?.line, $0.location?.column] } == csv.problems.map { [$0.location?.line, $0.location?.column] })
        let scale = try #require(read.problems.first { $0.kind == .scaleMismatch })
        #expect(scale.description.hasPrefix("ours.xlsx:'Q3 2023'!G2 (target 2023-10): error scale_mismatch: OF1-01"))
        let row = try #require(read.problems.first { $0.location?.column == nil })
        #expect(row.description.hasPrefix("ours.xlsx:'Q3 2023'!11:11: warning no_values"))
    }

    @Test("A sheet whose header lacks a required column is refused at the header's row in that sheet")
    func missingColumns() throws {
        let sheet = ReportTable(name: "Framework", columns: ["id", "outcome", "indicator"], rows: [[.text("A1"), .text("x"), .text("y")]])
        let bytes = try Workbook([ReportTable(name: "Cover", columns: ["title"]), sheet]).bytes()
        do {
            _ = try FrameworkWorkbook.read(DataFile(name: "f.xlsx", bytes: bytes))
            Issue.record("a header without unit and polarity was accepted")
        } catch {
            #expect(error.kind == .missingColumns)
            #expect(error.location.sheet == "Framework" && error.location.line == 1)
            #expect(error.reason.contains("unit") && error.reason.contains("polarity"))
        }
    }

    @Test("Computed actuals filled in are written to CSV and to a workbook, and both read back to the filled framework")
    func filledInRoundTrip() throws {
        let framework = try FrameworkWorkbookTests.blackpool().framework
        let row = try #require(framework.indicators.first { $0.unit == .percentage })
        var actuals = FrameworkActuals()
        actuals.actuals = [
            ComputedActual(indicator: row.linkedIndicator, date: "2024-01", unit: .percentage, value: Rational(1, 3),
                           numerator: 1, denominator: 3),
        ]
        let filled = actuals.filledIn(framework)
        let changed = try #require(filled.indicators.first { $0.id == row.id })
        let point = try #require(changed.points.last)
        #expect(point.kind == .actual && point.date == "2024-01" && point.numerator == 1 && point.denominator == 3)
        #expect(point.value == Rational(1, 3).rounded(toDecimals: row.decimals))
        for (before, after) in zip(framework.indicators, filled.indicators) where before.id != row.id {
            #expect(after.points == before.points + [FrameworkPoint(.actual, "2024-01", .blank)])
        }
        let fromCSV = try FrameworkCSV.read(text: FrameworkCSV.write(filled), name: filled.name, version: filled.version)
        let fromWorkbook = try FrameworkWorkbook.read(DataFile(name: "f.xlsx", bytes: FrameworkWorkbook.workbook(filled).bytes()),
                                                      name: filled.name, version: filled.version)
        #expect(fromCSV.framework == filled)
        #expect(fromWorkbook.framework == filled)
    }
}
