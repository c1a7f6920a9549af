/// The elements an XML read is inside, innermost last: their names (in one byte pool, so that
/// opening an element allocates nothing once the pool has grown) and where each was opened.
struct XMLElementStack {
    /// Where an open element's name is in the pool, and where it was opened.
    private struct Entry {
        var nameStart: Int
        var line: Int
        var column: Int
    }

    private var names: [UInt8] = []
    private var entries: [Entry] = []

    init() {
        names.reserveCapacity(256)
        entries.reserveCapacity(16)
    }

    /// How many elements are open.
    var depth: Int { entries.count }

    /// Opens an element.
    mutating func push(_ name: UnsafeBufferPointer<UInt8>, line: Int, column: Int) {
        entries.append(Entry(nameStart: names.count, line: line, column: column))
        names.append(contentsOf: name)
    }

    /// Closes the innermost element.
    mutating func pop() {
        pop(toDepth: depth - 1)
    }

    /// Closes elements until `depth` are open.
    mutating func pop(toDepth depth: Int) {
        guard depth < entries.count else { return }
        names.removeSubrange(entries[depth].nameStart...)
        entries.removeSubrange(depth...)
    }

    /// The position (0 = the root) of the innermost open element named `name`, or `nil` when no
    /// open element has that name.
    func position(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = entries.count - 1
        while index >= 0 {
            if nameEquals(index, name) { return index }
            index -= 1
        }
        return nil
    }

    private func nameEquals(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entries[index].nameStart
        let end = index + 1 < entries.count ? entries[index + 1].nameStart : names.count
        guard end - start == name.count else { return false }
        var offset = 0
        while offset < name.count {
            if names[start + offset] != name[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The name of the element at `position`, shortened for messages.
    func name(at position: Int) -> String {
        let start = entries[position].nameStart
        let end = position + 1 < entries.count ? entries[position + 1].nameStart : names.count
        return names[start..<end].withUnsafeBufferPointer(XMLElementStack.shortened)
    }

    /// The line and column where the element at `position` was opened.
    func opened(at position: Int) -> (line: Int, column: Int) {
        (entries[position].line, entries[position].column)
    }

    /// A name or other bytes as text for a message: at most 40 bytes, then `…`.
    static func shortened(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= 40 { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<40]), as: UTF8.self) + "…"
    }
}
