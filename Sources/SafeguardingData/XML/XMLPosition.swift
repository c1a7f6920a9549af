/// A place in an XML file: a line, the offset in the file where that line starts, and an offset
/// on it. The tokenizer keeps each place it tracks in one of these, so that moving it is one store.
struct XMLPosition {
    /// The line, counting from 1.
    var line: Int
    /// The offset in the file of the line's first byte.
    var lineOffset: Int
    /// The offset in the file of the place.
    var offset: Int

    /// The 1-based column, counted in bytes.
    var column: Int { offset - lineOffset + 1 }
}
