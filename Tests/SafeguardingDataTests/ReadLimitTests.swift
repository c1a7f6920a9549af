import Testing
@testable import SafeguardingData

@Suite("Limits instead of traps")
struct ReadLimitTests {
    static let chunk = 4_096

    @Test("An endless input stops with an error after reading at most the limit plus one buffer")
    func endlessInput() throws {
        let limits = ReadLimits(fieldBytes: 65_536)
        let csv = try CSVReader(path: "/dev/zero", chunkSize: Self.chunk, limits: limits)
        do {
            _ = try csv.next()
            Issue.record("an endless CSV line was read")
        } catch {
            #expect(error.location == SourceLocation(file: "/dev/zero", line: 1, column: 1))
            #expect(error.reason == "field 1 is longer than the limit of 64 KiB (65,536 bytes), ReadLimits.fieldBytes; "
                + "reading stopped after \(ReadLimits.grouped(csv.bytesRead)) bytes")
        }
        #expect(csv.bytesRead > 65_536 && csv.bytesRead <= 65_536 + Self.chunk)

        let xml = try XMLTokenizer(path: "/dev/zero", chunkSize: Self.chunk, limits: limits)
        do {
            _ = try xml.next()
            Issue.record("an endless XML text was read")
        } catch {
            #expect(error.location == SourceLocation(file: "/dev/zero", line: 1, column: 1))
            #expect(error.reason == "a text longer than 64 KiB (65,536 bytes), the limit (ReadLimits.fieldBytes); "
                + "reading stopped after \(ReadLimits.grouped(xml.bytesRead)) bytes")
        }
        #expect(xml.bytesRead > 65_536 && xml.bytesRead <= 65_536 + Self.chunk)
    }

    @Test("A line past the line limit stops the read at its line, read from a file or from memory")
    func lineLimit() throws {
        let limits = ReadLimits(fieldBytes: 1_024, lineBytes: 4_096)
        let text = "a,b\n1,2\n" + Array(repeating: "x", count: 5_000).joined(separator: ",") + "\n3,4\n"
        let directory = try TemporaryDirectory()
        let fromFile = try CSVReader(path: directory.write(Array(text.utf8), to: "long.csv"), chunkSize: 512, limits: limits)
        let fromMemory = CSVReader(bytes: Array(text.utf8), name: "long.csv", limits: limits)
        for reader in [fromFile, fromMemory] {
            #expect(try reader.next() && reader.next())
            do {
                _ = try reader.next()
                Issue.record("a line past the limit was read")
            } catch {
                #expect(error.location.line == 3)
                #expect(error.reason.hasPrefix("the line is longer than the limit of 4 KiB (4,096 bytes), ReadLimits.lineBytes"))
            }
        }
        #expect(fromFile.bytesRead <= 4_096 + 512 + "a,b\n1,2\n".utf8.count)
    }

    @Test("A record past the record limit, and a field past the field limit, stop the read")
    func recordAndFieldLimits() throws {
        let record = ReadLimits(fieldBytes: 1_024, lineBytes: 1 << 20, recordBytes: 4_096)
        let long = "a,b\n" + Array(repeating: "y", count: 3_000).joined(separator: ",") + "\n"
        let byRecord = CSVReader(bytes: Array(long.utf8), name: "long.csv", limits: record)
        #expect(try byRecord.next())
        #expect(throws: DataError.self) { try byRecord.next() }

        let field = ReadLimits(fieldBytes: 100)
        let wide = CSVReader(bytes: Array(("a,b\n1," + String(repeating: "z", count: 101) + "\n").utf8), name: "wide.csv", limits: field)
        #expect(try wide.next())
        do {
            _ = try wide.next()
            Issue.record("a field past the limit was read")
        } catch {
            #expect(error.location == SourceLocation(file: "wide.csv", line: 2, column: 2))
            #expect(error.reason.hasPrefix("field 2 is longer than the limit of 100 bytes, ReadLimits.fieldBytes"))
        }
    }

    @Test("A child identifier past the field limit never reaches the string pool: the read stops with an error")
    func hugeIdentifier() throws {
        let reads = try WholeRead(limits: ReadLimits(fieldBytes: 1_024))
        let text = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n" + String(repeating: "9", count: 2_048) + ",01/01/2020,S,C2,U1,,\n"
        let error = try #require(try reads.read(text, as: .ssda903CSV).error)
        #expect(error.location.line == 2 && error.location.column == 1)
        #expect(error.reason.hasPrefix("field 1 is longer than the limit of 1 KiB (1,024 bytes)"))
    }

    @Test("A header line with no end is an error that quotes none of it")
    func headerWithNoEnd() throws {
        let reads = try WholeRead(limits: ReadLimits(fieldBytes: 1 << 20, lineBytes: 8_192))
        let error = try #require(try reads.read(String(repeating: "CHILD;DECOM;", count: 5_000), as: .ssda903CSV).error)
        #expect(error.reason.hasPrefix("the line is longer than the limit of 8 KiB (8,192 bytes), ReadLimits.lineBytes"))
        #expect(error.reason.count < 200 && !error.reason.contains("CHILD"))
    }

    @Test("An XML element's text in pieces, a long comment and a long CIN Child each stop the read at their limit")
    func xmlLimits() throws {
        let reads = try WholeRead(limits: ReadLimits(fieldBytes: 1_000, recordBytes: 8_000))
        let header = "<Message><Header><CollectionDetails><Year>2023</Year></CollectionDetails><Source><LEA>E06000009</LEA>"
            + "</Source></Header><Children>\n"
        let pieces = header + "<Child><ChildIdentifiers><LAchildID>"
            + String(repeating: "abcdefghi<!---->", count: 120) + "</LAchildID></ChildIdentifiers></Child></Children></Message>"
        let split = try #require(try reads.read(pieces, as: .cin).error)
        #expect(split.location.line == 2)
        #expect(split.reason.hasPrefix("the text of <LAchildID> opened at line 2 is longer than 1,000 bytes"))

        let comment = header + "<!--" + String(repeating: "-x", count: 600) + "--></Children></Message>"
        let markup = try #require(try reads.read(comment, as: .cin).error)
        #expect(markup.location == SourceLocation(file: markup.location.file, line: 2, column: 1))
        #expect(markup.reason.hasPrefix("a tag, comment or other markup longer than 1,000 bytes"))

        let plans = String(repeating: "<ChildProtectionPlans><CPPstartDate>2022-01-01</CPPstartDate></ChildProtectionPlans>\n",
                           count: 200)
        let child = header + "<Child>\n<CINdetails>\n" + plans + "</CINdetails></Child></Children></Message>"
        let record = try #require(try reads.read(child, as: .cin).error)
        #expect(record.reason.hasPrefix("the Child opened at line 2 is longer than 8,000 bytes, the limit (ReadLimits.recordBytes)"))
        // Plan 94 (line 98) is the first element starting more than 8,000 bytes into the Child.
        #expect(record.location.line == 98)
    }

    @Test("Limits as large as Int.max are accepted, and read a file in chunks without an overflow")
    func unlimited() throws {
        let limits = ReadLimits(fieldBytes: .max, lineBytes: .max, recordBytes: .max, quotedFieldLines: .max, elementDepth: .max)
        let directory = try TemporaryDirectory()
        // The long field is the second: while it is read, its start is past the record's.
        let text = "a,b\n1,\"x\ny\"\n2," + String(repeating: "z", count: 5_000) + "\n"
        let reader = try CSVReader(path: directory.write(Array(text.utf8), to: "big.csv"), chunkSize: 16, limits: limits)
        var fields: [[String]] = []
        while try reader.next() { fields.append(reader.strings()) }
        #expect(fields == [["a", "b"], ["1", "x\ny"], ["2", String(repeating: "z", count: 5_000)]])
        let xml = try XMLTokenizer(path: directory.write(Array("<a><b>text</b></a>".utf8), to: "big.xml"), chunkSize: 16, limits: limits)
        var events = 0
        while try xml.next() != .endOfDocument { events += 1 }
        #expect(events == 5)
    }

    @Test("Limits are described in bytes, and in KiB or MiB when whole")
    func descriptions() {
        #expect(ReadLimits.describe(bytes: 16 << 20) == "16 MiB (16,777,216 bytes)")
        #expect(ReadLimits.describe(bytes: 4_096) == "4 KiB (4,096 bytes)")
        #expect(ReadLimits.describe(bytes: 1_000) == "1,000 bytes")
        #expect(ReadLimits.standard == ReadLimits(fieldBytes: 16 << 20, lineBytes: 32 << 20, recordBytes: 64 << 20,
                                                   quotedFieldLines: 1_000, elementDepth: 256))
    }
}
