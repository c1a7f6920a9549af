import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

/// Issue 13's remaining findings, one test each, at the library: validation builds the cohort,
/// every entry point reads returns one way, and nothing is merged twice or lost.
@Suite("Validation and the one way returns are read")
struct ReturnSetValidationTests {
    static let header = "CHILD,SEX,DOB,ETHNIC\nA,1,01/01/2010,WBRI\nB,2,01/01/2011,WBRI\n"
    static let episodeColumns = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"

    /// The problems of `report` as (line, reason).
    func problems(_ report: FileReport) -> [(line: Int, reason: String)] {
        report.problems.map { ($0.location.line, $0.reason) }
    }

    @Test("validate builds the cohort and reports an end before a start, an overlap, a repeated key and an unknown child at their lines")
    func cohortProblemsInValidation() throws {
        let directory = try TemporaryDirectory()
        let folder = "E06000009/2025/ssda903/"
        _ = try directory.writeNested(Self.header, to: folder + "header.csv")
        let episodes = try directory.writeNested(Self.episodeColumns
            + "A,01/06/2024,S,C2,U1,01/05/2024,E11\n"   // line 2: ends before it starts
            + "B,01/05/2024,S,C2,U1,01/09/2024,E11\n"   // line 3
            + "B,01/07/2024,P,C2,U1,,\n"                // line 4: the same key as line 5
            + "B,01/07/2024,P,C2,U1,,\n"                // line 5: overlaps line 3
            + "C,01/04/2024,S,C2,U1,,\n", to: folder + "episodes.csv") // line 6: no header row
        let report = try ReturnSet.validate(ssda903: [directory.url.path])
        let file = try #require(report.files.first { $0.path == episodes })
        #expect(file.rowsRead == 5 && file.rowsAccepted == 5 && file.rowsRejected == 0)
        let found = problems(file)
        #expect(found.contains { $0.line == 2 && $0.reason.hasPrefix("episode ends (DEC) before it starts (DECOM)") }, "\(found)")
        #expect(found.contains { $0.line == 4 && $0.reason.contains("with the same key as line 5 of this return") }, "\(found)")
        #expect(found.contains { $0.line == 5 && $0.reason.contains("before the previous episode of this child (line 3)") }, "\(found)")
        #expect(found.contains { $0.line == 6 && $0.reason.hasPrefix("the child of this row has episodes but no header row in any return") },
                "\(found)")
        #expect(file.problems.allSatisfy { $0.location.file == episodes })
        // The same problems reach the reports of a computation's load: one way of reading.
        let returns = try ReturnSet(ssda903: [directory.url.path])
        #expect(returns.files.first { $0.path == episodes }?.problems == file.problems)
    }

    @Test("The same authority, year and table in two different files is reported with both paths and read once: the first in sorted path order")
    func sameReturnInTwoFiles() throws {
        let directory = try TemporaryDirectory()
        let rows = Self.episodeColumns + "A,01/06/2024,S,C2,U1,,\n"
        _ = try directory.writeNested(Self.header, to: "a/E06000009/2025/ssda903/header.csv")
        let first = try directory.writeNested(rows, to: "a/E06000009/2025/ssda903/episodes.csv")
        let second = try directory.writeNested(rows + "B,01/07/2024,S,C2,U1,,\n", to: "b/E06000009/2025/ssda903/episodes.csv")
        let root = directory.url.path
        for order in [[root + "/b", root + "/a"], [root + "/a", root + "/b"]] {
            let returns = try ReturnSet(ssda903: order)
            #expect(returns.cohort.episodes.count == 1, "\(order)")
            let skipped = try #require(returns.files.first { $0.table == FileReport.sameReturnTable })
            #expect(skipped.path == second && skipped.rowsRead == 0 && skipped.isUnread)
            let reason = try #require(skipped.problems.first?.reason)
            #expect(skipped.problems.first?.severity == .warning)
            #expect(reason.contains("episodes of the return of E06000009 for collection year 2025") && reason.contains(first))
        }
        // The bytes loader reads by the same function: the same rule, by name.
        let memory = try ReturnSet(ssda903: [DataFile(name: "b/E06000009/2025/episodes.csv", text: rows + "B,01/07/2024,S,C2,U1,,\n"),
                                             DataFile(name: "a/E06000009/2025/episodes.csv", text: rows)])
        #expect(memory.cohort.episodes.count == 1)
        #expect(memory.files.map(\.table) == ["episodes", FileReport.sameReturnTable])
        // validate reports it the same way, and it is a warning, not a failure.
        let report = try ReturnSet.validate(ssda903: [root + "/b", root + "/a"])
        #expect(report.files.contains { $0.path == second && $0.table == FileReport.sameReturnTable && !$0.fails })
    }

    @Test("Two files whose LA and YEAR columns name the same return are read once: the first by name")
    func sameReturnByColumns() throws {
        let rows = "CHILD,LA,YEAR,DECOM,RNE,LS,PLACE,DEC,REC\nA,890,2025,01/06/2024,S,C2,U1,,\n"
        let returns = try ReturnSet(ssda903: [DataFile(name: "z/episodes.csv", text: rows + "B,890,2025,01/07/2024,S,C2,U1,,\n"),
                                              DataFile(name: "y/episodes.csv", text: rows)])
        #expect(returns.cohort.episodes.count == 1)
        let skipped = try #require(returns.files.last)
        #expect(skipped.path == "z/episodes.csv" && skipped.table == FileReport.sameReturnTable)
        #expect(skipped.problems.first?.reason.contains("E06000009 for collection year 2025, which y/episodes.csv already gave") == true)
    }

    @Test("A file whose LA and YEAR columns name several returns reads each return no other file gave, and leaves the rest unread with their lines, on 1, 2 and 8 threads")
    func severalReturnsByColumns() throws {
        let columns = "CHILD,LA,YEAR,DECOM,RNE,LS,PLACE,DEC,REC\n"
        let single = DataFile(name: "y/episodes.csv", text: columns + "A,890,2025,01/06/2024,S,C2,U1,,\n")
        // Lancashire (888) is read from the file that names both; Blackpool (890) only from y.
        let several = DataFile(name: "z/episodes.csv", text: columns
            + "C,888,2025,01/05/2024,S,C2,U1,,\n"
            + "B,890,2025,01/07/2024,S,C2,U1,,\n"
            + "D,890,2025,01/08/2024,S,C2,U1,,\n"
            + "E,888,2025,01/09/2024,S,C2,U1,,\n")
        for threads in [1, 2, 8] {
            var loader = ReturnLoader()
            loader.threads = threads
            let loaded = try loader.load(ssda903: [several, single])
            #expect(loaded.cohort.episodes.count == 3, "\(threads) threads: A, C and E, each once")
            let read = try #require(loaded.files.first { $0.path == "z/episodes.csv" })
            #expect(read.table == "episodes" && read.rowsRead == 2 && read.rowsAccepted == 2 && !read.fails)
            let warning = try #require(read.warnings.first)
            #expect(warning.reason.hasPrefix("2 rows (lines 3-4) hold the episodes of the return of E06000009 for collection year 2025, which y/episodes.csv already gave"))
            #expect(warning.location.line == 3)
        }
        // Given first by name, the file of several returns reads both, and the single one is left unread.
        let first = try ReturnLoader().load(ssda903: [several, DataFile(name: "zz/episodes.csv", bytes: single.bytes)])
        #expect(first.cohort.episodes.count == 4)
        #expect(first.files.map(\.table) == ["episodes", FileReport.sameReturnTable])
        #expect(first.files.last?.warnings.first?.reason.hasPrefix("1 row (line 2) holds the episodes") == true)
    }

    @Test("The bytes loader reads a file given twice by name once, with a report naming it, as the folder loader does")
    func bytesGivenTwice() throws {
        let file = DataFile(name: "E06000009/2025/ssda903/episodes.csv", text: Self.episodeColumns + "A,01/06/2024,S,C2,U1,,\n")
        let returns = try ReturnSet(ssda903: [file, file])
        #expect(returns.cohort.episodes.count == 1)
        let duplicate = try #require(returns.files.first { $0.isDuplicate })
        #expect(duplicate.problems.first?.reason == "this is the same file as \(file.name), already read; it is read once")
        let loaded = try ReturnLoader().load(ssda903: [file, file])
        #expect(loaded.files.map(\.table) == ["episodes", FileReport.duplicateTable])
    }

    @Test("A context places files that carry no authority or year, in every entry point")
    func contextPlacesUnplacedFiles() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.writeNested(Self.episodeColumns + "A,01/06/2024,S,C2,U1,,\n", to: "flat/episodes.csv")
        #expect(throws: DataError.self) { try ReturnSet(ssda903: [path]) }
        let context = ReturnContext(authority: "E06000009", collectionYear: 2025)
        let returns = try ReturnSet(ssda903: [path], context: context)
        #expect(returns.cohort.authorities == ["E06000009"] && returns.cohort.returns.map(\.collectionYear) == [2025])
        let memory = try ReturnSet(ssda903: [DataFile(name: "episodes.csv", text: Self.episodeColumns + "A,01/06/2024,S,C2,U1,,\n")],
                                   context: context)
        #expect(memory.cohort.episodes.count == 1 && memory.cohort.authorities == ["E06000009"])
        let report = try ReturnSet.validate(ssda903: [path], context: context)
        #expect(report.files.first?.rowsAccepted == 1 && report.files.first?.table == "episodes")
    }

    @Test("A population row rejected at info level fails validation, and every row is accounted for")
    func infoRejectionFails() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.writeNested(
            "mid_year,used_for_year_ending_31_march,geographic_level,new_la_code,old_la_code,la_name,region_code,region_name,population_estimate\n"
                + "2024,2025,Local authority,E06000009,890,Blackpool,E12000002,North West,26000\n"
                + "2024,2025,Parliamentary constituency,E14000001,,Somewhere,,,70000\n", to: "population.csv")
        let report = try ReturnSet.validate(population: path)
        let file = try #require(report.files.first)
        #expect(file.rowsRead == 2 && file.rowsAccepted == 1 && file.rowsRejected == 1)
        #expect(file.problems.first?.severity == .info && file.problems.first?.location.line == 3)
        #expect(file.fails)
    }

    @Test("SSDA903 XML reviews are read as the CSV reviews table is: counted, dates checked, a review outside its CHILD rejected")
    func xmlReviews() throws {
        let xml = "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC>"
            + "<AREVIEW><REVIEW>27/09/2024</REVIEW><REVIEW_CODE>PN0</REVIEW_CODE></AREVIEW>"
            + "<AREVIEW><REVIEW>31/02/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER></CHILD>\n"
            + "<AREVIEW><REVIEW>01/10/2024</REVIEW></AREVIEW></EXPSSDA903>\n"
        var builder = CohortBuilder()
        let report = try SSDA903XMLReader().read(DataFile(name: "E06000009/2025/903.xml", text: xml), context: nil, into: &builder)
        #expect(report.rowsRead == 4 && report.rowsAccepted == 2 && report.rowsRejected == 2, "\(report.problems)")
        #expect(report.problems.contains { $0.location.columnName == "REVIEW" && $0.severity == .error })
        let outside = try #require(report.problems.first { $0.reason.contains("AREVIEW outside a CHILD") })
        #expect(outside.location.line == 2 && outside.location.column == 1)
        // The same rows as CSV are accounted for the same way.
        let csv = "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,27/09/2024,PN0\n1,01/01/2010,31/02/2024,PN1\n"
        let table = try SSDA903CSVReader().read(DataFile(name: "E06000009/2025/reviews.csv", text: csv), context: nil, into: &builder)
        #expect(table.rowsRead == 2 && table.rowsAccepted == 1 && table.rowsRejected == 1)
    }

    @Test("A folder named by a well-formed authority code the directory does not know is read, named by its code, with a warning")
    func unknownAuthorityFolder() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.writeNested(Self.header, to: "E06999999/2025/ssda903/header.csv")
        let episodes = try directory.writeNested(Self.episodeColumns + "A,01/06/2024,S,C2,U1,,\n", to: "E06999999/2025/ssda903/episodes.csv")
        let returns = try ReturnSet(ssda903: [directory.url.path])
        #expect(returns.cohort.authorities == ["E06999999"])
        #expect(try returns.areas(["E06999999"]) == [0])
        #expect(returns.name(of: "E06999999") == "E06999999")
        // Once, in the report of the return's first file in sorted path order.
        let warnings = returns.files.flatMap(\.problems).filter { $0.reason.hasPrefix("the authority E06999999 is not in the directory") }
        #expect(warnings.count == 1 && warnings.first?.severity == .warning && warnings.first?.location.file == episodes)
        // A code that is not well formed is still refused.
        _ = try directory.writeNested(Self.header, to: "other/X06999999/2025/ssda903/header.csv")
        #expect(throws: DataError.self) { try ReturnSet(ssda903: [directory.url.path + "/other"]) }
    }

    @Test("A CIN census whose header names an LEA number the directory does not know (975) is read and named by it")
    func unknownLEA() throws {
        let text = try String(contentsOfFile: Samples.path("cin_xml/CIN_Census_2024.xml"), encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "<LEA>201</LEA>", with: "<LEA>975</LEA>")
        #expect(renamed != text)
        let returns = try ReturnSet(ssda903: [], cin: [DataFile(name: "cin_census_2023.xml", text: renamed)])
        #expect(returns.cohort.authorities == ["975"])
        let file = try #require(returns.files.first)
        #expect(file.rowsAccepted > 0)
        #expect(file.problems.contains { $0.reason.hasPrefix("the authority 975 is not in the directory") })
        #expect(ReturnContext.wellFormedAuthority("e10000001") == "E10000001" && ReturnContext.wellFormedAuthority("E11000001") == nil)
        #expect(ReturnContext.wellFormedAuthority("97") == nil && ReturnContext.wellFormedAuthority("Blackpool") == nil)
    }
}
