import Foundation
import SafeguardingData
import SafeguardingSpreadsheet
import Testing
@testable import SafeguardingCLI

@Suite("--pseudonymise-key-file across a run's tables and formats")
struct ExplainPrivacyTests {
    /// Every child identifier of the generated returns, SSDA903 and CIN alike.
    static func rawIdentifiers() throws -> Set<String> {
        let paths = try ReturnLoader.datasetPaths(root: GeneratedData.directory)
        let cohort = try ReturnLoader().load(ssda903: paths.ssda903, cin: paths.cin).cohort
        return Set((0..<Int32(cohort.children.count)).map { cohort.children.identifier(ChildRow(rawValue: $0)) })
    }

    /// The words of a text: runs of letters and digits (a 64-digit pseudonym is one word).
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// Every cell of every sheet of a workbook, and the sheets' names, as one text.
    static func workbookText(_ path: String) throws -> String {
        try WorkbookReader.sheets(path: path).map { sheet in
            sheet.name + "\n" + sheet.cells.values.flatMap(\.values).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The indicators explained: their records are referrals, assessments, episodes of care and OC3 rows.
    static let indicators = ["referrals.repeat_within_12_months.percent", "assessments.within_45_working_days.percent",
                             "cla.rate", "care_leavers.in_touch.age_17_18.percent"]

    @Test("Every row of every table and format gives a child the keyed hash of its id; no id of the returns appears anywhere")
    func wholeRun() throws {
        let scratch = try ScratchDirectory()
        let keyText = "a-partner-key-of-enough-bytes"
        let key = try scratch.write(keyText + "\n", to: "partner.key")
        let mac = HMACSHA256(key: Array(keyText.utf8))
        let raw = try Self.rawIdentifiers()
        #expect(raw.count > 1_000)
        var hashOf: [String: String] = [:]          // raw id → pseudonym, over the whole run
        var tablesOf: [String: Set<String>] = [:]   // pseudonym → record tables it appears in
        for id in Self.indicators {
            let (plainRun, plainPath) = ExplainCommandTests.explain(id, scratch, "\(id).plain.csv")
            let (csvRun, csvPath) = ExplainCommandTests.explain(id, scratch, "\(id).csv", "--pseudonymise-key-file", key)
            let (jsonRun, jsonPath) = ExplainCommandTests.explain(id, scratch, "\(id).json", "--pseudonymise-key-file", key)
            let (xlsxRun, xlsxPath) = ExplainCommandTests.explain(id, scratch, "\(id).xlsx", "--pseudonymise-key-file", key)
            for run in [plainRun, csvRun, jsonRun, xlsxRun] { #expect(run.status == 0, "\(id): \(run.errors)") }
            let plain = try ExplainCommandTests.csv(plainPath).rows
            let hashed = try ExplainCommandTests.csv(csvPath).rows
            #expect(plain.count == hashed.count && !plain.isEmpty, "\(id)")
            for (before, after) in zip(plain, hashed) {
                let child = try #require(before["child"]), pseudonym = try #require(after["child"])
                #expect(pseudonym == mac.authenticate(Array(child.utf8)).hexadecimal, "\(id) \(child)")
                // The same child has one pseudonym in every row and table of the run, and no two children share one.
                #expect(hashOf[child, default: pseudonym] == pseudonym)
                hashOf[child] = pseudonym
                tablesOf[pseudonym, default: []].insert(after["record"] ?? "")
            }
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath)))
                as? [String: Any])
            let jsonChildren = ((json["explanations"] as? [[String: Any]])?.first?["records"] as? [[String: Any]])?
                .compactMap { $0["child"] as? String }
            #expect(jsonChildren == hashed.map { $0["child"]! }, "\(id) JSON")
            let sheets = try WorkbookReader.sheets(path: xlsxPath)
            let records = try #require(sheets.last)
            #expect(records.rowNumbers.dropFirst().map { records[$0, 4] ?? "" } == hashed.map { $0["child"]! }, "\(id) workbook")
            #expect(sheets.first?[2, 1]?.hasPrefix("PERSONAL DATA") == true)
            // No raw identifier of the returns in any pseudonymised file, nor in what the runs printed.
            let texts = [try String(contentsOfFile: csvPath, encoding: .utf8), try String(contentsOfFile: jsonPath, encoding: .utf8),
                         try Self.workbookText(xlsxPath)] + [csvRun, jsonRun, xlsxRun].flatMap { [$0.output, $0.errors] }
            for text in texts {
                let leaked = Self.words(text).intersection(raw)
                #expect(leaked.isEmpty, "\(id): \(leaked.prefix(3))")
                #expect(text.contains("PERSONAL DATA") || text.contains("holds personal data") || text.isEmpty)
            }
        }
        #expect(Set(hashOf.values).count == hashOf.count)
        // Children met in more than one table (a referral and an episode of care, say) kept one pseudonym.
        #expect(tablesOf.values.contains { $0.count > 1 })
    }

    @Test("Another key gives every child another pseudonym, in every format")
    func anotherKey() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.write("first-key-of-enough-bytes", to: "a.key")
        let second = try scratch.write("second-key-of-enough-bytes", to: "b.key")
        let id = "referrals.repeat_within_12_months.percent"
        for file in ["records.csv", "records.xlsx"] {
            let (runA, pathA) = ExplainCommandTests.explain(id, scratch, "a-" + file, "--pseudonymise-key-file", first)
            let (runB, pathB) = ExplainCommandTests.explain(id, scratch, "b-" + file, "--pseudonymise-key-file", second)
            #expect(runA.status == 0 && runB.status == 0, "\(runA.errors)\(runB.errors)")
            let children: (String) throws -> [String] = { path in
                if path.hasSuffix(".csv") { return try ExplainCommandTests.csv(path).rows.map { $0["child"]! } }
                let records = try #require(try WorkbookReader.sheets(path: path).last)
                return records.rowNumbers.dropFirst().map { records[$0, 4] ?? "" }
            }
            let a = try children(pathA), b = try children(pathB)
            #expect(a.count == b.count && !a.isEmpty)
            #expect(Set(a).isDisjoint(with: Set(b)), "\(file)")
            #expect(Set(a).count == Set(b).count, "\(file): the same children, one pseudonym each")
        }
    }
}
