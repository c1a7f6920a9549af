import Foundation
import SafeguardingMetrics
import SafeguardingData

/// The seeded generator of the property tests.
typealias SeededGenerator = SplitMix64

/// Reads the reference CSV files kept beside the tests (published DfE data, test vectors).
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The reference data bundled with SafeguardingData, read here by path so the core's tests do
    /// not depend on the data module.
    static let bundledData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/SafeguardingData/Resources").standardizedFileURL

    /// The rows of a CSV fixture as dictionaries keyed by header name (RFC 4180 quoting).
    static func csvRows(_ name: String) throws -> [[String: String]] {
        let local = directory.appendingPathComponent(name)
        let url = FileManager.default.fileExists(atPath: local.path) ? local : bundledData.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let records = parseCSV(text)
        guard let header = records.first else { return [] }
        return records.dropFirst().filter { $0 != [""] }.map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record + Array(repeating: "", count: max(0, header.count - record.count))))
        }
    }

    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", pending == "\n" { pending = iterator.next() }
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
