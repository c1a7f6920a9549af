import Testing
import SafeguardingData

@Suite("Streaming CSV reader")
struct CSVReaderTests {
    /// All records of `text`, read with a small chunk size from a file so records cross chunks.
    func records(_ bytes: [UInt8], chunkSize: Int = 16, stopsAtUnclosedQuote: Bool = true) throws -> [(line: Int, fields: [String])] {
        let directory = try TemporaryDirectory()
        let path = try directory.write(bytes, to: "input.csv")
        let reader = try CSVReader(path: path, chunkSize: chunkSize)
        reader.stopsAtUnclosedQuote = stopsAtUnclosedQuote
        var result: [(Int, [String])] = []
        while try reader.next() { result.append((reader.line, reader.strings())) }
        return result
    }

    func records(_ text: String, chunkSize: Int = 16) throws -> [(line: Int, fields: [String])] {
        try records(Array(text.utf8), chunkSize: chunkSize)
    }

    @Test("Plain rows, CRLF, lone CR and no final newline all split the same way")
    func lineEndings() throws {
        for text in ["a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n1,2"] {
            let rows = try records(text)
            #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]], "\(text.debugDescription)")
            #expect(rows.map(\.line) == [1, 2])
        }
    }

    @Test("Quoted fields keep commas, doubled quotes and line breaks, and lines are counted through them")
    func quotedFields() throws {
        let text = "id,name\n1,\"Bristol, City of\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,x\n"
        let rows = try records(text)
        #expect(rows.map(\.fields) == [["id", "name"], ["1", "Bristol, City of"], ["2", "say \"hi\""],
                                       ["3", "two\nlines"], ["4", "x"]])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test("A UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        let rows = try records([0xEF, 0xBB, 0xBF] + Array("CHILD,DOB\r\n10,01/01/2010\r\n".utf8))
        #expect(rows.first?.fields == ["CHILD", "DOB"])
        #expect(rows.count == 2)
    }

    @Test("Windows-1252 bytes decode without loss")
    func windows1252() throws {
        let rows = try records([0x6E, 0x61, 0x6D, 0x65, 0x0A] + [0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35, 0x0A])
        #expect(rows.last?.fields == ["Café €5"])
    }

    @Test("An empty file has no records, and a header with no rows has one")
    func emptyInputs() throws {
        #expect(try records("").isEmpty)
        #expect(try records([0xEF, 0xBB, 0xBF]).isEmpty)
        #expect(try records("CHILD,DOB\n").map(\.fields) == [["CHILD", "DOB"]])
    }

    @Test("Trailing commas and empty fields are kept as empty fields")
    func emptyFields() throws {
        #expect(try records("a,,c,\n,\n").map(\.fields) == [["a", "", "c", ""], ["", ""]])
        #expect(try records("a,b,").map(\.fields) == [["a", "b", ""]])
    }

    @Test("Stray quotes are kept as text and flagged, never a crash")
    func strayQuotes() throws {
        let reader = CSVReader(bytes: Array("a\"b,\"c\"d,e\n".utf8), name: "memory")
        #expect(try reader.next())
        #expect(reader.strings() == ["a\"b", "c\"d", "e"])
        #expect(reader.recordHasQuoteProblem)
        #expect(reader.unclosedQuote == nil)
        #expect(try !reader.next())
    }

    @Test("A 2 MB field is read whole across many chunks")
    func hugeField() throws {
        let big = String(repeating: "x", count: 2 << 20)
        let rows = try records("a,b\n1,\(big)\n2,\"\(big)\"\n3,y\n", chunkSize: 4096)
        #expect(rows.count == 4)
        #expect(rows[1].fields[1].utf8.count == 2 << 20 && rows[2].fields[1].utf8.count == 2 << 20)
        #expect(rows[3].fields == ["3", "y"] && rows[3].line == 4)
    }

    @Test("Random tables written with RFC 4180 quoting read back exactly, whatever the chunk size")
    func randomRoundTrip() throws {
        var rng = SeededGenerator(seed: 903)
        let alphabet: [Character] = ["a", "Z", "0", ",", "\"", "\n", "\r", " ", "é", "9"]
        for _ in 0..<150 {
            let width = Int.random(in: 1...6, using: &rng)
            let table: [[String]] = (0..<Int.random(in: 1...20, using: &rng)).map { _ in
                (0..<width).map { _ in String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }) }
            }.filter { !($0.count == 1 && $0[0].isEmpty) }
            let text = table.map { row in
                row.map { field in
                    field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) || field.hasPrefix(" ")
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: ",")
            }.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n") + "\n"
            let chunk = [16, 17, 64, 1 << 20].randomElement(using: &rng)!
            let read = try records(text, chunkSize: chunk).map(\.fields)
            #expect(read == table, "\(text.debugDescription) chunk \(chunk): \(read) vs \(table)")
        }
    }

    @Test("Random bytes never crash the reader, and every byte is consumed")
    func randomBytes() throws {
        var rng = SeededGenerator(seed: 1)
        let interesting: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x00, 0xFF, 0xEF, 0xBB, 0xBF, 0x41]
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in
                Bool.random(using: &rng) ? interesting.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
            }
            let reader = CSVReader(bytes: bytes, name: "random")
            reader.stopsAtUnclosedQuote = false
            var previousLine = 0
            while try reader.next() {
                #expect(reader.line > previousLine)
                previousLine = reader.line
                _ = reader.strings()
            }
            _ = try records(bytes, chunkSize: 16, stopsAtUnclosedQuote: false)
        }
    }

    @Test("A missing file is a DataError naming the path")
    func missingFile() {
        #expect(throws: DataError.self) { try CSVReader(path: "/nonexistent/episodes.csv") }
        do {
            _ = try CSVReader(path: "/nonexistent/episodes.csv")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/episodes.csv:0: cannot open file"))
        }
    }
}

@Suite("CSV tables and bundled reference data")
struct CSVTableTests {
    @Test("A table numbers its rows by line and finds columns by name")
    func table() throws {
        let table = try CSVTable(text: " id , name\n1,a\n\n2,\"b\nc\"\n3,d\n", name: "memory.csv")
        #expect(table.header == ["id", "name"])
        #expect(table.rows.map(\.line) == [2, 4, 6])
        #expect(table.blankLines == 1)
        #expect(table.columnIndex("NAME") == 1)
        #expect(table.location(of: table.rows[1], column: 1).description == "memory.csv:4:2 (name)")
        #expect(throws: DataError.self) { try CSVTable(text: "", name: "empty.csv") }
    }

    @Test("Every bundled reference file loads with the expected number of rows", arguments: [
        (ReferenceData.File.onsPopulation, 821), (.statisticalNeighbours2025, 1_530),
        (.publishedIndicators2024And2025, 334), (.blackpoolFramework, 0),
    ])
    func bundledFiles(file: ReferenceData.File, rows: Int) throws {
        let table = try ReferenceData.table(file)
        if rows > 0 { #expect(table.rows.count == rows) } else { #expect(!table.rows.isEmpty) }
        #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
    }
}
