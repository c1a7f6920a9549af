import Testing
@testable import SafeguardingData

@Suite("CSV records proven whole")
struct CSVWholeRecordTests {
    static let header = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"

    /// Every record of `text` read with `stopsAtUnclosedQuote` off: its line, fields and the
    /// unclosed quote's problem.
    func records(_ text: String, limits: ReadLimits = .standard, chunkSize: Int = 16) throws
        -> [(line: Int, fields: [String], quote: DataProblem?)] {
        let directory = try TemporaryDirectory()
        let reader = try CSVReader(path: directory.write(Array(text.utf8), to: "input.csv"), chunkSize: chunkSize, limits: limits)
        reader.stopsAtUnclosedQuote = false
        var result: [(Int, [String], DataProblem?)] = []
        while try reader.next() { result.append((reader.line, reader.strings(), reader.unclosedQuote)) }
        return result
    }

    @Test("An unterminated quote rejects its own line, and the three data lines are read as three rows")
    func unterminatedQuote() throws {
        let text = Self.header + "1,01/01/2020,S,C2,U1,,\n2,\"01/02/2020,S,C2,U1,,\n3,01/03/2020,S,\"C2\",U1,,\n"
        let reads = try WholeRead()
        let (report, cohort) = try #require(try reads.read(text, as: .ssda903CSV).value)
        #expect(report.rowsRead == 3 && report.rowsAccepted == 2 && report.rowsRejected == 1)
        #expect(cohort.episodes.count == 2)
        let problem = try #require(report.errors.first)
        #expect(problem.location == SourceLocation(file: problem.location.file, line: 3, column: 2, columnName: "DECOM"))
        #expect(problem.reason.hasPrefix("the quote that opens field 2 is not closed on its line, and the next quote is "
            + "followed by text"))
        #expect(problem.reason.hasSuffix("; the line is rejected, and reading goes on with the next line"))
    }

    @Test("A quote still open at the end of the file is an error naming the line and field where it opened")
    func quoteOpenAtEnd() throws {
        let text = "a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n"
        let reader = CSVReader(bytes: Array(text.utf8), name: "cut.csv")
        #expect(try reader.next() && reader.next())
        do {
            _ = try reader.next()
            Issue.record("an unclosed quote was read as a record")
        } catch {
            #expect(error.location == SourceLocation(file: "cut.csv", line: 3, column: 2))
            #expect(error.reason == "the quote that opens field 2 is never closed: the file ends inside it, so the file "
                + "may be cut short")
        }
        let rows = try records(text)
        #expect(rows.map(\.line) == [1, 2, 3, 4])
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"], ["4", "5,6"], ["7", "8", "9"]])
        #expect(rows.map { $0.quote?.location.line } == [nil, nil, 3, nil])
    }

    @Test("A file cut inside a quoted field on its last line is an error at that line; a last line with no line break reads as usual")
    func lastLine() throws {
        let reads = try WholeRead()
        let whole = Self.header + "1,01/01/2020,S,C2,U1,,\n2,01/02/2020,S,C2,\"U1\",,"
        let (report, _) = try #require(try reads.read(whole, as: .ssda903CSV).value)
        #expect(report.rowsRead == 2 && report.rowsAccepted == 2 && report.problems.isEmpty)
        let cut = Self.header + "1,01/01/2020,S,C2,U1,,\n2,01/02/2020,S,C2,\"U"
        let (cutReport, _) = try #require(try reads.read(cut, as: .ssda903CSV).value)
        #expect(cutReport.rowsRead == 2 && cutReport.rowsRejected == 1)
        #expect(cutReport.errors.map(\.location) == [SourceLocation(file: cutReport.path, line: 3, column: 5, columnName: "PLACE")])
    }

    @Test("Quoted fields that span lines legitimately are read whole, with CRLF and across chunks")
    func legitimateSpans() throws {
        let text = "id,note,n\r\n1,\"two\r\nlines\",x\r\n2,\"a \"\"quoted\"\"\nword\",y\r\n3,z,w\r\n"
        let rows = try records(text, chunkSize: 5)
        #expect(rows.map(\.fields) == [["id", "note", "n"], ["1", "two\r\nlines", "x"], ["2", "a \"quoted\"\nword", "y"],
                                       ["3", "z", "w"]])
        #expect(rows.map(\.line) == [1, 2, 4, 6])
        #expect(rows.allSatisfy { $0.quote == nil })
    }

    @Test("A quote closed on a later line that changes the record's number of fields is a quote never closed")
    func fieldCountChanges() throws {
        let rows = try records("a,b,c\n1,\"x,2\n3,y\",4,5\n5,6,7\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "x,2"], ["3", "y\"", "4", "5"], ["5", "6", "7"]])
        #expect(rows.map { $0.quote?.location } == [nil, SourceLocation(file: rows[1].quote?.location.file ?? "", line: 2, column: 2), nil, nil])
        #expect(rows[1].quote?.reason == "the quote that opens field 2 is not closed on its line; closed on a later line, "
            + "it would make a record of 4 fields where the first line of the file has 3")
    }

    @Test("A quote still open after the limit of lines is taken for one never closed, and the lines after it are rows")
    func quotedLineLimit() throws {
        let limits = ReadLimits(quotedFieldLines: 3)
        let within = try records("a,b,c\n1,\"x\ny\nz\nw\",2\n", limits: limits)
        #expect(within.map(\.fields) == [["a", "b", "c"], ["1", "x\ny\nz\nw", "2"]])
        let past = try records("a,b,c\n1,\"x\ny\nz\nw\nv\",2\n", limits: limits)
        #expect(past.first { $0.quote != nil }?.quote?.reason == "the quote that opens field 2 is still open after 3 lines, "
            + "the limit (ReadLimits.quotedFieldLines), so it is taken for a quote that is never closed")
        #expect(past.map(\.line) == [1, 2, 3, 4, 5, 6])
    }

    @Test("Reference tables stop at a quote that is never closed, naming its line")
    func referenceTables() {
        do {
            _ = try CSVTable(text: "id,name\n1,\"Bristol, City of\n2,Bath\n", name: "areas.csv")
            Issue.record("a table with an unclosed quote was read")
        } catch {
            #expect(error.location == SourceLocation(file: "areas.csv", line: 2, column: 2))
        }
    }
}
