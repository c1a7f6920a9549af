/// The state of an ``XMLTokenizer`` between two tokens: the open elements and the line the next
/// token starts on. A file read in pieces starts each piece after the first at the seam the piece
/// before it is expected to end at, and is read as a whole only when each piece ends at exactly
/// the seam the next one started from.
struct XMLSeam: Equatable {
    /// The elements open, with the lines and columns they were opened at.
    var stack: XMLElementStack
    /// The line the next token starts on.
    var line: Int
    /// The offset in the file where that line starts.
    var lineOffset: Int
}

extension XMLTokenizer {
    /// Where the tokenizer is between tokens, or `nil` while the end of a self-closing element
    /// or of a closing tag that skipped open elements is still to come.
    var seam: XMLSeam? {
        pendingEnd ? nil : XMLSeam(stack: stack, line: upcoming.line, lineOffset: upcoming.lineOffset)
    }

    /// Whether the last ``next()`` stopped at the end of a piece of a file, not at the end of
    /// the file: ``XMLEvent/endOfDocument`` came with no check of the document's structure.
    var stoppedAtPieceEnd: Bool { input.endsPiece && input.position >= input.filled }
}
