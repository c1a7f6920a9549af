import Foundation
import Testing
import SafeguardingData
@testable import SafeguardingSpreadsheet

@Suite("workbooks of report tables")
struct WorkbookTests {
    /// A table with awkward text and numbers of every precision.
    static let table = ReportTable(name: "Figures", columns: ["la", "name", "value", "count", "note"], rows: [
        [.text("E06000009"), .text("Blackpool, \"the\" town"), ReportCell(number: "759.3"), ReportCell(12), .text("  spaced  ")],
        [.text("E06000008"), .text("line\nbreak & <tag>"), ReportCell(number: "-0.5"), ReportCell(number: "007"), .blank],
        [.text("E09000002"), .text("bell\u{07}gone"), ReportCell(number: "66.000437"), .blank, ReportCell(number: "c")],
        [.text("E09000003"), .blank, ReportCell(number: "0.1234567890123456789"), ReportCell(0), .text("12")],
    ])

    @Test("Every cell of a sheet is the CSV's cell; numbers are numbers whose format has the CSV's decimals")
    func cellsEqualCSV() throws {
        let opened = try WorkbookXMLCells(Workbook([WorkbookTests.table]).bytes())
        let expected = WorkbookTests.table.csv().replacingOccurrences(of: "\u{07}", with: "")
        #expect(opened.csv(ofSheet: 1) == expected)
        let formats = opened.styleFormats
        let cells = opened.cells(ofSheet: 1)
        let numbers = cells.filter { $0.type == nil }
        #expect(Set(numbers.map(\.reference)) == ["C2", "D2", "C3", "C4", "D5"])
        for cell in numbers {
            let decimals = cell.value.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(formats[cell.style] == (decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)),
                    "\(cell.reference) \(cell.value) has format \(formats[cell.style])")
        }
        // Text that looks like a number, a numeral Excel would change (007) or cannot hold (19 places) stay text.
        for reference in ["E5", "D3", "C5", "E4"] {
            #expect(cells.first { $0.reference == reference }?.type == "inlineStr", "\(reference)")
        }
    }

    @Test("The header row is bold and frozen, and columns are as wide as their text within 8 to 60 characters")
    func headerAndWidths() throws {
        let opened = try WorkbookXMLCells(Workbook([WorkbookTests.table]).bytes())
        let sheet = try #require(opened.parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        let header = opened.cells(ofSheet: 1).filter { $0.reference.hasSuffix("1") && $0.reference.count == 2 }
        #expect(header.map(\.value) == ["la", "name", "value", "count", "note"])
        #expect(header.allSatisfy { $0.style == WorkbookParts.headerStyle })
        #expect(opened.parts["xl/styles.xml"]?.contains("<font><b/>") == true)
        let widths = opened.elements(named: "col", in: sheet).compactMap { $0.attributes["width"].flatMap(Int.init) }
        // The longest text and 2: E-codes 9, the name 21, the 19-place numeral 21; "count" and "007" 8 at least.
        #expect(widths == [11, 23, 23, 8, 12])
    }

    @Test("Sheet names lose the characters Excel forbids, are cut to 31 characters and made unique")
    func sheetNames() {
        #expect(WorkbookParts.sheetNames(["Report", "report", "a/b:c", "", String(repeating: "x", count: 40), String(repeating: "x", count: 40)])
                == ["Report", "report (2)", "a b c", "Sheet", String(repeating: "x", count: 31), String(repeating: "x", count: 27) + " (2)"])
    }

    @Test("The same tables give the same bytes, and a workbook has one sheet per table in order")
    func deterministic() throws {
        let definitions = IndicatorList(IndicatorCatalogue(Array(IndicatorCatalogue.standard.indicators.prefix(3)))).table()
        let first = try Workbook([WorkbookTests.table, definitions]).bytes()
        #expect(first == (try Workbook([WorkbookTests.table, definitions]).bytes()))
        let opened = try WorkbookXMLCells(first)
        #expect(opened.sheetNames == ["Figures", "Definitions"])
        #expect(opened.csv(ofSheet: 2) == definitions.csv())
    }

    @Test("A workbook that cannot be written leaves the file it would have replaced as it was")
    func failedWriteKeepsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sm-xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/taken.xlsx", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: SpreadsheetError.self) { try Workbook([WorkbookTests.table]).write(to: folder + "/taken.xlsx") }
        #expect(throws: SpreadsheetError.self) { try Workbook([WorkbookTests.table]).write(to: folder + "/no/such/folder.xlsx") }
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder + "/taken.xlsx", isDirectory: &isFolder) && isFolder.boolValue)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
