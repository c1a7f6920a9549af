import Testing
@testable import SafeguardingData

/// Files cut at every length (or a seeded sample of lengths): a reader gives the whole file's
/// read or an error, never a silent partial read.
@Suite("Whole reads of files cut short")
struct TruncationFuzzTests {
    /// The offset just past the root element's closing tag: the shortest whole document.
    static func rootEnd(_ bytes: [UInt8], root: String) -> Int {
        let close = Array("</\(root)>".utf8)
        var index = bytes.count - close.count
        while index >= 0, Array(bytes[index..<(index + close.count)]) != close { index -= 1 }
        return index + close.count
    }

    /// The lengths to cut `bytes` at: all of them, or a seeded sample of `sample` with every
    /// length from a little before the root element's end.
    static func lengths(of bytes: [UInt8], end: Int, sample: Int?) -> [Int] {
        guard let sample else { return Array(0..<bytes.count) }
        var rng = SeededGenerator(seed: UInt64(bytes.count))
        var lengths = Set((0..<sample).map { _ in Int.random(in: 0..<bytes.count, using: &rng) })
        lengths.formUnion(max(0, end - 16)..<bytes.count)
        return lengths.sorted()
    }

    @Test("An XML file cut at every length is read whole or is an error at its last line, never a partial read",
          arguments: [("cin_xml/CIN_Census_2021.xml", WholeRead.Format.cin, nil), ("cin_xml/CIN2rows.xml", .cin, 300),
                      ("cin_xml/CIN_Census_2026.xml", .cin, 300), ("ssda903_xml", .ssda903XML, 300)])
    func xmlCutAtEveryLength(file: String, format: WholeRead.Format, sample: Int?) throws {
        let bytes = format == .cin ? try WholeSamples.bytes(file) : try WholeSamples.ssda903XML(children: 4)
        let reads = try WholeRead()
        let (whole, wholeCohort) = try #require(try reads.read(bytes, as: format).value)
        #expect(whole.rowsRead > 3)
        let end = Self.rootEnd(bytes, root: format == .cin ? "Message" : "EXPSSDA903")
        for length in Self.lengths(of: bytes, end: end, sample: sample) {
            let cut = Array(bytes.prefix(length))
            switch try reads.read(cut, as: format) {
            case .success(let (report, cohort)):
                #expect(length >= end, "a document cut at \(length) of \(bytes.count) bytes was read as whole")
                #expect(report.rowsRead == whole.rowsRead && report.rowsAccepted == whole.rowsAccepted)
                #expect(report.problems.map(\.reason) == whole.problems.map(\.reason))
                #expect(cohort.children.count == wholeCohort.children.count)
            case .failure(let error):
                #expect(length < end, "a whole document with \(length - end) bytes of white space after it: \(error)")
                let lines = cut.filter { $0 == 0x0A }.count + 1
                #expect(error.location.line <= lines, "cut at \(length): \(error)")
            }
        }
    }

    /// The first `lines` lines of the SSDA903 episodes sample with every field quoted.
    static func quotedEpisodes(lines: Int) throws -> [UInt8] {
        let text = String(decoding: try WholeSamples.bytes("ssda903_csv/episodes.csv"), as: UTF8.self)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines)
        let quoted = rows.map { row in
            row.split(separator: ",", omittingEmptySubsequences: false).map { "\"\($0.filter { $0 != "\r" })\"" }
                .joined(separator: ",")
        }
        return Array((quoted.joined(separator: "\n") + "\n").utf8)
    }

    @Test("A CSV cut inside a quoted field is an error naming the line and field where the quote opened; rows are never merged")
    func csvCutInsideQuotes() throws {
        let bytes = try Self.quotedEpisodes(lines: 30)
        let reads = try WholeRead()
        var rng = SeededGenerator(seed: 1_313)
        let header = bytes.firstIndex(of: 0x0A)! + 1
        var lengths = Set((0..<400).map { _ in Int.random(in: header..<bytes.count, using: &rng) })
        lengths.formUnion([header, bytes.count - 1, bytes.count])
        for length in lengths.sorted() {
            let cut = Array(bytes.prefix(length))
            let (report, _) = try #require(try reads.read(cut, as: .ssda903CSV).value, "cut at \(length)")
            // Lines begun after the header, and whether the last one is cut inside a quoted field.
            let lastLine = cut.split(separator: 0x0A, omittingEmptySubsequences: false).last!
            let linesBegun = cut.filter { $0 == 0x0A }.count + (lastLine.isEmpty ? 0 : 1) - 1
            let insideQuotes = lastLine.filter { $0 == 0x22 }.count % 2 == 1
            #expect(report.rowsRead == linesBegun, "cut at \(length): \(report.rowsRead) rows for \(linesBegun) lines")
            let unclosed = report.errors.filter { $0.reason.contains("is never closed: the file ends inside it") }
            if insideQuotes {
                // Every field is quoted and none holds a comma: the open quote is the last field's.
                let opened = lastLine.split(separator: 0x2C, omittingEmptySubsequences: false).count
                #expect(unclosed.map(\.location.line) == [linesBegun + 1], "cut at \(length)")
                #expect(unclosed.map(\.location.column) == [opened], "cut at \(length)")
            } else {
                #expect(unclosed.isEmpty, "cut at \(length)")
            }
        }
    }
}
