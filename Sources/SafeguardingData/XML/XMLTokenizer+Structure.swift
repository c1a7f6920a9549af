/// The document's structure, checked event by event: elements close in order, one root, and
/// nothing but white space, comments and processing instructions after it.
extension XMLTokenizer {
    /// Opens the element of a start tag, unless it comes after the root element or nests too deep.
    @inline(__always)
    func opened() throws(DataError) {
        let position = current
        switch stack.open(nameInBuffer, line: position.line, column: position.column, maximumDepth: limits.elementDepth) {
        case .opened: return
        case .afterRoot: throw afterRoot("an element <\(XMLElementStack.shortened(nameInBuffer))>")
        case .tooDeep:
            throw DataError("elements nest more than \(limits.elementDepth) deep, the limit (ReadLimits.elementDepth); "
                + "reading stopped", at: here(position))
        }
    }

    /// Closes the element a closing tag names: `nil` to hand out its end, or the problem to hand
    /// out instead (a tag that closes nothing is not passed on); after the root, an error.
    @inline(__always)
    func closed() throws(DataError) -> XMLEvent? {
        switch stack.close(nameInBuffer) {
        case .innermost: return nil
        case .skipping(let position): return skipping(to: position)
        case .notOpen: return .malformed("a closing tag </\(XMLElementStack.shortened(nameInBuffer))> that closes no open element; ignored")
        case .afterRoot: throw afterRoot("a closing tag </\(XMLElementStack.shortened(nameInBuffer))>")
        }
    }

    /// Text outside the root element: `nil` when it is white space (handed out as usual), a
    /// problem before the root, an error after it.
    func textOutsideRoot() throws(DataError) -> XMLEvent? {
        guard !withToken(FieldValue.isBlank) else { return nil }
        if stack.rootClosed { throw afterRoot("text") }
        return .malformed("text outside the root element; ignored")
    }

    /// A closing tag for the open element at `position`, with elements inside it still open:
    /// says which, closes them, and hands out the end of the element it names next.
    private func skipping(to position: Int) -> XMLEvent {
        let innermost = stack.depth - 1
        let unclosed = innermost - position
        let (line, column) = stack.opened(at: innermost)
        let others = unclosed == 1 ? "" : " (and \(unclosed - 1) element\(unclosed == 2 ? "" : "s") around it)"
        let reason = "<\(stack.name(at: innermost))> opened at line \(line), column \(column)\(others) is not closed "
            + "before </\(stack.name(at: position))>"
        stack.close(toDepth: position + 1)
        pendingEnd = true
        return .malformed(reason)
    }

    /// The end of the input: the end of the document when every element is closed.
    func endOfDocument() throws(DataError) -> XMLEvent {
        guard stack.depth > 0 else { return .endOfDocument }
        let innermost = stack.depth - 1
        let (line, column) = stack.opened(at: innermost)
        let others = innermost == 0 ? "" : " (and \(innermost) element\(innermost == 1 ? "" : "s") around it)"
        let end = XMLPosition(line: upcoming.line, lineOffset: upcoming.lineOffset, offset: input.bufferOffset + input.filled)
        throw DataError("the file ends inside <\(stack.name(at: innermost))>, opened at line \(line), column \(column)"
            + "\(others): it is cut short, so it is not read", at: here(end))
    }

    /// The error for content after the root element.
    func afterRoot(_ what: String) -> DataError {
        DataError("\(what) after the end of the root element: a file holds one XML document, and only white space, "
            + "comments and processing instructions may follow it; the file is damaged, so it is not read", at: here(current))
    }

    /// The error for a token past ``ReadLimits/fieldBytes``: `complete` when it was read whole,
    /// otherwise it is still going on when the limit is reached.
    func tokenTooLong(complete: Bool) -> DataError {
        let isMarkup = input.buffer[input.position] == 0x3C
        let limit = ReadLimits.describe(bytes: limits.fieldBytes)
        return DataError((isMarkup ? "a tag, comment or other markup" : "a text") + " longer than \(limit), the limit "
            + "(ReadLimits.fieldBytes); reading stopped \(complete ? "there" : "after \(ReadLimits.grouped(bytesRead)) bytes")",
            at: here(current))
    }

    /// The location of `position` in this file.
    func here(_ position: XMLPosition) -> SourceLocation {
        SourceLocation(file: path, line: position.line, column: position.column)
    }
}
