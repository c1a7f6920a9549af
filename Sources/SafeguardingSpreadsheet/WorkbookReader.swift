import Foundation
import SafeguardingData

/// Reads the sheets of an Excel workbook (`.xlsx`): each sheet's name and the text its cells
/// show (``Worksheet``), from shared strings, inline strings, numbers (shown by their number
/// format), booleans and formulas' cached values.
///
/// ```swift
/// for sheet in try WorkbookReader.sheets(path: "framework.xlsx") {
///     print(sheet.name, sheet.rowNumbers.count)
/// }
/// ```
public enum WorkbookReader {
    /// The sheets of the workbook at `path`, in workbook order.
    ///
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read or is not a workbook.
    public static func sheets(path: String) throws(DataError) -> [Worksheet] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DataError(.io, "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: path, line: 1))
        }
        return try sheets(DataFile(name: path, bytes: [UInt8](data)))
    }

    /// The sheets of a workbook held in memory; its name stands in for the path in errors.
    ///
    /// - Throws: ``SafeguardingData/DataError`` when the bytes are not a workbook.
    public static func sheets(_ file: DataFile) throws(DataError) -> [Worksheet] {
        do throws(SpreadsheetError) {
            let parts = try ZipPackage.parts(of: file.bytes)
            guard let workbook = parts["xl/workbook.xml"] else {
                throw SpreadsheetError("not an Excel workbook: it has no xl/workbook.xml")
            }
            let targets = try relationships(parts["xl/_rels/workbook.xml.rels"] ?? [])
            let strings = try sharedStrings(parts[targets.byType["sharedStrings"] ?? "xl/sharedStrings.xml"])
            let formats = try WorkbookNumberFormats(parts[targets.byType["styles"] ?? "xl/styles.xml"])
            var listed: [(name: String, id: String)] = []
            try XMLEventReader.read(workbook, part: "xl/workbook.xml", start: { name, attributes in
                if name == "sheet", let sheet = attributes["name"] { listed.append((sheet, attributes["id"] ?? "")) }
            })
            return try listed.map { sheet throws(SpreadsheetError) in
                guard let path = targets.byID[sheet.id], let bytes = parts[path] else {
                    throw SpreadsheetError("the sheet \(sheet.name) has no part in the package")
                }
                return Worksheet(name: sheet.name, cells: try cells(bytes, part: path, strings: strings, formats: formats))
            }
        } catch {
            throw DataError(.notRecognised, error.message, at: SourceLocation(file: file.name, line: 1))
        }
    }

    /// The workbook's relationships: each target's part path by id, and by the last word of its type.
    static func relationships(_ bytes: [UInt8]) throws(SpreadsheetError) -> (byID: [String: String], byType: [String: String]) {
        var byID: [String: String] = [:], byType: [String: String] = [:]
        guard !bytes.isEmpty else { return (byID, byType) }
        try XMLEventReader.read(bytes, part: "xl/_rels/workbook.xml.rels", start: { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            byID[id] = path
            if let type = attributes["Type"]?.split(separator: "/").last { byType[String(type)] = path }
        })
        return (byID, byType)
    }

    /// The shared strings, in order (rich text runs joined; phonetic runs left out).
    static func sharedStrings(_ bytes: [UInt8]?) throws(SpreadsheetError) -> [String] {
        guard let bytes else { return [] }
        var strings: [String] = [], current = "", inText = false, phonetic = 0
        try XMLEventReader.read(bytes, part: "xl/sharedStrings.xml", start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { text in
            if inText && phonetic == 0 { current += text }
        })
        return strings
    }

    /// The text of every cell of a sheet part, by row and column.
    static func cells(_ bytes: [UInt8], part: String, strings: [String],
                      formats: WorkbookNumberFormats) throws(SpreadsheetError) -> [Int: [Int: String]] {
        var cells: [Int: [Int: String]] = [:]
        var row = 0, column = 0, type = "n", style = 0, value = "", inValue = false, phonetic = 0
        var invalid: String?
        try XMLEventReader.read(bytes, part: part, start: { name, attributes in
            switch name {
            case "row":
                row = attributes["r"].flatMap { Int($0) } ?? row + 1
                column = 0
            case "c":
                column = attributes["r"].flatMap { WorkbookReader.column(of: $0) } ?? column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = ""
            case "v", "t": inValue = true
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "v", "t": inValue = false
            case "rPh": phonetic -= 1
            case "c":
                let shown: String
                switch type {
                case "s":
                    guard let index = Int(value), strings.indices.contains(index) else {
                        invalid = invalid ?? "a cell refers to shared string \(value), which the workbook does not have"
                        return
                    }
                    shown = strings[index]
                case "b": shown = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
                case "n": shown = formats.text(of: value, style: style)
                default: shown = value
                }
                if !shown.isEmpty { cells[row, default: [:]][column] = shown }
            default: break
            }
        }, text: { text in
            if inValue && phonetic == 0 { value += text }
        })
        if let invalid { throw SpreadsheetError("the part \(part): \(invalid)") }
        return cells
    }

    /// The 1-based column of a cell reference (`G2` is 7), or `nil` when it is not one.
    static func column(of reference: String) -> Int? {
        var column = 0
        for character in reference.uppercased() {
            guard let ascii = character.asciiValue else { return nil }
            if ascii >= 65 && ascii <= 90 {
                column = column * 26 + Int(ascii - 64)
            } else {
                break
            }
        }
        return column > 0 ? column : nil
    }
}
