import Foundation
import SafeguardingData

/// One sheet's XML (`xl/worksheets/sheetN.xml`) from a report table: the header row in bold and
/// frozen, column widths from the widest text, numbers as numbers with their precision's format,
/// text as inline strings.
struct WorksheetXML {
    /// The part's text.
    let text: String

    /// The sheet of `table`.
    init(_ table: ReportTable) {
        let columnCount = max(table.columns.count, table.rows.map(\.count).max() ?? 0)
        var xml = SpreadsheetXML.declaration
            + "<worksheet xmlns=\"\(SpreadsheetXML.main)\" xmlns:r=\"\(SpreadsheetXML.relationships)\">"
            + "<sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if columnCount > 0 {
            xml += "<cols>"
            for (index, width) in WorksheetXML.widths(table, columns: columnCount).enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += WorksheetXML.row(1, table.columns.map { ReportCell(Optional($0)) }, style: WorkbookParts.headerStyle)
        for (index, row) in table.rows.enumerated() {
            xml += WorksheetXML.row(index + 2, row, style: nil)
        }
        xml += "</sheetData></worksheet>"
        text = xml
    }

    /// A row's XML; blank cells are left out.
    static func row(_ number: Int, _ cells: [ReportCell], style: Int?) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = SourceLocation.columnLetters(index + 1) + String(number)
            switch cell {
            case .blank:
                continue
            case .number(let numeral):
                if let decimals = cell.decimals, exactlyShown(numeral, decimals: decimals) {
                    xml += "<c r=\"\(reference)\" s=\"\(WorkbookParts.numberStyle(decimals: decimals))\"><v>\(numeral)</v></c>"
                } else {
                    xml += inline(numeral, reference: reference, style: style)
                }
            case .text(let text):
                xml += inline(text, reference: reference, style: style)
            }
        }
        return xml + "</row>"
    }

    /// A text cell.
    static func inline(_ text: String, reference: String, style: Int?) -> String {
        let styled = style.map { " s=\"\($0)\"" } ?? ""
        return "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + SpreadsheetXML.escaped(text) + "</t></is></c>"
    }

    /// Whether a spreadsheet shows `numeral`, stored as a double with a format of `decimals`
    /// places, as the same text.
    static func exactlyShown(_ numeral: String, decimals: Int) -> Bool {
        guard decimals <= WorkbookParts.maximumDecimals, let value = Double(numeral), value.isFinite else { return false }
        return String(format: "%.\(decimals)f", value) == numeral
    }

    /// Each column's width in characters: its longest text (header included) and 2, at least 8
    /// and at most 60.
    static func widths(_ table: ReportTable, columns: Int) -> [Int] {
        var widths = Array(repeating: 0, count: columns)
        for (index, name) in table.columns.enumerated() { widths[index] = name.count }
        for row in table.rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.text.count) }
        }
        return widths.map { min(60, max(8, $0 + 2)) }
    }
}
