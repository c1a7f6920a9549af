import Foundation
import Testing
import SafeguardingData
@testable import SafeguardingSpreadsheet

@Suite("reading workbooks")
struct WorkbookReaderTests {
    /// A workbook as Excel writes one: shared strings (one of them rich text), styles with fixed,
    /// percentage and date formats, a formula's cached value, a boolean and cells without references.
    static func excelLike() throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rels = "http://schemas.openxmlformats.org/package/2006/relationships"
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        return try ZipPackage.archive([
            ("[Content_Types].xml", Array("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("xl/workbook.xml", Array("""
                <workbook xmlns="\(main)" xmlns:r="\(type)"><sheets>\
                <sheet name="Notes" sheetId="1" r:id="rId2"/><sheet name="My framework" sheetId="2" r:id="rId1"/>\
                </sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Array("""
                <Relationships xmlns="\(rels)">\
                <Relationship Id="rId1" Type="\(type)worksheet" Target="worksheets/data.xml"/>\
                <Relationship Id="rId2" Type="\(type)worksheet" Target="/xl/worksheets/notes.xml"/>\
                <Relationship Id="rId3" Type="\(type)sharedStrings" Target="strings.xml"/>\
                <Relationship Id="rId4" Type="\(type)styles" Target="styles.xml"/></Relationships>
                """.utf8)),
            ("xl/strings.xml", Array("""
                <sst xmlns="\(main)"><si><t>id</t></si><si><r><t>val</t></r><r><rPr><b/></rPr><t>ue</t></r></si>\
                <si><t xml:space="preserve"> a &amp; b </t><rPh><t>ignored</t></rPh></si></sst>
                """.utf8)),
            ("xl/styles.xml", Array("""
                <styleSheet xmlns="\(main)"><numFmts><numFmt numFmtId="170" formatCode="0.0"/>\
                <numFmt numFmtId="171" formatCode="&quot;rate &quot;0.00%"/></numFmts>\
                <cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="9"/><xf numFmtId="171"/><xf numFmtId="14"/>\
                <xf numFmtId="3"/></cellXfs></styleSheet>
                """.utf8)),
            ("xl/worksheets/notes.xml", Array("<worksheet xmlns=\"\(main)\"><sheetData/></worksheet>".utf8)),
            ("xl/worksheets/data.xml", Array("""
                <worksheet xmlns="\(main)"><sheetData>\
                <row r="3"><c r="B3" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>\
                <row r="4"><c r="B4" s="1"><v>70</v></c><c r="C4" s="2"><v>0.145</v></c><c r="D4" s="3"><v>0.12345</v></c>\
                <c r="E4" s="4"><v>45382</v></c><c r="F4" s="5"><v>1234</v></c><c r="G4"><v>14.499999999999998</v></c>\
                <c r="H4" t="b"><v>1</v></c><c r="I4" t="str"><f>A1&amp;"x"</f><v>made</v></c>\
                <c r="AA4" t="inlineStr"><is><t>far</t></is></c><c r="AB4"/></row>\
                </sheetData></worksheet>
                """.utf8)),
        ])
    }

    @Test("Cells read as Excel shows them, without losing decimals: strings, fixed, percent and date formats, formulas")
    func readsAsShown() throws {
        let sheets = try WorkbookReader.sheets(DataFile(name: "book.xlsx", bytes: WorkbookReaderTests.excelLike()))
        #expect(sheets.map(\.name) == ["Notes", "My framework"])
        let sheet = sheets[1]
        #expect(sheet.rowNumbers == [3, 4])
        #expect(sheet.fields(ofRow: 3) == ["", "id", "value", " a & b "])
        #expect(sheet.fields(ofRow: 4).prefix(9) == ["", "70.0", "14.5%", "12.345%", "2024-03-31", "1234", "14.5", "TRUE", "made"])
        #expect(sheet[4, 27] == "far" && sheet[4, 28] == nil && sheet[4, 1] == nil)
    }

    @Test("Bytes that are not a workbook, and a package without a workbook part, are refused with the file named")
    func refusesOtherFiles() throws {
        #expect(throws: DataError.self) { try WorkbookReader.sheets(DataFile(name: "x.xlsx", bytes: Array("id,outcome\n".utf8))) }
        let empty = try ZipPackage.archive([("hello.txt", Array("hello".utf8))])
        do {
            _ = try WorkbookReader.sheets(DataFile(name: "x.xlsx", bytes: empty))
            Issue.record("a package without xl/workbook.xml was read")
        } catch {
            #expect(error.location.file == "x.xlsx" && error.reason.contains("xl/workbook.xml"))
        }
    }

    @Test("A written workbook reads back cell for cell: numbers at their decimals, text as written")
    func roundTrip() throws {
        let sheets = try WorkbookReader.sheets(DataFile(name: "t.xlsx", bytes: Workbook([WorkbookTests.table]).bytes()))
        let sheet = try #require(sheets.first)
        #expect(sheet.name == "Figures")
        for (index, row) in WorkbookTests.table.rows.enumerated() {
            let expected = row.map { $0.text.replacingOccurrences(of: "\u{07}", with: "") }
            var read = sheet.fields(ofRow: index + 2)
            read += Array(repeating: "", count: max(0, expected.count - read.count))
            #expect(read == expected)
        }
    }
}
