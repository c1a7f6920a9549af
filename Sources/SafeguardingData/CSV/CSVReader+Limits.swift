/// The cold paths of a record scan: a quote that is never closed, and a piece past its limit.
extension CSVReader {
    /// A quoted field that runs over a line break: the record is cut at the end of the line
    /// its quote opened on when the quote turns out never to close.
    struct QuoteSpan {
        /// The field's index in the record, or -1 when no quoted field has run over a line break.
        var field: Int
        /// The offset of the field's first byte (after the quote).
        var start: Int
        /// The line the quote opens on.
        var line: Int
        /// The offset of the line break that ends that line (of its LF for CRLF), or of the end
        /// of the input when there is none; -1 before it is known.
        var lineEnd: Int
    }

    /// What shows that a quote was never closed.
    enum UnclosedQuote {
        /// The input ends inside the quotes.
        case endOfInput
        /// The quotes hold more line breaks than ``ReadLimits/quotedFieldLines``.
        case tooManyLines
        /// The quote that would close the field is followed by text, not a comma or a line break.
        case textAfterQuote
        /// Closed on a later line, the record would have this many fields, not the first record's.
        case fieldCount(Int)
        /// The record passes a size limit with the quote still open.
        case tooLong(Piece)
    }

    /// A piece of a record that has a size limit.
    enum Piece {
        /// Field `n` (0-based).
        case field(Int)
        /// A physical line.
        case line
        /// The whole record.
        case record
    }

    /// Hands out the record up to the end of the line where `span`'s quote opens, with
    /// ``unclosedQuote`` saying why; the next record starts on the following line.
    func cut(at span: QuoteSpan, _ cause: UnclosedQuote) -> Int {
        let bytes = input.buffer.baseAddress!
        var fieldEnd = span.lineEnd, end = span.lineEnd
        if span.lineEnd < input.filled {
            end = span.lineEnd + 1
            if bytes[span.lineEnd] == 0x0A, span.lineEnd > span.start, bytes[span.lineEnd - 1] == 0x0D { fieldEnd -= 1 }
        }
        starts[span.field] = span.start
        ends[span.field] = fieldEnd
        escaped[span.field] = false
        fieldCount = span.field + 1
        line = nextLine
        nextLine = span.line + 1
        recordHasQuoteProblem = true
        cutRecordLine = line
        cutProblem = DataProblem(reason(cause, field: span.field), at: SourceLocation(file: path, line: span.line, column: span.field + 1),
                                 severity: .error)
        exceptional = true
        return end
    }

    /// After a record that is not plain: notes the first record's number of fields, and throws
    /// at a piece past its limit, or at a cut record when ``stopsAtUnclosedQuote`` is on.
    func settle() throws(DataError) {
        exceptional = false
        if let overLimit {
            exceptional = true
            throw overLimit
        }
        if firstRecordFieldCount == 0 { firstRecordFieldCount = fieldCount }
        if stopsAtUnclosedQuote, let unclosedQuote { throw DataError(unclosedQuote.reason, at: unclosedQuote.location) }
    }

    private func reason(_ cause: UnclosedQuote, field: Int) -> String {
        let quote = "the quote that opens field \(field + 1)"
        switch cause {
        case .endOfInput:
            return "\(quote) is never closed: the file ends inside it, so the file may be cut short"
        case .tooManyLines:
            return "\(quote) is still open after \(ReadLimits.grouped(limits.quotedFieldLines)) lines, the limit "
                + "(ReadLimits.quotedFieldLines), so it is taken for a quote that is never closed"
        case .textAfterQuote:
            return "\(quote) is not closed on its line, and the next quote is followed by text, not a comma or a line "
                + "break, so it is taken for a quote that is never closed"
        case .fieldCount(let count):
            return "\(quote) is not closed on its line; closed on a later line, it would make a record of \(count) "
                + "fields where the first line of the file has \(firstRecordFieldCount)"
        case .tooLong(let piece):
            return "\(quote) is still open when \(describe(piece)) passes \(limit(of: piece)), so it is taken for a "
                + "quote that is never closed"
        }
    }

    /// Where a record runs past the buffered bytes: `nil` to read more, or, when a piece of the
    /// record is already past its limit, the cut record or (with ``overLimit`` set) any offset.
    /// Narrows the input's piece limit so the next read stops at the first limit it can pass.
    func needMore(_ span: QuoteSpan, field index: Int, fieldStart: Int, lineStart: Int) -> Int? {
        let position = input.position, filled = input.filled
        // Saturating: a limit may be Int.max.
        let field = (fieldStart - position).addingReportingOverflow(limits.fieldBytes)
        let line = (lineStart - position).addingReportingOverflow(limits.lineBytes)
        input.pieceLimit = min(limits.recordBytes, field.overflow ? .max : field.partialValue, line.overflow ? .max : line.partialValue)
        if filled - fieldStart > limits.fieldBytes { return tooLong(span, .field(index), at: nextLine) }
        if filled - lineStart > limits.lineBytes { return tooLong(span, .line, at: nextLine) }
        if filled - position > limits.recordBytes { return tooLong(span, .record, at: nextLine) }
        return nil
    }

    /// At the end of a long record: the cut record or ``overLimit`` when its last line or the
    /// record is past its limit, `nil` when it is within them.
    func checkRecord(_ span: QuoteSpan, end: Int, lineStart: Int, lineCount: Int) -> Int? {
        if end - lineStart > limits.lineBytes { return tooLong(span, .line, at: lineCount - 1) }
        if end - input.position > limits.recordBytes { return tooLong(span, .record, at: nextLine) }
        return nil
    }

    /// A piece past its limit: a quote still open over a line break is taken for one never
    /// closed (the record is cut); otherwise the read stops with ``overLimit``.
    func tooLong(_ span: QuoteSpan, _ piece: Piece, at line: Int) -> Int {
        if span.field >= 0 { return cut(at: span, .tooLong(piece)) }
        var column: Int?
        if case .field(let index) = piece { column = index + 1 }
        exceptional = true
        overLimit = DataError("\(describe(piece)) is longer than \(limit(of: piece)); reading stopped after "
            + "\(ReadLimits.grouped(bytesRead)) bytes", at: SourceLocation(file: path, line: line, column: column))
        return input.position
    }

    private func describe(_ piece: Piece) -> String {
        switch piece {
        case .field(let index): "field \(index + 1)"
        case .line: "the line"
        case .record: "the record"
        }
    }

    private func limit(of piece: Piece) -> String {
        switch piece {
        case .field: "the limit of \(ReadLimits.describe(bytes: limits.fieldBytes)), ReadLimits.fieldBytes"
        case .line: "the limit of \(ReadLimits.describe(bytes: limits.lineBytes)), ReadLimits.lineBytes"
        case .record: "the limit of \(ReadLimits.describe(bytes: limits.recordBytes)), ReadLimits.recordBytes"
        }
    }
}
