/// The parts of a workbook package other than its sheets: content types, relationships, the
/// workbook and its styles.
enum WorkbookParts {
    /// The most decimal places a number format is made for; a numeral with more is written as text.
    static let maximumDecimals = 18

    /// The style of the header row: bold.
    static let headerStyle = 1

    /// The style of a number with `decimals` places (`0`, `0.0`, `0.00`, …).
    static func numberStyle(decimals: Int) -> Int { 2 + decimals }

    /// `[Content_Types].xml`.
    static func contentTypes(sheetCount: Int) -> String {
        var text = SpreadsheetXML.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in 0..<sheetCount {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return text + "</Types>"
    }

    /// `_rels/.rels`: the package's main part is the workbook.
    static let packageRelationships = SpreadsheetXML.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/></Relationships>"

    /// `xl/workbook.xml`: the sheets by name.
    static func workbook(sheetNames: [String]) -> String {
        var text = SpreadsheetXML.declaration
            + "<workbook xmlns=\"\(SpreadsheetXML.main)\" xmlns:r=\"\(SpreadsheetXML.relationships)\">"
            + "<bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in sheetNames.enumerated() {
            text += "<sheet name=\"\(SpreadsheetXML.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return text + "</sheets></workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets (`rId1`…) and the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var text = SpreadsheetXML.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheetCount {
            text += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(type)worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(type)styles\" Target=\"styles.xml\"/>"
        return text + "</Relationships>"
    }

    /// `xl/styles.xml`: the default style, a bold header, and a number format per precision
    /// from 0 to ``maximumDecimals`` places.
    static let styles: String = {
        var formats = ""
        var numberStyles = "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        for decimals in 1...maximumDecimals {
            let id = 163 + decimals
            formats += "<numFmt numFmtId=\"\(id)\" formatCode=\"0.\(String(repeating: "0", count: decimals))\"/>"
            numberStyles += "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return SpreadsheetXML.declaration
            + "<styleSheet xmlns=\"\(SpreadsheetXML.main)\">"
            + "<numFmts count=\"\(maximumDecimals)\">\(formats)</numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(maximumDecimals + 3)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + numberStyles + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()

    /// Sheet names a workbook accepts, one per table name: without `[]:*?/\`, at most 31
    /// characters, never empty, and unique without regard to case (a repeat gains ` (2)`, …).
    static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            var base = String(name.map { "[]:*?/\\".contains($0) ? " " : $0 }).trimmingBlanks()
            if base.isEmpty { base = "Sheet" }
            base = String(base.prefix(31))
            var candidate = base
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(base.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingBlanks() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
