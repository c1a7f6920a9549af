import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SafeguardingData
import ZIPFoundation

/// A workbook opened the way a test checks it, independently of the product's reader: its parts
/// unzipped with ZIPFoundation, each sheet's cells taken from the XML as written (value, type,
/// style), and each style's number format code.
struct WorkbookXMLCells {
    /// One cell as the sheet's XML holds it.
    struct Cell: Equatable {
        var reference: String
        var type: String?
        var style: Int
        var value: String
    }

    /// The package's parts, by path, as text.
    let parts: [String: String]

    /// Unzips `bytes`.
    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        self.parts = parts
    }

    /// The sheet names, in workbook order.
    var sheetNames: [String] {
        elements(named: "sheet", in: parts["xl/workbook.xml"] ?? "").compactMap { $0.attributes["name"] }
    }

    /// The cells of sheet `number` (1-based), in document order.
    func cells(ofSheet number: Int) -> [Cell] {
        let xml = parts["xl/worksheets/sheet\(number).xml"] ?? ""
        return elements(named: "c", in: xml).map { element in
            Cell(reference: element.attributes["r"] ?? "", type: element.attributes["t"],
                 style: Int(element.attributes["s"] ?? "0") ?? 0, value: element.text)
        }
    }

    /// Each cell style's number format code, by style index (`General` for format 0, `0` for 1).
    var styleFormats: [String] {
        let styles = parts["xl/styles.xml"] ?? ""
        var codes = ["0": "General", "1": "0"]
        for format in elements(named: "numFmt", in: styles) {
            codes[format.attributes["numFmtId"] ?? ""] = format.attributes["formatCode"]
        }
        let cellXfs = styles.range(of: "<cellXfs").map { String(styles[$0.lowerBound...]) } ?? ""
        return elements(named: "xf", in: cellXfs).map { codes[$0.attributes["numFmtId"] ?? "0"] ?? "?" }
    }

    /// Sheet `number` as CSV text, as the product's CSV writes it: rows by the cells' references,
    /// a blank field for a missing cell, every row as wide as the header.
    func csv(ofSheet number: Int) -> String {
        var rows: [Int: [Int: String]] = [:]
        for cell in cells(ofSheet: number) {
            let letters = cell.reference.prefix { $0.isLetter }
            let column = letters.reduce(0) { $0 * 26 + Int($1.asciiValue! - 64) }
            rows[Int(cell.reference.dropFirst(letters.count))!, default: [:]][column] = cell.value
        }
        let width = rows[1]?.keys.max() ?? 0
        return rows.keys.sorted().map { row in
            (1...max(width, 1)).map { CSVFields.quote(rows[row]?[$0] ?? "") }.joined(separator: ",") + "\n"
        }.joined()
    }

    /// An element with its attributes and text.
    struct Element {
        var attributes: [String: String]
        var text: String
    }

    /// Every element named `name` in `xml`, with the text inside it (at any depth).
    func elements(named name: String, in xml: String) -> [Element] {
        let collector = ElementCollector(name: name)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }
}
