import Foundation
import Testing
@testable import SafeguardingData
@testable import SafeguardingMetrics

/// Every value a loaded cohort holds: each column of each table as its bytes, the children's
/// identifiers, the postcodes, returns and authorities, every problem and every file report.
struct CohortSnapshot: Equatable {
    var columns: [String] = []
    var bytes: [[UInt8]] = []
    var identifiers: [String] = []
    var postcodes: [String] = []
    var returns: [String] = []
    var authorities: [String] = []
    var problems: [DataProblem] = []
    var superseded: Cohort.SupersededRows
    var files: [FileReport]

    init(_ loaded: LoadedCohort) {
        let cohort = loaded.cohort
        superseded = cohort.supersededRows
        files = loaded.files
        add(cohort.children, "children")
        add(cohort.episodes, "episodes")
        add(cohort.missing, "missing")
        add(cohort.oc2, "oc2")
        add(cohort.oc3, "oc3")
        add(cohort.referrals, "referrals")
        add(cohort.assessments, "assessments")
        add(cohort.section47, "section47")
        add(cohort.plans, "plans")
        add(cohort.local.events, "localEvents")
        add(cohort.local.episodes, "localEpisodes")
        add(cohort.local.attendance, "attendance")
        add(cohort.local.audits, "audits")
        identifiers = (0..<Int32(cohort.children.count)).map { cohort.children.identifier(ChildRow(rawValue: $0)) }
        postcodes = cohort.postcodes
        returns = cohort.returns.map { "\($0.authority) \($0.collectionYear) \($0.source) \($0.file)" }
        authorities = cohort.authorities
        problems = cohort.problems
    }

    private mutating func add<Table: CohortTable>(_ table: Table, _ name: String) {
        var visitor = Visitor(table: table)
        Table.forEachColumn(&visitor)
        columns += visitor.names.map { name + "." + $0 }
        bytes += visitor.bytes
    }

    private struct Visitor<Table: CohortTable>: ColumnVisitor {
        let table: Table
        var names: [String] = []
        var bytes: [[UInt8]] = []

        mutating func visit<Element: BitwiseCopyable>(_ column: WritableKeyPath<Table, [Element]>, _ name: String) {
            names.append(name)
            bytes.append(table[keyPath: column].withUnsafeBytes { Array($0) })
        }
    }
}

@Suite("Returns read on several threads")
struct ParallelReadTests {
    /// Loads `inputs` with `threads` threads: the snapshot, or the error.
    static func load(_ inputs: [ReturnInput], threads: Int, unreadable: ReturnLoader.Unreadable,
                     context: ReturnContext? = nil) -> Result<CohortSnapshot, DataError> {
        var loader = ReturnLoader(resolveAuthority: SyntheticCohortTests.numbers, context: context)
        loader.threads = threads
        return Result { () throws(DataError) in CohortSnapshot(try loader.read(inputs, contexts: [:], unreadable: unreadable)) }
    }

    /// The generated returns of two authorities over three years, in memory.
    static let generated = SyntheticCohort(authorities: SyntheticCohortTests.authorities(2), years: 2023...2025, seed: 16).generate()

    static func inputs(ssda903: [DataFile], cin: [DataFile]) -> [ReturnInput] {
        ssda903.map { ReturnInput(.bytes($0), kind: .ssda903) } + cin.map { ReturnInput(.bytes($0), kind: .cin) }
    }

    @Test("Generated returns give the same columns, problems and reports on 1, 2 and 8 threads")
    func generatedReturns() throws {
        let inputs = Self.inputs(ssda903: Self.generated.ssda903, cin: Self.generated.cin)
        let one = try Self.load(inputs, threads: 1, unreadable: .stop).get()
        #expect(one.identifiers.count > 1_000 && one.files.count == inputs.count)
        for threads in [2, 8] {
            #expect(try Self.load(inputs, threads: threads, unreadable: .stop).get() == one, "\(threads) threads")
        }
    }

    @Test("Files that repeat a return, are cut short or cannot be placed give the same results on 1, 2 and 8 threads")
    func damagedFiles() throws {
        var cin = Self.generated.cin
        let census = try #require(cin.first { $0.name.hasSuffix("2025.xml") })
        // The same census again under a later name (left unread), and cut short for an authority
        // no other file has (read up to the cut, then an error).
        cin.append(DataFile(name: census.name + ".copy.xml", bytes: census.bytes))
        let text = String(decoding: census.bytes, as: UTF8.self)
        let moved = text.replacingOccurrences(of: "<LEA>890</LEA>", with: "<LEA>857</LEA>")
        #expect(moved != text)
        cin.append(DataFile(name: "zz/cut.xml", bytes: Array(Array(moved.utf8).prefix(census.bytes.count * 3 / 5))))
        var ssda903 = Self.generated.ssda903
        ssda903.append(DataFile(name: "unplaced/episodes.csv", text: "CHILD,DECOM\n1,01/04/2024\n"))
        let inputs = Self.inputs(ssda903: ssda903, cin: cin)
        let reported = try Self.load(inputs, threads: 1, unreadable: .report).get()
        #expect(reported.files.contains { $0.isUnread })
        #expect(reported.files.filter { $0.problems.contains { $0.severity == .error } }.count >= 2)
        #expect(reported.returns.contains { $0.hasPrefix("2 ") }, "the cut census's rows up to the cut are kept")
        let stopped = Self.load(inputs, threads: 1, unreadable: .stop)
        guard case .failure(let error) = stopped else { Issue.record("the cut file stops the load"); return }
        for threads in [2, 8] {
            #expect(try Self.load(inputs, threads: threads, unreadable: .report).get() == reported, "\(threads) threads")
            guard case .failure(let again) = Self.load(inputs, threads: threads, unreadable: .stop) else {
                Issue.record("\(threads) threads: the load is not stopped")
                continue
            }
            #expect(again == error, "\(threads) threads")
        }
    }

    @Test("The sample files give the same columns, problems and reports on 1, 2 and 8 threads")
    func sampleFiles() throws {
        let listed = try ReturnLoader.inputs(ssda903: [Samples.path("ssda903_csv"), Samples.path("ssda903_csv_liia"),
                                                       Samples.path("ssda903_xml")],
                                             cin: [Samples.path("cin_xml")])
        #expect(listed.inputs.count >= 10)
        let context = ReturnContext(authority: "E06000009", collectionYear: 2024)
        let one = try Self.load(listed.inputs, threads: 1, unreadable: .report, context: context).get()
        #expect(one.identifiers.count > 0)
        for threads in [2, 8] {
            #expect(try Self.load(listed.inputs, threads: threads, unreadable: .report, context: context).get() == one,
                    "\(threads) threads")
        }
    }
}
