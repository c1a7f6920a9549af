/// The document's structure, checked event by event: elements close in order, one root, and
/// nothing but white space, comments and processing instructions after it.
extension XMLTokenizer {
    /// Checks `event` against the open elements: the event to hand out, or `nil` to read on.
    func structure(_ event: XMLEvent) throws(DataError) -> XMLEvent? {
        switch event {
        case .start:
            if stack.depth == 0 {
                if rootClosed { throw afterRoot("an element <\(withToken(XMLElementStack.shortened))>") }
                rootOpened = true
            }
            if stack.depth >= limits.elementDepth {
                throw DataError("elements nest more than \(limits.elementDepth) deep, the limit (ReadLimits.elementDepth); "
                    + "reading stopped", at: here)
            }
            let (line, column) = (line, column)
            withToken { stack.push($0, line: line, column: column) }
            return event
        case .end:
            guard let position = withToken(stack.position(of:)) else {
                if rootClosed { throw afterRoot("a closing tag </\(withToken(XMLElementStack.shortened))>") }
                return .malformed("a closing tag </\(withToken(XMLElementStack.shortened))> that closes no open element; ignored")
            }
            if position == stack.depth - 1 {
                closeInnermost()
                return event
            }
            // Closes an element whose inner elements are still open: say so, then hand out the end.
            let unclosed = stack.depth - 1 - position
            let innermost = stack.depth - 1
            let (line, column) = stack.opened(at: innermost)
            let others = unclosed == 1 ? "" : " (and \(unclosed - 1) element\(unclosed == 2 ? "" : "s") around it)"
            let reason = "<\(stack.name(at: innermost))> opened at line \(line), column \(column)\(others) is not closed "
                + "before </\(stack.name(at: position))>"
            stack.pop(toDepth: position + 1)
            pendingEnd = true
            return .malformed(reason)
        case .text:
            guard stack.depth == 0, !withToken(FieldValue.isBlank) else { return event }
            if rootClosed { throw afterRoot("text") }
            return .malformed("text outside the root element; ignored")
        case .malformed:
            if rootClosed { throw afterRoot("markup that is not well-formed") }
            return event
        case .endOfDocument:
            return event
        }
    }

    /// Closes the innermost open element, noting when it is the root.
    func closeInnermost() {
        stack.pop()
        if stack.depth == 0 { rootClosed = true }
    }

    /// The end of the input: the end of the document when every element is closed.
    func endOfDocument() throws(DataError) -> XMLEvent {
        guard stack.depth > 0 else { return .endOfDocument }
        let innermost = stack.depth - 1
        let (line, column) = stack.opened(at: innermost)
        let others = innermost == 0 ? "" : " (and \(innermost) element\(innermost == 1 ? "" : "s") around it)"
        let endLine = nextLine, endColumn = input.bufferOffset + input.filled - nextLineOffset + 1
        throw DataError("the file ends inside <\(stack.name(at: innermost))>, opened at line \(line), column \(column)"
            + "\(others): it is cut short, so it is not read", at: location(line: endLine, column: endColumn))
    }

    /// The error for content after the root element.
    private func afterRoot(_ what: String) -> DataError {
        DataError("\(what) after the end of the root element: a file holds one XML document, and only white space, "
            + "comments and processing instructions may follow it; the file is damaged, so it is not read", at: here)
    }

    /// The error for a token past ``ReadLimits/fieldBytes``: `complete` when it was read whole,
    /// otherwise it is still going on when the limit is reached.
    func tokenTooLong(complete: Bool) -> DataError {
        let isMarkup = input.buffer[input.position] == 0x3C
        let limit = ReadLimits.describe(bytes: limits.fieldBytes)
        let startLine = eventLine
        let startColumn = input.bufferOffset + input.position - eventLineOffset + 1
        return DataError((isMarkup ? "a tag, comment or other markup" : "a text") + " longer than \(limit), the limit "
            + "(ReadLimits.fieldBytes); reading stopped \(complete ? "there" : "after \(ReadLimits.grouped(bytesRead)) bytes")",
            at: location(line: startLine, column: startColumn))
    }

    /// The current event's location.
    var here: SourceLocation { location(line: line, column: column) }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }
}
