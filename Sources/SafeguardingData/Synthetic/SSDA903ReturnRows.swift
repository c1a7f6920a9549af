import Foundation

/// One SSDA903 return's rows, table by table, each row with its child (an index into the
/// history) and its fields in CSV column order; written as CSV files or as one XML file.
struct SSDA903ReturnRows {
    typealias Row = (child: Int, fields: [String])

    static let headerColumns = SSDA903Table.header.standardColumns
    static let episodeColumns = SSDA903Table.episodes.standardColumns
    static let missingColumns = SSDA903Table.missing.standardColumns
    static let oc2Columns = SSDA903Table.oc2.standardColumns
    static let oc3Columns = SSDA903Table.oc3.standardColumns
    static let uascColumns = ["CHILD", "SEX", "DOB", "DUC"]

    var header: [Row] = []
    var episodes: [Row] = []
    var missing: [Row] = []
    var oc2: [Row] = []
    var oc3: [Row] = []
    var uasc: [Row] = []

    /// The files `header.csv`, `episodes.csv`, `oc2.csv`, `oc3.csv` and `missing.csv` in `folder`,
    /// and `uasc.csv` when the return has unaccompanied asylum-seeking children.
    func csvFiles(in folder: String) -> [DataFile] {
        var files: [DataFile] = []
        let tables: [(String, [String], [Row])] = [
            ("header", Self.headerColumns, header), ("episodes", Self.episodeColumns, episodes),
            ("oc2", Self.oc2Columns, oc2), ("oc3", Self.oc3Columns, oc3), ("missing", Self.missingColumns, missing),
        ] + (uasc.isEmpty ? [] : [("uasc", Self.uascColumns, uasc)])
        for (name, columns, rows) in tables {
            var buffer = OutputBuffer(capacity: 64 * rows.count + 128)
            buffer.append(columns.joined(separator: ","))
            buffer.newline()
            for row in rows {
                for (index, field) in row.fields.enumerated() {
                    if index > 0 { buffer.comma() }
                    buffer.csvField(field)
                }
                buffer.newline()
            }
            files.append(DataFile(name: "\(folder)/\(name).csv", bytes: buffer.bytes))
        }
        return files
    }

    /// One `EXPSSDA903` XML file: each child's `HEADER` (with its missing episodes, OC2 and OC3
    /// fields) followed by its `EPISODE`s, in the element names of the XML schema, named `path`.
    func xmlFile(named path: String) -> DataFile {
        func grouped(_ rows: [Row]) -> [Int: [Row]] { Dictionary(grouping: rows, by: \.child) }
        let episodesByChild = grouped(episodes), missingByChild = grouped(missing)
        let oc2ByChild = grouped(oc2), oc3ByChild = grouped(oc3)
        var xml = OutputBuffer(capacity: 1 << 20)
        xml.append("<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903>")
        func leaf(_ name: String, _ value: String) {
            xml.append(value.isEmpty ? "<\(name) />" : "<\(name)>\(value)</\(name)>")
        }
        for child in header {
            xml.append("<CHILD><HEADER>")
            let f = child.fields
            leaf("CHILDID", f[0]); leaf("SEX", f[1]); leaf("DOB", f[2]); leaf("ETHNIC", f[3])
            if let leaver = oc3ByChild[child.child]?.first {
                leaf("IN_TOUCH", leaver.fields[2]); leaf("ACTIV", leaver.fields[3]); leaf("ACCOM", leaver.fields[4])
            }
            for row in missingByChild[child.child] ?? [] {
                xml.append("<AMISSING>")
                leaf("MISSING", row.fields[2]); leaf("MIS_START", row.fields[3]); leaf("MIS_END", row.fields[4])
                xml.append("</AMISSING>")
            }
            if let outcome = oc2ByChild[child.child]?.first {
                xml.append("<OC2>")
                for (index, name) in Self.oc2Columns.enumerated().dropFirst(2) { leaf(name, outcome.fields[index]) }
                xml.append("</OC2>")
            }
            xml.append("</HEADER>")
            for row in episodesByChild[child.child] ?? [] {
                xml.append("<EPISODE>")
                for (index, name) in Self.episodeColumns.enumerated().dropFirst() { leaf(name == "PLACE" ? "PL" : name, row.fields[index]) }
                xml.append("</EPISODE>")
            }
            xml.append("</CHILD>\n")
        }
        xml.append("</EXPSSDA903>\n")
        return DataFile(name: path, bytes: xml.bytes)
    }
}

extension OutputBuffer {
    /// A CSV field, quoted when it holds a comma, quote or line break.
    mutating func csvField(_ field: String) {
        if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            append("\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        } else {
            append(field)
        }
    }
}
