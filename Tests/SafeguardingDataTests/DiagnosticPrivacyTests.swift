import Foundation
import Testing
@testable import SafeguardingData

/// The diagnostics every reader gives on its fuzz inputs (ReaderFuzzTests' mutations, with the
/// same seeds), on files whose header line is missing, and on single rows, scanned for the
/// child-level values of the input: no reason may hold a child's identifier together with a date
/// of birth, or three or more values of one child's record (a whole row).
@Suite("Diagnostics never echo a child's record")
struct DiagnosticPrivacyTests {
    /// The child-level values of a sample: identifiers, dates of birth, and each record's values.
    struct Sensitive {
        var identifiers: Set<String> = []
        var birthDates: Set<String> = []
        /// For each record, its values of four characters or more.
        var records: [Set<String>] = []

        /// What is wrong with `reason`, or `nil` when it echoes no record.
        func leak(in reason: String) -> String? {
            let identifier = identifiers.first { reason.contains($0) }
            let birth = birthDates.first { reason.contains($0) }
            if let identifier, let birth { return "identifier \(identifier) with date of birth \(birth)" }
            for record in records {
                let shown = record.filter { reason.contains($0) }
                if shown.count >= 3 { return "\(shown.count) values of one record: \(shown.sorted())" }
            }
            return nil
        }
    }

    /// The values of the CHILD, DOB and other columns of a CSV sample's rows.
    static func sensitive(csv bytes: [UInt8]) throws -> Sensitive {
        let table = try CSVTable(text: String(decoding: bytes, as: UTF8.self), name: "sample")
        var found = Sensitive()
        let child = table.columnIndex("CHILD"), dob = table.columnIndex("DOB")
        for row in table.rows {
            if let child, child < row.fields.count, !row.fields[child].isEmpty { found.identifiers.insert(row.fields[child]) }
            if let dob, dob < row.fields.count, !row.fields[dob].isEmpty { found.birthDates.insert(row.fields[dob]) }
            found.records.append(Set(row.fields.filter { $0.count >= 4 }))
        }
        return found
    }

    /// The values of an XML sample's identifier and birth-date elements, and each child's values.
    static func sensitive(xml bytes: [UInt8]) -> Sensitive {
        let text = String(decoding: bytes, as: UTF8.self)
        func values(_ element: String, in text: Substring) -> [String] {
            text.components(separatedBy: "<\(element)>").dropFirst().compactMap { part in
                part.components(separatedBy: "</\(element)>").first.flatMap { $0.count >= 2 && $0.count < 40 ? $0 : nil }
            }
        }
        var found = Sensitive()
        for child in text.components(separatedBy: "<Child>") + text.components(separatedBy: "<CHILD>") {
            let ids = values("LAchildID", in: child[...]) + values("CHILDID", in: child[...])
            let births = values("PersonBirthDate", in: child[...]) + values("DOB", in: child[...])
            found.identifiers.formUnion(ids)
            found.birthDates.formUnion(births)
            let upns = values("UPN", in: child[...]), ethnicity = values("Ethnicity", in: child[...]) + values("ETHNIC", in: child[...])
            found.records.append(Set((ids + births + upns + ethnicity).filter { $0.count >= 4 }))
        }
        return found
    }

    /// Every reason a reader gives for `bytes`: its problems, the builder's, and a thrown error's.
    static func reasons(reading bytes: [UInt8], as kind: String, in directory: TemporaryDirectory, name: String) throws -> [String] {
        let path = try directory.write(bytes, to: name)
        let context = ReturnContext(authority: "E06000009", collectionYear: 2023)
        var builder = CohortBuilder()
        var reasons: [String] = []
        do throws(DataError) {
            let report: FileReport
            switch kind {
            case "csv": report = try SSDA903CSVReader().read(file: path, context: context, into: &builder)
            case "cin": report = try CINCensusReader().read(file: path, context: context, into: &builder)
            default: report = try SSDA903XMLReader().read(file: path, context: context, into: &builder)
            }
            reasons += report.problems.map(\.reason)
        } catch {
            reasons.append(error.reason)
        }
        reasons += builder.build().problems.map(\.reason)
        return reasons
    }

    /// The inputs made from a sample: the fuzz mutations and, for CSV, the file without its
    /// header line and each of its first rows alone.
    static func inputs(from original: [UInt8], csv: Bool, seed: UInt64) -> [[UInt8]] {
        var rng = SeededGenerator(seed: seed)
        var inputs = [original]
        for _ in 0..<ReaderFuzzTests.iterations { inputs.append(ReaderFuzzTests.mutate(original, using: &rng)) }
        if csv {
            let lines = original.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            inputs.append(Array(lines.dropFirst().joined(separator: [UInt8(ascii: "\n")])))
            for line in lines.dropFirst().prefix(20) where !line.isEmpty { inputs.append(Array(line) + [UInt8(ascii: "\n")]) }
        }
        return inputs
    }

    func check(_ file: String, kind: String, prefix: Int, seed: UInt64) throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path(file))).prefix(prefix))
        let sensitive = kind == "csv" ? try Self.sensitive(csv: original) : Self.sensitive(xml: original)
        try #require(!sensitive.identifiers.isEmpty && !sensitive.records.isEmpty, "the sample has no children: \(file)")
        let directory = try TemporaryDirectory()
        var scanned = 0
        for (index, input) in Self.inputs(from: original, csv: kind == "csv", seed: seed).enumerated() {
            for reason in try Self.reasons(reading: input, as: kind, in: directory, name: "\(index).\(kind == "csv" ? "csv" : "xml")") {
                scanned += 1
                if let leak = sensitive.leak(in: reason) { Issue.record("\(file) input \(index): \(leak) in: \(reason)") }
            }
        }
        #expect(scanned > 0)
    }

    @Test("SSDA903 CSV readers' diagnostics echo no record", arguments: ["ssda903_csv/episodes.csv", "ssda903_csv/header.csv",
                                                                         "ssda903_csv/oc2.csv", "ssda903_csv/oc3.csv",
                                                                         "ssda903_csv/missing.csv"])
    func csv(file: String) throws {
        try check(file, kind: "csv", prefix: 6_000, seed: 9_030)
    }

    @Test("XML readers' diagnostics echo no record", arguments: ["cin_xml/CIN_Census_2021.xml", "cin_xml/CIN_Census_2026.xml",
                                                                 "ssda903_xml/fake_903.xml"])
    func xml(file: String) throws {
        try check(file, kind: file.hasPrefix("cin") ? "cin" : "ssda903", prefix: 8_000, seed: 2_024)
    }

    @Test("A header file without its header line names no child in its error")
    func headerlessHeaderFile() throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path("ssda903_csv/header.csv"))))
        let withoutHeader = Array(original.drop { $0 != UInt8(ascii: "\n") }.dropFirst())
        let directory = try TemporaryDirectory()
        let reasons = try Self.reasons(reading: withoutHeader, as: "csv", in: directory, name: "header.csv")
        let sensitive = try Self.sensitive(csv: original)
        #expect(reasons.count == 1)
        #expect(reasons.first?.hasPrefix("not an SSDA903 table: line 1 looks like a row of data (7 fields)") == true)
        for reason in reasons {
            #expect(!sensitive.identifiers.contains { reason.contains($0) }, "\(reason)")
            #expect(!sensitive.birthDates.contains { reason.contains($0) }, "\(reason)")
        }
    }

    @Test("A file with a real header that is not an SSDA903 table still names its columns")
    func foreignHeader() throws {
        let directory = try TemporaryDirectory()
        let reasons = try Self.reasons(reading: Array("person,born\nA1,01/01/2010\n".utf8), as: "csv", in: directory, name: "x.csv")
        #expect(reasons == ["not an SSDA903 table: the header (PERSON,BORN) has none of the columns that identify one "
                            + "(CHILD with SEX and DOB, DECOM, MIS_START, SDQ_SCORE, IN_TOUCH, …)"])
    }
}
