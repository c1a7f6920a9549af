import Foundation
import Testing
@testable import SafeguardingMetrics

/// The audit of LAIT's measures (Documentation/SafeguardingMetrics.docc/LAITMeasures.md, written
/// by Scripts/generate-lait-audit.sh): every measure of LAIT's dictionary is accounted for exactly
/// once, and the committed article agrees with the standard catalogue and the hand-written
/// classification it was made from.
@Suite("LAIT measures audit")
struct LAITMeasuresAuditTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    /// The catalogue's LAIT measures: measure → indicator.
    let computed = Dictionary(IndicatorCatalogue.standard.indicators.compactMap { indicator in
        indicator.laitMeasure.map { ($0, indicator.id.rawValue) }
    }, uniquingKeysWith: { first, _ in first })

    func dictionary() throws -> [String] {
        try Fixture.csvRows("lait_csc_dictionary.csv").map { $0["measure_short"] ?? "" }
    }

    func classification() throws -> [[String: String]] {
        let url = Self.root.appendingPathComponent("Documentation/LAIT/lait-measure-classification.csv")
        let records = Fixture.parseCSV(try String(contentsOf: url, encoding: .utf8)).filter { $0 != [""] }
        let header = try #require(records.first)
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The article's table: measure → (status, indicator or reason), one entry per row.
    func articleRows() throws -> [(measure: String, status: String, detail: String)] {
        let url = Self.root.appendingPathComponent("Documentation/SafeguardingMetrics.docc/LAITMeasures.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| "), !line.hasPrefix("| topic") else { return nil }
            // Cells are split on pipes that are not escaped.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{1}", with: "|") }
            guard cells.count == 7 else { return nil }
            return (cells[2].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[4],
                    cells[5].trimmingCharacters(in: CharacterSet(charactersIn: "`")))
        }
    }

    @Test("Every LAIT measure is computed by one indicator or classified once, and nothing else is")
    func everyMeasureOnce() throws {
        let measures = try dictionary()
        #expect(measures.count == 142)
        #expect(Set(measures).count == measures.count)
        let rows = try classification()
        let classified = rows.compactMap { $0["measure_short"] }
        #expect(Set(classified).count == classified.count, "a measure is classified twice")
        let ids = Set(IndicatorCatalogue.standard.indicators.map(\.id.rawValue))
        for row in rows {
            let measure = row["measure_short"] ?? ""
            #expect(measures.contains(measure), "\(measure) is not a LAIT measure")
            #expect(computed[measure] == nil, "\(measure) is computed and classified")
            let status = row["status"] ?? ""
            #expect(["numerator", "denominator", "planned-20", "planned-21", "not-computable"].contains(status), "\(measure)")
            if status == "numerator" || status == "denominator" {
                #expect(ids.contains(row["detail"] ?? ""), "\(measure): no indicator \(row["detail"] ?? "")")
            } else {
                #expect((row["detail"] ?? "").count >= 10, "\(measure) has no reason")
            }
        }
        for measure in computed.keys { #expect(measures.contains(measure), "\(measure) is not in LAIT's dictionary") }
        for measure in measures {
            let times = (computed[measure] == nil ? 0 : 1) + classified.filter { $0 == measure }.count
            #expect(times == 1, "\(measure) is accounted for \(times) times")
        }
    }

    @Test("The README gives the counts of the audit")
    func readmeCounts() throws {
        let rows = try articleRows()
        let own = rows.filter { $0.status == "computed by" }.count
        let parts = rows.filter { $0.status.hasPrefix("computed, as") }.count
        let planned = rows.filter { $0.status.hasPrefix("planned") }.count
        let not = rows.filter { $0.status == "not computable from these returns" }.count
        #expect(own + parts + planned + not == rows.count)
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let sentence = "Of LAIT's \(rows.count) children's social care measures, \(own + parts) are computed today "
            + "(\(own) by a standard indicator of their own, \(parts) as a standard indicator's numerator or denominator), "
            + "\(planned) are planned and \(not) cannot be computed"
        #expect(readme.contains(sentence), "README: \(sentence)")
    }

    @Test("The committed article has one row per LAIT measure, agreeing with the catalogue and the classification")
    func articleIsCurrent() throws {
        let measures = try dictionary()
        let rows = try articleRows()
        #expect(rows.map(\.measure) == measures, "regenerate with Scripts/generate-lait-audit.sh")
        let classified = Dictionary(try classification().map { ($0["measure_short"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            if let id = computed[row.measure] {
                #expect(row.status == "computed by" && row.detail == id, "\(row.measure): \(row.status) \(row.detail)")
            } else if let entry = classified[row.measure], entry["status"] == "numerator" || entry["status"] == "denominator" {
                #expect(row.status.hasPrefix("computed, as the \(entry["status"] ?? "")") && row.detail == entry["detail"],
                        "\(row.measure)")
            } else {
                #expect(!row.status.hasPrefix("computed"), "\(row.measure) is not computed")
            }
        }
    }
}
