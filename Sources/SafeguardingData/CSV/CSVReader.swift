/// A streaming, byte-level reader of comma-separated files (RFC 4180, and what real files do).
///
/// It reads the file in chunks into one reusable buffer and hands out each record's fields as
/// byte ranges in that buffer, so reading a row allocates nothing: no `String`, array or
/// dictionary per row. It accepts what statutory-return files contain in practice: a UTF-8 byte
/// order mark, LF, CRLF or CR line endings, no final newline, quoted fields holding commas,
/// quotes (`""`) and line breaks, and fields up to ``ReadLimits/fieldBytes``. It never traps on
/// malformed input: a stray quote is kept as text and flagged on the record
/// (``recordHasQuoteProblem``).
///
/// Records are proven whole: a quote that is never closed does not swallow the lines after it.
/// A quoted field may span lines, but one whose quote is still open at the end of the input,
/// after ``ReadLimits/quotedFieldLines`` line breaks or past a size limit, whose closing quote
/// is followed by text, or whose record then has another number of fields than the first
/// record, is taken for a quote that was never closed. The record is then cut at the end of
/// the line the quote opened on, and ``next()`` throws a ``DataError`` naming that line and
/// field, or, when ``stopsAtUnclosedQuote`` is off, hands out that line as a record with
/// ``unclosedQuote`` set and reads on from the next line. A last line without a line break is
/// read as usual. A field, line or record past its ``ReadLimits`` stops the read with an error.
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
    public internal(set) var line = 0
    /// The number of fields in the current record.
    public internal(set) var fieldCount = 0
    /// Whether the current record has a quote in an unexpected place (kept as text).
    public internal(set) var recordHasQuoteProblem = false
    /// The number of bytes read from the source so far.
    public var bytesRead: Int { input.bytesRead }
    /// The limits on a field, a line, a record and a quoted field's lines.
    public let limits: ReadLimits
    /// Whether ``next()`` throws at a quote that is never closed (the default), or hands out
    /// the line it opened on with ``unclosedQuote`` set, so that the caller can reject that
    /// record and read on.
    public var stopsAtUnclosedQuote = true
    /// Why the current record was cut at the end of the line its unclosed quote opened on: an
    /// error at that line and field, or `nil` for a record read whole.
    public var unclosedQuote: DataProblem? { cutRecordLine == line ? cutProblem : nil }

    let input: ChunkedInput
    var nextLine = 1
    private var started = false
    var starts: UnsafeMutablePointer<Int>
    var ends: UnsafeMutablePointer<Int>
    var escaped: UnsafeMutablePointer<Bool>
    private var fieldCapacity = 64
    /// The number of fields of the first record (the header), once read.
    var firstRecordFieldCount = 0
    /// The error that stops the read: a piece past its limit.
    var overLimit: DataError?
    /// The line of the last record cut at an unclosed quote, and why (lines only grow, so the
    /// current record is the cut one when its line is this one).
    var cutRecordLine = -1
    var cutProblem: DataProblem?
    /// Whether the record just scanned needs more than handing out: it is the first, it was cut,
    /// or it is past a limit. One flag keeps the common path to a single test.
    var exceptional = true
    /// The size past which a record's line and size are checked against their limits.
    private let longRecord: Int

    /// Opens a file for reading.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - chunkSize: bytes read at a time (the buffer grows for longer records, up to the limits).
    ///   - limits: the largest field, line and record accepted.
    /// - Throws: ``DataError`` when the file cannot be opened.
    public init(path: String, chunkSize: Int = 1 << 20, limits: ReadLimits = .standard) throws(DataError) {
        input = try ChunkedInput(path: path, chunkSize: chunkSize)
        self.limits = limits
        longRecord = min(limits.lineBytes, limits.recordBytes)
        input.pieceLimit = limits.recordBytes
        starts = .allocate(capacity: 64)
        ends = .allocate(capacity: 64)
        escaped = .allocate(capacity: 64)
    }

    /// Reads CSV text held in memory; `name` stands in for the path in locations, and `limits`
    /// bound its fields, lines and records as for a file.
    public init(bytes: some Collection<UInt8>, name: String, limits: ReadLimits = .standard) {
        input = ChunkedInput(bytes: bytes, name: name)
        self.limits = limits
        longRecord = min(limits.lineBytes, limits.recordBytes)
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
    /// - Throws: ``DataError`` when the file cannot be read, when a field, line or record is
    ///   past its ``limits``, and (unless ``stopsAtUnclosedQuote`` is off) at a quote that is
    ///   never closed, naming the line and field it opens.
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
                if exceptional { try settle() }
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
    /// more input is needed. Sets the field offsets, the line and the quote flag; cuts the
    /// record at an unclosed quote; notes a piece past its limit in ``overLimit``.
    private func scanRecord() -> Int? {
        var i = input.position
        var lineCount = nextLine
        var count = 0
        var quoteProblem = false
        let bytes = input.buffer.baseAddress!
        let limit = input.filled
        let endOfInput = input.endOfInput
        let fieldLimit = limits.fieldBytes
        // The first quoted field that runs over a line break: where it starts and where that
        // line ends, for cutting the record there if its quote turns out never to close.
        var span = QuoteSpan(field: -1, start: 0, line: 0, lineEnd: 0)
        var lineStart = i
        while true {
            if count == fieldCapacity { growFields() }
            var fieldEscaped = false
            let fieldStart: Int
            var fieldEnd: Int
            if i < limit, bytes[i] == 0x22 {
                // Quoted field: up to the closing quote; "" is an escaped quote.
                i += 1
                fieldStart = i
                var fieldLines = 0
                var open = QuoteSpan(field: count, start: fieldStart, line: lineCount, lineEnd: -1)
                while true {
                    guard i < limit else {
                        if !endOfInput { return needMore(span, field: count, fieldStart: fieldStart, lineStart: lineStart) }
                        if open.lineEnd < 0 { open.lineEnd = i }
                        return cut(at: open, .endOfInput)
                    }
                    let byte = bytes[i]
                    if byte == 0x22 {
                        if i + 1 < limit, bytes[i + 1] == 0x22 {
                            fieldEscaped = true
                            i += 2
                            continue
                        }
                        if i + 1 >= limit, !endOfInput {
                            return needMore(span, field: count, fieldStart: fieldStart, lineStart: lineStart)
                        }
                        fieldEnd = i
                        i += 1
                        break
                    }
                    if byte == 0x0A || (byte == 0x0D && !(i + 1 < limit && bytes[i + 1] == 0x0A)) {
                        // A line break inside the quotes (rare): the quote may be one never closed.
                        if fieldLines == 0 {
                            open.lineEnd = i
                            if span.field < 0 { span = open }
                        }
                        if i - lineStart > limits.lineBytes { return tooLong(span, .line, at: lineCount) }
                        lineCount += 1
                        fieldLines += 1
                        if fieldLines > limits.quotedFieldLines { return cut(at: open, .tooManyLines) }
                        lineStart = i + 1
                    }
                    i += 1
                }
                // Text after the closing quote is kept, and flagged; after a quote that ran over
                // a line break, it shows that quote was never closed.
                if i < limit, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    if fieldLines > 0 { return cut(at: open, .textAfterQuote) }
                    quoteProblem = true
                    while i < limit, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                    if i >= limit, !endOfInput { return needMore(span, field: count, fieldStart: fieldStart, lineStart: lineStart) }
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
                if i >= limit, !endOfInput { return needMore(span, field: count, fieldStart: fieldStart, lineStart: lineStart) }
                fieldEnd = i
            }
            if fieldEnd - fieldStart > fieldLimit { return tooLong(span, .field(count), at: lineCount) }
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
                if i >= limit { return needMore(span, field: count, fieldStart: i, lineStart: lineStart) }
            } else {
                // Line terminator: LF, CRLF or a lone CR.
                if bytes[i] == 0x0D {
                    if i + 1 >= limit, !endOfInput { return needMore(span, field: count, fieldStart: i, lineStart: lineStart) }
                    i += (i + 1 < limit && bytes[i + 1] == 0x0A) ? 2 : 1
                } else {
                    i += 1
                }
                lineCount += 1
                break
            }
        }
        if span.field >= 0, firstRecordFieldCount > 0, count != firstRecordFieldCount {
            return cut(at: span, .fieldCount(count))
        }
        if i - input.position > longRecord, let failure = checkRecord(span, end: i, lineStart: lineStart, lineCount: lineCount) {
            return failure
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
