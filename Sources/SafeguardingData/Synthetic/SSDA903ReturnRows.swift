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
    static let uascColumns = SSDA903Table.uasc.standardColumns
    static let adoptionColumns = SSDA903Table.ad1.standardColumns
    static let placedForAdoptionColumns = SSDA903Table.placedForAdoption.standardColumns
    static let previousPermanenceColumns = SSDA903Table.previousPermanence.standardColumns

    var header: [Row] = []
    var episodes: [Row] = []
    var missing: [Row] = []
    var oc2: [Row] = []
    var oc3: [Row] = []
    var uasc: [Row] = []
    var adoptions: [Row] = []
    var placedForAdoption: [Row] = []
    var previousPermanence: [Row] = []

    /// The files `header.csv`, `episodes.csv`, `oc2.csv`, `oc3.csv` and `missing.csv` in `folder`,
    /// `previous_permanence.csv` (a row for each child who started to be looked after), and
    /// `uasc.csv`, `ad1.csv` and `placed_for_adoption.csv` when the return has such rows.
    func csvFiles(in folder: String) -> [DataFile] {
        var files: [DataFile] = []
        let tables: [(String, [String], [Row])] = [
            ("header", Self.headerColumns, header), ("episodes", Self.episodeColumns, episodes),
            ("oc2", Self.oc2Columns, oc2), ("oc3", Self.oc3Columns, oc3), ("missing", Self.missingColumns, missing),
            ("previous_permanence", Self.previousPermanenceColumns, previousPermanence),
        ] + (uasc.isEmpty ? [] : [("uasc", Self.uascColumns, uasc)])
            + (adoptions.isEmpty ? [] : [("ad1", Self.adoptionColumns, adoptions)])
            + (placedForAdoption.isEmpty ? [] : [("placed_for_adoption", Self.placedForAdoptionColumns, placedForAdoption)])
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

    /// One `EXPSSDA903` XML file: each child's `HEADER` (with its `UASC` flag and `DUC`, adoption
    /// fields, OC3 fields, missing episodes, previous permanence, OC2 and decisions to place for
    /// adoption, in the schema's order) followed by its `EPISODE`s, in the element names of the
    /// XML schema, named `path`.
    func xmlFile(named path: String) -> DataFile {
        func grouped(_ rows: [Row]) -> [Int: [Row]] { Dictionary(grouping: rows, by: \.child) }
        let episodesByChild = grouped(episodes), missingByChild = grouped(missing)
        let oc2ByChild = grouped(oc2), oc3ByChild = grouped(oc3), uascByChild = grouped(uasc)
        let adoptionByChild = grouped(adoptions), placedByChild = grouped(placedForAdoption)
        let permanenceByChild = grouped(previousPermanence)
        var xml = OutputBuffer(capacity: 1 << 20)
        xml.append("<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903>")
        func leaf(_ name: String, _ value: String) {
            xml.append(value.isEmpty ? "<\(name) />" : "<\(name)>\(value)</\(name)>")
        }
        for child in header {
            xml.append("<CHILD><HEADER>")
            let f = child.fields
            leaf("CHILDID", f[0]); leaf("SEX", f[1]); leaf("DOB", f[2]); leaf("ETHNIC", f[3])
            if let unaccompanied = uascByChild[child.child]?.first {
                leaf("UASC", "1"); leaf("DUC", unaccompanied.fields[3])
            } else {
                leaf("UASC", "")
            }
            if let adoption = adoptionByChild[child.child]?.first {
                for (index, name) in Self.adoptionColumns.enumerated().dropFirst(2) { leaf(name, adoption.fields[index]) }
            }
            if let leaver = oc3ByChild[child.child]?.first {
                leaf("IN_TOUCH", leaver.fields[2]); leaf("ACTIV", leaver.fields[3]); leaf("ACCOM", leaver.fields[4])
            }
            for row in missingByChild[child.child] ?? [] {
                xml.append("<AMISSING>")
                leaf("MISSING", row.fields[2]); leaf("MIS_START", row.fields[3]); leaf("MIS_END", row.fields[4])
                xml.append("</AMISSING>")
            }
            if let permanence = permanenceByChild[child.child]?.first {
                xml.append("<PERMANENCE>")
                for (index, name) in Self.previousPermanenceColumns.enumerated().dropFirst(2) { leaf(name, permanence.fields[index]) }
                xml.append("</PERMANENCE>")
            }
            if let outcome = oc2ByChild[child.child]?.first {
                xml.append("<OC2>")
                for (index, name) in Self.oc2Columns.enumerated().dropFirst(2) { leaf(name, outcome.fields[index]) }
                xml.append("</OC2>")
            }
            for row in placedByChild[child.child] ?? [] {
                xml.append("<AD_PLACED>")
                for (index, name) in Self.placedForAdoptionColumns.enumerated().dropFirst(2) { leaf(name, row.fields[index]) }
                xml.append("</AD_PLACED>")
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
