import Foundation
import SafeguardingMetrics

extension LoadedFramework {
    /// Whether a framework file named `name` is JSON (its extension is `.json`) rather than CSV.
    public static func isJSON(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".json")
    }

    /// Whether a framework file named `name` is an Excel workbook (its extension is `.xlsx`),
    /// which the `SafeguardingSpreadsheet` product reads (`FrameworkWorkbook`).
    public static func isWorkbook(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".xlsx")
    }

    /// The error for a workbook given to this product's readers.
    static func workbookError(_ path: String) -> DataError {
        DataError(.notRecognised, "an Excel workbook (.xlsx) is read with the SafeguardingSpreadsheet product's FrameworkWorkbook, "
                  + "not as CSV", at: SourceLocation(file: path, line: 1))
    }

    /// Reads a framework file: JSON (``FrameworkJSON``) when its extension is `.json`, CSV in the
    /// Blackpool layout (``FrameworkCSV``) otherwise; an `.xlsx` workbook is refused (it is read
    /// by the `SafeguardingSpreadsheet` product).
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - name: a CSV framework's name; by default the file name without its extension.
    ///   - version: a CSV framework's version; by default the name.
    /// - Throws: ``DataError`` when the file cannot be read, is not a framework, is a workbook,
    ///   or a CSV's header lacks a required column.
    public static func read(path: String, name: String? = nil, version: String? = nil) throws(DataError) -> LoadedFramework {
        if isJSON(path) { return try FrameworkJSON.read(path: path) }
        if isWorkbook(path) { throw workbookError(path) }
        return try FrameworkCSV.read(path: path, name: name, version: version)
    }

    /// Reads a framework held in memory, JSON or CSV by its name's extension, as
    /// ``read(path:name:version:)`` reads a file; the file's name stands in for the path in every
    /// problem's location.
    ///
    /// - Throws: ``DataError`` when the bytes are not a framework, or a CSV's header lacks a
    ///   required column.
    public static func read(_ file: DataFile, name: String? = nil, version: String? = nil) throws(DataError) -> LoadedFramework {
        if isWorkbook(file.name) { throw workbookError(file.name) }
        if isJSON(file.name) {
            let framework = try FrameworkJSON.decode(Data(file.bytes), name: file.name)
            return LoadedFramework(framework: framework, readingProblems: [], rowsRead: framework.indicators.count,
                                   rowsRejected: 0, sourceMap: nil)
        }
        let stem = FrameworkCSV.stem(of: file.name)
        return try FrameworkCSV.read(table: CSVTable(reader: CSVReader(bytes: file.bytes, name: file.name)),
                                     name: name ?? stem, version: version ?? name ?? stem)
    }
}
