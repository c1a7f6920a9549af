import SafeguardingData
import SafeguardingMetrics

/// Reads and writes outcomes frameworks as Excel workbooks, in the layout of a framework CSV
/// file (``SafeguardingData/FrameworkCSV``): the same columns, the same rules, the same problems.
///
/// Reading takes the sheet named `Framework` (in any case), else the first sheet; its first row
/// with anything in it is the header, and each later row with anything in it a framework row.
/// Every problem is located by sheet and cell (`framework.xlsx:Framework!G2 (target 2023-10)`).
/// A cell shows what Excel shows for it, without losing decimals: `70.0` for 70 in a `0.0`
/// format, `14.5%` for 0.145 as a percentage, so a value typed in a sheet reads as it reads in CSV.
///
/// Writing puts the framework on one sheet, `Framework`, in the columns ``SafeguardingData/FrameworkCSV/write(_:)``
/// writes; plain numbers are numbers, values as councils write them (`384/10,000`, `14.5%`) text.
/// A workbook written from a framework reads back to the same framework, as its CSV does.
///
/// ```swift
/// let loaded = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
/// try FrameworkWorkbook.write(loaded.framework, to: "framework.xlsx")
/// let again = try FrameworkWorkbook.read(path: "framework.xlsx", version: "2024-01")
/// again.framework == loaded.framework   // true
/// ```
public enum FrameworkWorkbook {
    /// The name of the sheet a framework is written to, and read from when the workbook has one.
    public static let sheetName = "Framework"

    /// Reads a framework workbook.
    ///
    /// - Parameters:
    ///   - path: the `.xlsx` file.
    ///   - name: the framework's name; by default the file name without its extension.
    ///   - version: the framework's version; by default the name.
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read, is not a workbook,
    ///   has no rows, or its header lacks a required column.
    public static func read(path: String, name: String? = nil, version: String? = nil) throws(DataError) -> LoadedFramework {
        try read(sheets: WorkbookReader.sheets(path: path), file: path, name: name, version: version)
    }

    /// Reads a framework workbook held in memory; its name stands in for the path in every
    /// problem's location.
    ///
    /// - Throws: ``SafeguardingData/DataError`` as ``read(path:name:version:)``.
    public static func read(_ file: DataFile, name: String? = nil, version: String? = nil) throws(DataError) -> LoadedFramework {
        try read(sheets: WorkbookReader.sheets(file), file: file.name, name: name, version: version)
    }

    /// Reads a framework from a workbook's sheets.
    static func read(sheets: [Worksheet], file: String, name: String?, version: String?) throws(DataError) -> LoadedFramework {
        let stem = FrameworkWorkbook.stem(of: file)
        guard let sheet = sheets.first(where: { $0.name.lowercased() == sheetName.lowercased() }) ?? sheets.first else {
            throw DataError(.notRecognised, "the workbook has no sheets", at: SourceLocation(file: file, line: 1))
        }
        let numbers = sheet.rowNumbers
        guard let headerLine = numbers.first else {
            throw DataError("the sheet is empty: expected a header row", at: SourceLocation(file: file, line: 1, sheet: sheet.name))
        }
        let rows = numbers.dropFirst().map { CSVTable.Row(line: $0, fields: sheet.fields(ofRow: $0)) }
        let table = CSVTable(path: file, header: sheet.fields(ofRow: headerLine), rows: rows)
        do {
            return try FrameworkCSV.read(table: table, name: name ?? stem, version: version ?? name ?? stem,
                                         sheet: sheet.name, headerLine: headerLine)
        } catch {
            var located = error
            located.location = SourceLocation(file: file, line: headerLine, sheet: sheet.name)
            throw located
        }
    }

    /// The framework as a workbook of one sheet, ``sheetName``.
    public static func workbook(_ framework: OutcomesFramework) -> Workbook {
        workbook(framework, titled: false)
    }

    /// The framework as a workbook (see ``workbook(_:)``) with its title, the framework's name, in a
    /// `framework_title` column, so that the workbook read back has the same title whatever its
    /// file is named.
    public static func workbook(_ framework: OutcomesFramework, titled: Bool) -> Workbook {
        let cells = FrameworkCSV.cells(of: framework, titled: titled)
        let rows = cells.dropFirst().map { $0.map { ReportCell(number: $0) } }
        return Workbook([ReportTable(name: sheetName, columns: cells.first ?? [], rows: Array(rows))])
    }

    /// Writes the framework as a workbook to `path`, replacing the file in one step: a failed
    /// write leaves the previous file as it was.
    ///
    /// - Throws: ``SpreadsheetError`` when the workbook cannot be made or written.
    public static func write(_ framework: OutcomesFramework, to path: String) throws(SpreadsheetError) {
        try workbook(framework).write(to: path)
    }

    /// The file name without folders and extension.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
