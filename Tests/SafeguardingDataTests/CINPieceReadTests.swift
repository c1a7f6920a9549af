import Foundation
import Testing
@testable import SafeguardingData
@testable import SafeguardingMetrics

/// One CIN census cut into pieces at `</Child>` and read on several threads gives the cohort,
/// every problem and every report of reading it whole, wherever the cuts fall: inside comments,
/// CDATA and attributes, after a `</Child>` in a text value, in a file cut short.
@Suite("A large CIN census read in pieces")
struct CINPieceReadTests {
    /// The first 2025 census of the generated returns, as text.
    static let census: DataFile = ParallelReadTests.generated.cin.first { $0.name.hasSuffix("2025.xml") }!

    /// The census cut to its header and first `children` children (and its closing tags), so that
    /// many piece sizes can be tried.
    static func trimmed(_ children: Int) -> String {
        let text = String(decoding: census.bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "</Child>")
        return parts.prefix(children).joined(separator: "</Child>") + "</Child>\n  </Children>\n</Message>\n"
    }

    /// Loads `file` as a CIN census on `threads` threads, cut every `pieceBytes`.
    static func load(_ file: DataFile, threads: Int, pieceBytes: Int, unreadable: ReturnLoader.Unreadable = .report)
        -> Result<CohortSnapshot, DataError> {
        var loader = ReturnLoader(resolveAuthority: SyntheticCohortTests.numbers)
        loader.threads = threads
        loader.pieceBytes = pieceBytes
        return Result { () throws(DataError) in
            CohortSnapshot(try loader.read([ReturnInput(.bytes(file), kind: .cin)], contexts: [:], unreadable: unreadable))
        }
    }

    /// The pieces of `file` read on two threads and joined: their builders, or `nil` when they did
    /// not join (the loader then reads the file whole).
    static func joinedPieces(_ file: DataFile, pieceBytes: Int) -> Int? {
        let loader = ReturnLoader(resolveAuthority: SyntheticCohortTests.numbers)
        guard let reads = ParallelFileReads(plan: [(ReturnInput(.bytes(file), kind: .cin), nil)], readers: FileReaders(loader),
                                            threads: 2, pieceBytes: pieceBytes) else { return nil }
        defer { reads.finish() }
        return reads.take(0)?.builders.count
    }

    /// Piece sizes that put the first cut at the `</Child>` in each of `snippets` (each found
    /// once in `text`): the first `</Child>` that starts at or after the size is that one.
    static func sizes(cuttingAt snippets: [String], in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        return snippets.flatMap { snippet -> [Int] in
            let needle = Array(snippet.utf8), marker = Array("</Child>".utf8)
            guard let at = (0...(bytes.count - needle.count)).first(where: { Array(bytes[$0..<($0 + needle.count)]) == needle }),
                  let inner = (0...(needle.count - marker.count)).first(where: { Array(needle[$0..<($0 + marker.count)]) == marker })
            else { Issue.record("\(snippet) is not in the text"); return [] }
            return [at + inner, at + inner - 1]
        }
    }

    /// Every piece size in `sizes` on 2 and 8 threads gives the 1-thread read of `text`; how many
    /// of the 2-thread reads joined their pieces.
    @discardableResult
    static func expectSameRead(_ text: String, sizes: some Sequence<Int>, name: String = "E06000009/2025/cin/census.xml",
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        let file = DataFile(name: name, text: text)
        let whole = load(file, threads: 1, pieceBytes: 1 << 30)
        var joined = 0
        for size in sizes {
            for threads in [2, 8] {
                let pieces = load(file, threads: threads, pieceBytes: size)
                #expect(pieces == whole, "pieces of \(size) bytes on \(threads) threads", sourceLocation: sourceLocation)
            }
            if let count = joinedPieces(file, pieceBytes: size), count > 1 { joined += 1 }
        }
        return joined
    }

    @Test("A whole census gives the same cohort, problems and report for every piece size, and its pieces join")
    func wholeCensus() throws {
        let text = Self.trimmed(40)
        let file = DataFile(name: "E06000009/2025/cin/census.xml", text: text)
        let whole = try Self.load(file, threads: 1, pieceBytes: 1 << 30).get()
        #expect(whole.identifiers.count >= 30 && whole.files.count == 1 && whole.files[0].rowsAccepted > 40)
        let joined = Self.expectSameRead(text, sizes: stride(from: 300, to: text.utf8.count, by: 373))
        #expect(joined > 0, "pieces that start and end between children join")
        // The whole census (not trimmed) in pieces of 64 KiB, which join.
        #expect(try Self.load(Self.census, threads: 2, pieceBytes: 64 << 10).get()
                == Self.load(Self.census, threads: 1, pieceBytes: 1 << 30).get())
        #expect((Self.joinedPieces(Self.census, pieceBytes: 64 << 10) ?? 0) > 1)
    }

    @Test("A child given twice, in two pieces, is reported as when the census is read whole")
    func childRepeatedAcrossPieces() throws {
        let text = Self.trimmed(30)
        let parts = text.components(separatedBy: "<Child>")
        // The second child again, just before the closing tags.
        let again = "<Child>" + parts[2].components(separatedBy: "</Child>")[0] + "</Child>\n    "
        let repeated = text.replacingOccurrences(of: "</Children>", with: again + "</Children>")
        let whole = try Self.load(DataFile(name: "E06000009/2025/cin/census.xml", text: repeated), threads: 1, pieceBytes: 1 << 30).get()
        #expect(whole.problems.contains { $0.reason.contains("appears again in this return") })
        #expect(Self.expectSameRead(repeated, sizes: stride(from: 500, to: repeated.utf8.count, by: 911)) > 0)
    }

    @Test("Cuts inside comments, CDATA and attributes give the same results")
    func markerInsideMarkup() {
        let text = Self.trimmed(30)
        var children = text.components(separatedBy: "<Child>")
        // A comment between children and one inside a child, CDATA in a text value the reader
        // does not use, and an attribute, each holding `</Child>` (each part after the first
        // runs from a `<Child>` to the next).
        children[2] += "<!-- a child ended here: </Child> -->\n    "
        children[5] = children[5].replacingOccurrences(of: "<ChildIdentifiers>", with: "<ChildIdentifiers><!-- </Child> -->")
        children[7] = children[7].replacingOccurrences(of: "<ChildIdentifiers>", with: "<ChildIdentifiers><UPN><![CDATA[</Child>]]></UPN>")
        children[9] = children[9].replacingOccurrences(of: "<ChildIdentifiers>", with: "<ChildIdentifiers note=\"</Child>\">")
        let marked = children.joined(separator: "<Child>")
        #expect(marked.components(separatedBy: "</Child>").count == text.components(separatedBy: "</Child>").count + 4)
        let snippets = ["a child ended here: </Child>", "<ChildIdentifiers><!-- </Child>", "<![CDATA[</Child>", "note=\"</Child>"]
        Self.expectSameRead(marked, sizes: Self.sizes(cuttingAt: snippets, in: marked) + stride(from: 200, to: marked.utf8.count, by: 97))
        // A cut just before the comment between children: the first piece ends inside it, so the
        // pieces do not join and the census is read whole.
        let comment = marked.utf8.count - marked.components(separatedBy: "<!-- a child")[1].utf8.count - 12
        #expect(Self.joinedPieces(DataFile(name: "E06000009/2025/cin/census.xml", text: marked), pieceBytes: comment - 4) == nil)
    }

    @Test("A </Child> inside a text value gives the same problems and rows")
    func markerInsideText() {
        let text = Self.trimmed(30)
        var children = text.components(separatedBy: "<Child>")
        children[4] = children[4].replacingOccurrences(of: "</LAchildID>", with: "AB</Child>CD</LAchildID>")
        children[6] = children[6].replacingOccurrences(of: "<Ethnicity>", with: "<Ethnicity>&lt;/Child&gt;</Child>")
        // Between children, in an element the reader does not use: the `</Child>` closes nothing,
        // so the read after it is still inside that element.
        children[7] += "<Note>x</Child>y</Note>\n    "
        let damaged = children.joined(separator: "<Child>")
        let whole = Self.load(DataFile(name: "E06000009/2025/cin/census.xml", text: damaged), threads: 1, pieceBytes: 1 << 30)
        #expect((try? whole.get())?.files.first?.problems.contains { $0.reason.contains("not well-formed") } == true)
        let snippets = ["AB</Child>CD", "&lt;/Child&gt;</Child>", "<Note>x</Child>"]
        #expect(Self.expectSameRead(damaged, sizes: Self.sizes(cuttingAt: snippets, in: damaged)
                                        + stride(from: 200, to: damaged.utf8.count, by: 89)) > 0)
    }

    @Test("A census cut short, in its last piece or earlier, gives the same error and report")
    func truncated() throws {
        let text = Array(Self.trimmed(30).utf8)
        for cut in [text.count - 20, text.count * 3 / 5, text.count / 3] {
            let file = DataFile(name: "E06000009/2025/cin/census.xml", bytes: Array(text.prefix(cut)))
            let stopped = Self.load(file, threads: 1, pieceBytes: 1 << 30, unreadable: .stop)
            guard case .failure = stopped else {
                Issue.record("a census cut at \(cut) of \(text.count) bytes is not read")
                continue
            }
            let reported = Self.load(file, threads: 1, pieceBytes: 1 << 30, unreadable: .report)
            for size in stride(from: 300, to: cut, by: 701) {
                for threads in [2, 8] {
                    #expect(Self.load(file, threads: threads, pieceBytes: size, unreadable: .stop) == stopped, "cut \(cut), \(size)")
                    #expect(Self.load(file, threads: threads, pieceBytes: size, unreadable: .report) == reported, "cut \(cut), \(size)")
                }
            }
        }
    }

    @Test("One line, a byte order mark and CRLF line ends keep their lines and columns in every piece")
    func linesAndColumns() {
        let text = Self.trimmed(25)
        let oneLine = text.replacingOccurrences(of: "\n", with: " ")
        let damaged = oneLine.replacingOccurrences(of: "<Sex>", with: "<Sex>Q")
        #expect(Self.expectSameRead(damaged, sizes: stride(from: 300, to: damaged.utf8.count, by: 431)) > 0)
        Self.expectSameRead("\u{FEFF}" + damaged, sizes: stride(from: 300, to: damaged.utf8.count, by: 431))
        Self.expectSameRead("\u{FEFF}" + text.replacingOccurrences(of: "<Sex>", with: "<Sex>Q"), sizes: stride(from: 300, to: text.utf8.count, by: 431))
        Self.expectSameRead(text.replacingOccurrences(of: "\n", with: "\r\n"), sizes: stride(from: 300, to: text.utf8.count, by: 431))
    }

    @Test("A census on disk read in pieces gives what reading it whole gives")
    func censusOnDisk() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("census.xml").path
        try Data(Self.census.bytes).write(to: URL(fileURLWithPath: path))
        var loader = ReturnLoader(resolveAuthority: SyntheticCohortTests.numbers)
        loader.threads = 1
        let whole = CohortSnapshot(try loader.load(cin: [path]))
        for (threads, size) in [(2, 4096), (2, 50_000), (8, 100_000), (3, 1 << 20)] {
            loader.threads = threads
            loader.pieceBytes = size
            #expect(CohortSnapshot(try loader.load(cin: [path])) == whole, "\(threads) threads, pieces of \(size) bytes")
        }
        let reads = try #require(ParallelFileReads(plan: [(ReturnInput(.path(path), kind: .cin), nil)],
                                                   readers: FileReaders(loader), threads: 2, pieceBytes: 50_000))
        defer { reads.finish() }
        #expect((reads.take(0)?.builders.count ?? 0) > 1, "the pieces of a file on disk join")
    }
}
