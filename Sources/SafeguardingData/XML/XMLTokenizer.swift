/// One step of a streaming XML read.
@frozen
public enum XMLEvent: Sendable, Equatable {
    /// An element opened (`<Child>`, or `<DEC />`, which is followed at once by its end).
    case start
    /// An element closed.
    case end
    /// Character data between tags, with entities decoded (blank runs between elements included).
    case text
    /// The end of the document.
    case endOfDocument
    /// Something that is not well-formed XML; the reason says what. Reading can go on after it.
    case malformed(String)
}

/// A streaming, byte-level XML tokenizer for the statutory return files: elements, text,
/// self-closing elements, comments, processing instructions, CDATA, DOCTYPE and the five named
/// and numeric character references. Attributes are skipped (the returns carry none that matter).
///
/// It reads the file in chunks into one reusable buffer, never builds a tree, and never traps on
/// malformed input: it reports ``XMLEvent/malformed(_:)`` with the line and carries on.
///
/// It checks the document's structure to its end: every closing tag closes the element it
/// names (a stray one is reported where it is, and not passed on), the document has one root
/// element, and only white space, comments and processing instructions follow it. A document
/// that is not whole cannot be read as whole: ``next()`` throws when the input ends inside an
/// element (a file cut short), when anything follows the root element, and when a piece of the
/// input passes its ``ReadLimits``.
///
/// ```swift
/// let xml = try XMLTokenizer(path: "cin_census_2025.xml")
/// while true {
///     switch try xml.next() {
///     case .start: print(xml.line, xml.name)
///     case .endOfDocument: return
///     default: break
///     }
/// }
/// ```
public final class XMLTokenizer {
    /// The path the tokenizer was opened with, or the name given to in-memory data.
    public var path: String { input.path }
    /// The line on which the current event starts.
    public var line: Int { current.line }
    /// The column (1-based, counted in bytes) at which the current event starts.
    public var column: Int { current.column }
    /// The number of bytes read from the source so far.
    public var bytesRead: Int { input.bytesRead }
    /// The limits on the size of a token and the depth of elements.
    public let limits: ReadLimits

    let input: ChunkedInput
    /// Whether the first bytes have been read (and a byte order mark skipped).
    private var started = false
    // The three properties below change once or twice per event. They are exempt from the
    // run-time exclusivity checks of class properties (which cost a fifth of the reading time):
    // the tokenizer is not Sendable, so one thread uses it, and no access to them overlaps
    // another, since the methods that change them never call back into the tokenizer.

    /// Where the current event starts, or, while ``next()`` scans, the token being scanned.
    @exclusivity(unchecked) private(set) var current = XMLPosition(line: 1, lineOffset: 0, offset: 0)
    /// The line the next token starts on, and where that line starts (`offset` is not used).
    @exclusivity(unchecked) var upcoming = XMLPosition(line: 1, lineOffset: 0, offset: 0)
    /// The elements open at the current event, for the structure checks.
    @exclusivity(unchecked) var stack = XMLElementStack()
    /// The offset in the file of the current event.
    var offset: Int { current.offset }
    /// The current element name or decoded text.
    /// Decoded text (only when it held character references); otherwise the current name or text
    /// is read in place from the input buffer, at `tokenStart..<tokenEnd`, with no copy.
    private var token: [UInt8] = []
    private var tokenInBuffer = true
    private var tokenStart = 0
    private var tokenEnd = 0
    /// An ``XMLEvent/end`` to hand out next, of the element on top of ``stack``.
    var pendingEnd = false
    /// Whether text of nothing but white space is passed over rather than handed out: a reader
    /// sets it while it gathers no element's value, so that the blanks between elements cost
    /// no event.
    @exclusivity(unchecked) var skipsBlankText = false
    /// The kind of the token the last ``scan()`` found, and why it is not well-formed.
    @exclusivity(unchecked) private var scanned = Scanned.skipped
    @exclusivity(unchecked) private var malformedReason: StaticString = ""

    /// Opens a file.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - chunkSize: bytes read at a time (the buffer grows for longer tokens, up to the limit).
    ///   - limits: the largest token and the deepest nesting accepted.
    /// - Throws: ``DataError`` when it cannot be opened.
    public init(path: String, chunkSize: Int = 1 << 20, limits: ReadLimits = .standard) throws(DataError) {
        input = try ChunkedInput(path: path, chunkSize: chunkSize)
        self.limits = limits
        input.pieceLimit = limits.fieldBytes
        token.reserveCapacity(256)
    }

    /// Reads XML held in memory; `name` stands in for the path in locations, and `limits` bound
    /// its tokens and nesting as for a file.
    public init(bytes: some Collection<UInt8>, name: String, limits: ReadLimits = .standard) {
        input = ChunkedInput(bytes: bytes, name: name)
        self.limits = limits
    }

    /// Reads one piece of a file (see ``ChunkedInput/init(piece:name:offset:range:endOfInput:)``):
    /// from its start as the file's start (a byte order mark skipped) when `seam` is `nil`, or
    /// else as if the tokens before the piece had left the tokenizer at `seam`.
    init(piece input: ChunkedInput, limits: ReadLimits, resuming seam: XMLSeam?) {
        self.input = input
        self.limits = limits
        if let seam {
            started = true
            stack = seam.stack
            upcoming = XMLPosition(line: seam.line, lineOffset: seam.lineOffset, offset: 0)
        }
    }

    /// The current element's name (after ``XMLEvent/start`` or ``XMLEvent/end``) as bytes.
    public func withName<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withToken(body)
    }

    /// The current name or text, from the input buffer or the decoded copy.
    /// The current element's name, in the input buffer (names are never decoded).
    var nameInBuffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: input.buffer.baseAddress! + tokenStart, count: tokenEnd - tokenStart)
    }

    @inline(__always)
    func withToken<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if tokenInBuffer {
            return try body(UnsafeBufferPointer(start: input.buffer.baseAddress! + tokenStart, count: tokenEnd - tokenStart))
        }
        return try token.withUnsafeBufferPointer(body)
    }

    /// The current element's name.
    public var name: String { withToken { String(decoding: $0, as: UTF8.self) } }

    /// The current text (after ``XMLEvent/text``), entities decoded, as bytes.
    public func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withToken(body)
    }

    /// The current text.
    public var text: String { withToken { String(decoding: $0, as: UTF8.self) } }

    /// Reads the next event.
    ///
    /// - Throws: ``DataError`` when the file cannot be read, when the document is not whole (it
    ///   ends inside an element, or something follows its root element), and when a token is
    ///   longer than ``ReadLimits/fieldBytes`` or elements nest deeper than
    ///   ``ReadLimits/elementDepth``. Bad content inside the document is ``XMLEvent/malformed(_:)``.
    public func next() throws(DataError) -> XMLEvent {
        if pendingEnd {
            // The self-closing element's name, or the closing tag's, is still in place: the
            // buffer has not moved.
            pendingEnd = false
            stack.closeInnermost()
            return .end
        }
        if !started {
            started = true
            if input.filled == 0 { try input.fill(line: 1) }
            // A UTF-8 byte order mark.
            let buffer = input.buffer
            if input.filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                input.position = 3
                upcoming.lineOffset = 3
            }
        }
        while true {
            if input.position >= input.filled {
                if input.endOfInput { return try endOfDocument() }
                // One piece of a file read in pieces ends here, between two tokens; the reader
                // checks that it ends where the next piece begins (``seam``).
                if input.endsPiece { return .endOfDocument }
            }
            let end = scan()
            if end >= 0 {
                if end - input.position > limits.fieldBytes { throw tokenTooLong(complete: true) }
                input.position = end
                // Payload-free events are handed out as literals, which costs no copy.
                switch scanned {
                case .start:
                    try opened()
                    return .start
                case .end:
                    return try closed() ?? .end
                case .text:
                    if stack.depth == 0, let outside = try textOutsideRoot() { return outside }
                    return .text
                case .malformed:
                    if stack.depth == 0, stack.rootClosed { throw afterRoot("markup that is not well-formed") }
                    return .malformed(malformedReason.description)
                case .skipped:
                    continue
                }
            }
            precondition(!input.endOfInput, "scan accepts the end of input")
            if input.filled - input.position > limits.fieldBytes { throw tokenTooLong(complete: false) }
            try input.fill(line: upcoming.line)
        }
    }

    /// What ``scan()`` found: an event without a payload, markup to skip, or something not
    /// well-formed (``malformedReason`` says what), kept apart from ``XMLEvent`` so that a scan
    /// returns plain values and no reference is counted per token.
    enum Scanned: UInt8 { case start, end, text, skipped, malformed }

    /// Scans one token at `position`: where it ends when complete (its kind in ``scanned``), or
    /// -1 when more input is needed.
    private func scan() -> Int {
        let bytes = input.buffer.baseAddress!
        let limit = input.filled
        let endOfInput = input.endOfInput
        var i = input.position
        let base = input.bufferOffset
        let start = upcoming
        var lines = start.line
        var lineOffset = start.lineOffset
        current = XMLPosition(line: start.line, lineOffset: start.lineOffset, offset: base + i)
        func finish(_ kind: Scanned, _ end: Int) -> Int {
            upcoming = XMLPosition(line: lines, lineOffset: lineOffset, offset: 0)
            scanned = kind
            return end
        }
        func finish(malformed reason: StaticString, _ end: Int) -> Int {
            malformedReason = reason
            return finish(.malformed, end)
        }
        if bytes[i] != 0x3C { // text up to the next '<'
            // Find the end first; the text is then read in place, or decoded once when it holds
            // character references.
            var hasEntity = false
            while i < limit {
                // Eight bytes at a time up to the next '<', line feed or '&'.
                while i + 8 <= limit {
                    let found = XMLTokenizer.textStops(XMLTokenizer.word(bytes + i))
                    if found != 0 { i += found.trailingZeroBitCount >> 3; break }
                    i += 8
                }
                guard i < limit else { break }
                let byte = bytes[i]
                if byte == 0x3C { break }
                if byte == 0x0A { lines += 1; lineOffset = base + i + 1 } else if byte == 0x26 { hasEntity = true }
                i += 1
            }
            if i >= limit, !endOfInput { return -1 }
            if skipsBlankText, !hasEntity, XMLTokenizer.isBlank(bytes + input.position, i - input.position) {
                return finish(.skipped, i)
            }
            if hasEntity {
                token.removeAll(keepingCapacity: true)
                decodeText(UnsafeBufferPointer(start: bytes + input.position, count: i - input.position), into: &token)
                tokenInBuffer = false
            } else {
                (tokenInBuffer, tokenStart, tokenEnd) = (true, input.position, i)
            }
            return finish(.text, i)
        }
        // Markup.
        guard i + 1 < limit || endOfInput else { return -1 }
        if i + 1 >= limit { return finish(malformed: "a '<' at the end of the document", limit) }
        let second = bytes[i + 1]
        if second == 0x21 || second == 0x3F { // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE >, <? ?>
            let isComment = i + 3 < limit && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D
            let isCDATA = i + 8 < limit && String(decoding: UnsafeBufferPointer(start: bytes + i + 2, count: 7), as: UTF8.self) == "[CDATA["
            let terminator: [UInt8] = isComment ? [0x2D, 0x2D, 0x3E] : isCDATA ? [0x5D, 0x5D, 0x3E] : second == 0x3F ? [0x3F, 0x3E] : [0x3E]
            var j = i + 2
            while j + terminator.count <= limit {
                if bytes[j] == 0x0A { lines += 1; lineOffset = base + j + 1 }
                if bytes[j] == terminator[0], (0..<terminator.count).allSatisfy({ bytes[j + $0] == terminator[$0] }) { break }
                j += 1
            }
            if j + terminator.count > limit {
                if !endOfInput { return -1 }
                return finish(malformed: "unterminated markup", limit)
            }
            if isCDATA {
                (tokenInBuffer, tokenStart, tokenEnd) = (true, i + 9, j)
                return finish(.text, j + terminator.count)
            }
            return finish(.skipped, j + terminator.count)
        }
        // Tag: <name attrs>, </name>, <name/>.
        let closing = second == 0x2F
        var j = i + (closing ? 2 : 1)
        let nameStart = j
        while j < limit {
            // Eight bytes at a time up to a byte that may end the name.
            while j + 8 <= limit {
                let found = XMLTokenizer.nameStops(XMLTokenizer.word(bytes + j))
                if found != 0 { j += found.trailingZeroBitCount >> 3; break }
                j += 8
            }
            guard j < limit else { break }
            let byte = bytes[j]
            if isSpace(byte) || byte == 0x3E || byte == 0x2F || byte == 0x3C { break }
            j += 1
        }
        let nameEnd = j
        var quote: UInt8 = 0
        var selfClosing = false
        while j < limit {
            let byte = bytes[j]
            if byte == 0x0A { lines += 1; lineOffset = base + j + 1 }
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                break
            } else if byte == 0x3C {
                return finish(malformed: "a '<' inside a tag", j)
            } else if byte == 0x2F {
                selfClosing = true
            } else if !isSpace(byte) {
                selfClosing = false
            }
            j += 1
        }
        if j >= limit {
            if !endOfInput { return -1 }
            return finish(malformed: "unterminated tag", limit)
        }
        if nameEnd == nameStart { return finish(malformed: "a tag with no name", j + 1) }
        (tokenInBuffer, tokenStart, tokenEnd) = (true, nameStart, nameEnd)
        if closing { return finish(.end, j + 1) }
        if selfClosing {
            pendingEnd = true
        }
        return finish(.start, j + 1)
    }

    /// Appends `text` to `output` with character references decoded; an `&` that starts no known
    /// reference is kept as written.
    private func decodeText(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var i = 0
        while i < text.count {
            if text[i] == 0x26 {
                var j = i + 1
                while j < text.count, j - i < 12, text[j] != 0x3B { j += 1 }
                if j < text.count, text[j] == 0x3B,
                   let scalar = decodeEntity(UnsafeBufferPointer(rebasing: text[(i + 1)..<j])) {
                    output.append(contentsOf: String(Character(scalar)).utf8)
                    i = j + 1
                    continue
                }
            }
            output.append(text[i])
            i += 1
        }
    }

    /// Whether the `count` bytes at `start` are all white space.
    @inline(__always)
    private static func isBlank(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i < count {
            let byte = start[i]
            if byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D { return false }
            i &+= 1
        }
        return true
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private func decodeEntity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#x") || reference.hasPrefix("#X"):
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let reference where reference.hasPrefix("#"):
            return UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }
}
