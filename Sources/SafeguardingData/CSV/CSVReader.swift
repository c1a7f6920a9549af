/// A streaming, byte-level reader of comma-separated files (RFC 4180, and what real files do).
///
/// It reads the file in chunks into one reusable buffer and hands out each record's fields as
/// byte ranges in that buffer, so reading a row allocates nothing: no `String`, array or
/// dictionary per row. It accepts what statutory-return files contain in practice: a UTF-8 byte
/// order mark, LF, CRLF or CR line endings, no final newline, quoted fields holding commas,
/// quotes (`""`) and line breaks, and fields of any length. It never traps on malformed input:
/// a stray quote is kept as text and flagged on the record (``recordHasQuoteProblem``).
///
/// ```swift
/// let reader = try CSVReader(path: "episodes.csv")
/// while try reader.next() {
///     let child = reader.string(at: 0)
///     print(reader.line, child)
/// }
/// ```
///
/// Field bytes are valid only until the next call to ``next()``.
public final class CSVReader {
    /// The path the reader was opened with, or the name given to in-memory data.
    public var path: String { input.path }
    /// The line on which the current record starts (1 is the first line of the file).
    public private(set) var line = 0
    /// The number of fields in the current record.
    public private(set) var fieldCount = 0
    /// Whether the current record has a quote in an unexpected place (kept as text).
    public private(set) var recordHasQuoteProblem = false
    /// The number of bytes read from the source so far.
    public var bytesRead: Int { input.bytesRead }

    private let input: ChunkedInput
    private var nextLine = 1
    private var started = false
    private var starts: UnsafeMutablePointer<Int>
    private var ends: UnsafeMutablePointer<Int>
    private var escaped: UnsafeMutablePointer<Bool>
    private var fieldCapacity = 64

    /// Opens a file for reading.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - chunkSize: bytes read at a time (the buffer grows for longer records).
    /// - Throws: ``DataError`` when the file cannot be opened.
    public init(path: String, chunkSize: Int = 1 << 20) throws(DataError) {
        input = try ChunkedInput(path: path, chunkSize: chunkSize)
        starts = .allocate(capacity: 64)
        ends = .allocate(capacity: 64)
        escaped = .allocate(capacity: 64)
    }

    /// Reads CSV text held in memory; `name` stands in for the path in locations.
    public init(bytes: some Collection<UInt8>, name: String) {
        input = ChunkedInput(bytes: bytes, name: name)
        starts = .allocate(capacity: 64)
        ends = .allocate(capacity: 64)
        escaped = .allocate(capacity: 64)
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        escaped.deallocate()
    }

    /// Advances to the next record; `false` at the end of the input.
    ///
    /// - Throws: ``DataError`` when the file cannot be read (an I/O error, not bad content).
    /// - Complexity: O(n) in the bytes of the record, with no allocation unless the record is
    ///   longer than the buffer.
    public func next() throws(DataError) -> Bool {
        if !started {
            started = true
            try input.fill(line: 1)
            skipByteOrderMark()
        }
        while true {
            if input.position >= input.filled && input.endOfInput { return false }
            if let end = scanRecord() {
                input.position = end
                unescapeFields()
                return true
            }
            // The record runs past the buffered bytes: keep it, read more, scan it again.
            precondition(!input.endOfInput, "scanRecord accepts the end of input as a terminator")
            try input.fill(line: nextLine)
        }
    }

    /// Whether the current record is an empty line (one field with no bytes).
    public var isBlankLine: Bool { fieldCount == 1 && starts[0] == ends[0] }

    /// Calls `body` with the bytes of field `index` (0-based) of the current record, or an empty
    /// buffer when the record has fewer fields.
    @inline(__always)
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index >= 0, index < fieldCount else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = starts[index]
        return try body(UnsafeBufferPointer(rebasing: input.buffer[start..<ends[index]]))
    }

    /// Field `index` of the current record as a `String` (UTF-8, or Windows-1252 when the bytes
    /// are not valid UTF-8); empty when the record has fewer fields.
    public func string(at index: Int) -> String {
        withField(index) { String(csvBytes: $0) }
    }

    /// The current record as a value: the positions of its fields in the reader's buffer. Reading
    /// fields through it touches no class state, so a row loop pays for no exclusivity checks.
    /// Valid until the next call to ``next()``.
    public var record: CSVRecord {
        CSVRecord(base: UnsafePointer(input.buffer.baseAddress!), starts: UnsafePointer(starts), ends: UnsafePointer(ends),
                  fieldCount: fieldCount, line: line, recordHasQuoteProblem: recordHasQuoteProblem)
    }

    /// Every field of the current record as strings (for headers and small files).
    public func strings() -> [String] {
        (0..<fieldCount).map(string(at:))
    }

    // MARK: Scanning

    private func skipByteOrderMark() {
        let buffer = input.buffer, position = input.position
        if input.filled - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
            input.position += 3
        }
    }

    /// Scans one record from `position`. Returns the offset after its terminator, or `nil` when
    /// more input is needed. Sets the field offsets, the line and the quote flag.
    private func scanRecord() -> Int? {
        var i = input.position
        var lineCount = nextLine
        var count = 0
        var quoteProblem = false
        let bytes = input.buffer.baseAddress!
        let limit = input.filled
        let endOfInput = input.endOfInput
        while true {
            if count == fieldCapacity { growFields() }
            var fieldEscaped = false
            let fieldStart: Int
            var fieldEnd: Int
            if i < limit, bytes[i] == 0x22 {
                // Quoted field: up to the closing quote; "" is an escaped quote.
                i += 1
                fieldStart = i
                while true {
                    guard i < limit else {
                        if !endOfInput { return nil }
                        quoteProblem = true
                        fieldEnd = i
                        break
                    }
                    let byte = bytes[i]
                    if byte == 0x22 {
                        if i + 1 < limit, bytes[i + 1] == 0x22 {
                            fieldEscaped = true
                            i += 2
                            continue
                        }
                        if i + 1 >= limit, !endOfInput { return nil }
                        fieldEnd = i
                        i += 1
                        break
                    }
                    if byte == 0x0A || (byte == 0x0D && !(i + 1 < limit && bytes[i + 1] == 0x0A)) { lineCount += 1 }
                    i += 1
                }
                // Text after the closing quote is kept, and flagged.
                if i < limit, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    quoteProblem = true
                    while i < limit, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                    if i >= limit, !endOfInput { return nil }
                    fieldEnd = i
                }
            } else {
                fieldStart = i
                while i < limit {
                    let byte = bytes[i]
                    if byte == 0x2C || byte == 0x0A || byte == 0x0D { break }
                    if byte == 0x22 { quoteProblem = true }
                    i += 1
                }
                if i >= limit, !endOfInput { return nil }
                fieldEnd = i
            }
            starts[count] = fieldStart
            ends[count] = fieldEnd
            escaped[count] = fieldEscaped
            count += 1
            if i >= limit {
                break
            } else if bytes[i] == 0x2C {
                i += 1
                if i >= limit, endOfInput {
                    // A trailing comma at the end of input: one more empty field.
                    if count == fieldCapacity { growFields() }
                    starts[count] = i; ends[count] = i; escaped[count] = false
                    count += 1
                    break
                }
                if i >= limit { return nil }
            } else {
                // Line terminator: LF, CRLF or a lone CR.
                if bytes[i] == 0x0D {
                    if i + 1 >= limit, !endOfInput { return nil }
                    i += (i + 1 < limit && bytes[i + 1] == 0x0A) ? 2 : 1
                } else {
                    i += 1
                }
                lineCount += 1
                break
            }
        }
        fieldCount = count
        line = nextLine
        nextLine = lineCount
        recordHasQuoteProblem = quoteProblem
        return i
    }

    /// Turns `""` into `"` inside quoted fields, in place.
    private func unescapeFields() {
        let buffer = input.buffer
        for field in 0..<fieldCount where escaped[field] {
            var read = starts[field]
            var write = read
            let end = ends[field]
            while read < end {
                buffer[write] = buffer[read]
                read += buffer[read] == 0x22 && read + 1 < end && buffer[read + 1] == 0x22 ? 2 : 1
                write += 1
            }
            ends[field] = write
            escaped[field] = false
        }
    }

    private func growFields() {
        let capacity = fieldCapacity * 2
        func grow<T>(_ pointer: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let larger = UnsafeMutablePointer<T>.allocate(capacity: capacity)
            larger.moveInitialize(from: pointer, count: fieldCapacity)
            pointer.deallocate()
            return larger
        }
        starts = grow(starts)
        ends = grow(ends)
        escaped = grow(escaped)
        fieldCapacity = capacity
    }
}
