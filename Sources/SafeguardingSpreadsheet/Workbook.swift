import SafeguardingData

/// An Excel workbook (`.xlsx`, Office Open XML) made of report tables: one sheet per
/// ``SafeguardingData/ReportTable``, its header row bold and frozen, columns as wide as their
/// text (within limits), numbers stored as numbers with a display format of as many decimal
/// places as the table shows, text as text.
///
/// The cells are the table's own, so a workbook and the CSV of the same table show the same
/// figures: a number is stored as written (`759.3`, with the format `0.0`); a numeral that a
/// spreadsheet's floating point cannot show exactly at its precision is stored as text.
///
/// ```swift
/// let report = IndicatorsReport(results, directory: returns.directory)
/// try Workbook(report.tables()).write(to: "indicators.xlsx")
/// ```
public struct Workbook: Sendable, Hashable {
    /// The sheets, in order.
    public var sheets: [ReportTable]

    /// A workbook with one sheet per table, named as the table (made unique, without the
    /// characters a sheet name cannot hold, and at most 31 characters long).
    public init(_ sheets: [ReportTable]) {
        self.sheets = sheets
    }

    /// The `.xlsx` file's bytes: a ZIP package of the workbook, its sheets, styles, content
    /// types and relationships. The same workbook gives the same bytes.
    ///
    /// - Throws: ``SpreadsheetError`` when the package cannot be made.
    public func bytes() throws(SpreadsheetError) -> [UInt8] {
        let names = WorkbookParts.sheetNames(sheets.map(\.name))
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", WorkbookParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", WorkbookParts.packageRelationships),
            ("xl/workbook.xml", WorkbookParts.workbook(sheetNames: names)),
            ("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", WorkbookParts.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", WorksheetXML(sheet).text))
        }
        return try ZipPackage.archive(parts.map { ($0.path, Array($0.text.utf8)) })
    }

    /// Writes the workbook to `path`, replacing the file in one step
    /// (``SafeguardingData/AtomicFileWriter``): a failed write leaves the previous file as it was.
    ///
    /// - Throws: ``SpreadsheetError`` when the package cannot be made, or the file written.
    public func write(to path: String) throws(SpreadsheetError) {
        let bytes = try bytes()
        do throws(FileWriteError) {
            try AtomicFileWriter(path: path).write(bytes)
        } catch {
            throw SpreadsheetError("cannot write \(path): \(error.reason)", writing: error)
        }
    }
}
