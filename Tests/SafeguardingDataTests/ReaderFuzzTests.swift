import Foundation
import Testing
import SafeguardingData

/// Random and mutated bytes fed to every reader for a fixed number of iterations (not a time
/// budget): no input may crash a reader, and every file's rows must reconcile.
@Suite("Readers under random and mutated input")
struct ReaderFuzzTests {
    static let iterations = 150

    /// A mutation of `bytes`: flipped bytes, inserted structure characters, a cut, or a splice.
    static func mutate(_ bytes: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        let interesting: [UInt8] = Array(",\"\n\r<>/&;=' 0123456789".utf8) + [0x00, 0xFF, 0xEF, 0xBB, 0xBF, 0x80]
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            guard !result.isEmpty else { break }
            let position = Int.random(in: 0..<result.count, using: &rng)
            switch Int.random(in: 0...4, using: &rng) {
            case 0: result[position] = UInt8.random(in: 0...255, using: &rng)
            case 1: result.insert(interesting.randomElement(using: &rng)!, at: position)
            case 2: result.removeSubrange(position..<min(result.count, position + Int.random(in: 1...40, using: &rng)))
            case 3: result = Array(result.prefix(position))
            default:
                let source = Int.random(in: 0..<result.count, using: &rng)
                result.insert(contentsOf: result[source..<min(result.count, source + 60)], at: position)
            }
        }
        return result
    }

    func check(_ report: FileReport) {
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected, "\(report.path)")
        #expect(report.rowsRejected == report.problems.filter { $0.severity == .error }.count, "\(report.path)")
    }

    @Test("SSDA903 CSV files survive mutation", arguments: ["ssda903_csv/episodes.csv", "ssda903_csv/header.csv",
                                                              "ssda903_csv/oc2.csv", "ssda903_csv/oc3.csv", "ssda903_csv/missing.csv"])
    func csvMutations(file: String) throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path(file))).prefix(6_000))
        let directory = try TemporaryDirectory()
        var rng = SeededGenerator(seed: 9_030)
        for iteration in 0..<Self.iterations {
            let path = try directory.write(Self.mutate(original, using: &rng), to: "\(iteration).csv")
            var builder = CohortBuilder()
            if let report = try? SSDA903CSVReader().read(file: path, context: .init(authority: "E06000009", collectionYear: 2018), into: &builder) {
                check(report)
                _ = builder.build()
            }
        }
    }

    @Test("XML files survive mutation", arguments: ["cin_xml/CIN_Census_2021.xml", "cin_xml/CIN_Census_2026.xml",
                                                      "ssda903_xml/fake_903.xml"])
    func xmlMutations(file: String) throws {
        // Whole documents: the SSDA903 sample's first children, not a prefix, which is cut short.
        let original = file.hasPrefix("cin") ? Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path(file))))
            : try WholeSamples.ssda903XML(children: 6)
        let directory = try TemporaryDirectory()
        var rng = SeededGenerator(seed: 2_024)
        let context = ReturnContext(authority: "E06000009", collectionYear: 2023)
        var read = 0
        for iteration in 0..<Self.iterations {
            let path = try directory.write(Self.mutate(original, using: &rng), to: "\(iteration).xml")
            var builder = CohortBuilder()
            let report = file.hasPrefix("cin")
                ? try? CINCensusReader().read(file: path, context: context, into: &builder)
                : try? SSDA903XMLReader().read(file: path, context: context, into: &builder)
            if let report {
                check(report)
                read += 1
            }
            _ = builder.build()
        }
        // Mutations that leave the document whole are read, and their rows reconcile.
        #expect(read >= Self.iterations / 10, "only \(read) of \(Self.iterations) mutated files were read")
    }

    @Test("Pure random bytes are rejected or read, never a crash")
    func randomBytes() throws {
        let directory = try TemporaryDirectory()
        var rng = SeededGenerator(seed: 77)
        let context = ReturnContext(authority: "E06000009", collectionYear: 2023)
        for iteration in 0..<Self.iterations {
            var bytes = (0..<Int.random(in: 0...2_000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if iteration % 3 == 0 { bytes = Array("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n".utf8) + bytes }
            if iteration % 3 == 1 { bytes = Array("<Message><Header><LEA>890</LEA><Year>2023</Year></Header>".utf8) + bytes }
            let path = try directory.write(bytes, to: "\(iteration).bin")
            var builder = CohortBuilder()
            if let report = try? SSDA903CSVReader().read(file: path, context: context, into: &builder) { check(report) }
            if let report = try? CINCensusReader().read(file: path, context: context, into: &builder) { check(report) }
            if let report = try? SSDA903XMLReader().read(file: path, context: context, into: &builder) { check(report) }
            _ = builder.build()
        }
    }
}
