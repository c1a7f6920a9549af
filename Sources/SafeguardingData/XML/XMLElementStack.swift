/// The elements an XML read is inside, innermost last, and whether the root element has been
/// opened and closed: what the structure checks need, changed by one call per event.
///
/// Names are kept in one byte pool and the storage never shrinks, so opening an element
/// allocates nothing once the pool has grown to the document's depth.
struct XMLElementStack: Equatable {
    /// Where an open element's name is in the pool, and where it was opened.
    private struct Entry: Equatable {
        var nameStart: Int
        var line: Int
        var column: Int
    }

    /// What opening an element did.
    enum Opening {
        /// It is open.
        case opened
        /// The root element has already closed: nothing may open after it.
        case afterRoot
        /// It would nest deeper than the limit.
        case tooDeep
    }

    /// What a closing tag does.
    enum Closing {
        /// It closed the innermost open element.
        case innermost
        /// It names the element at this position, with elements inside it still open; nothing
        /// is closed yet.
        case skipping(Int)
        /// It names no open element, and the root element has not closed.
        case notOpen
        /// The root element has already closed.
        case afterRoot
    }

    /// The open elements' names, one after another: bytes `0..<nameEnd`.
    private var names: [UInt8] = []
    private var nameEnd = 0
    /// The open elements: `0..<depth`.
    private var entries: [Entry] = []
    /// How many elements are open.
    private(set) var depth = 0
    /// Whether the root element has been opened, and closed.
    private(set) var rootOpened = false, rootClosed = false

    init() {
        names.reserveCapacity(256)
        entries.reserveCapacity(16)
    }

    /// Opens an element named `name`, unless the root has closed or it would be too deep.
    @inline(__always)
    mutating func open(_ name: UnsafeBufferPointer<UInt8>, line: Int, column: Int, maximumDepth: Int) -> Opening {
        if depth == 0 {
            if rootClosed { return .afterRoot }
            rootOpened = true
        }
        if depth >= maximumDepth { return .tooDeep }
        let entry = Entry(nameStart: nameEnd, line: line, column: column)
        if depth < entries.count { entries[depth] = entry } else { entries.append(entry) }
        depth += 1
        let end = nameEnd + name.count
        if names.count < end { names.append(contentsOf: repeatElement(0, count: max(end - names.count, names.count))) }
        if let source = name.baseAddress {
            let target = nameEnd, count = name.count
            names.withUnsafeMutableBufferPointer { pool in
                // Names are short: eight bytes at a time, then one at a time, beats memmove.
                let destination = UnsafeMutableRawPointer(pool.baseAddress! + target)
                let from = UnsafeRawPointer(source)
                var offset = 0
                while offset &+ 8 <= count {
                    destination.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset,
                                           as: UInt64.self)
                    offset &+= 8
                }
                while offset < count {
                    destination.storeBytes(of: from.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset, as: UInt8.self)
                    offset &+= 1
                }
            }
        }
        nameEnd = end
        return .opened
    }

    /// Closes the element `name`: the innermost one, or says which open element it names.
    @inline(__always)
    mutating func close(_ name: UnsafeBufferPointer<UInt8>) -> Closing {
        guard depth > 0 else { return rootClosed ? .afterRoot : .notOpen }
        if nameEquals(depth - 1, name) {
            closeInnermost()
            return .innermost
        }
        var position = depth - 2
        while position >= 0 {
            if nameEquals(position, name) { return .skipping(position) }
            position -= 1
        }
        return .notOpen
    }

    /// Closes the innermost open element, noting when it is the root.
    mutating func closeInnermost() {
        depth -= 1
        nameEnd = entries[depth].nameStart
        if depth == 0 { rootClosed = true }
    }

    /// Closes elements until `depth` are open (at least one).
    mutating func close(toDepth depth: Int) {
        guard depth > 0, depth < self.depth else { return }
        self.depth = depth
        nameEnd = entries[depth].nameStart
    }

    @inline(__always)
    private func nameEquals(_ position: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entries[position].nameStart
        let end = position + 1 < depth ? entries[position + 1].nameStart : nameEnd
        guard end - start == name.count else { return false }
        guard let other = name.baseAddress else { return true }
        let count = end - start
        return names.withUnsafeBufferPointer { pool in
            let stored = UnsafeRawPointer(pool.baseAddress! + start), given = UnsafeRawPointer(other)
            var offset = 0
            while offset &+ 8 <= count {
                if stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != given.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset &+= 8
            }
            while offset < count {
                if stored.load(fromByteOffset: offset, as: UInt8.self) != given.load(fromByteOffset: offset, as: UInt8.self) { return false }
                offset &+= 1
            }
            return true
        }
    }

    /// Two stacks are equal when the same elements are open, opened at the same places, and
    /// the root has been opened and closed alike (storage past the open elements is not compared).
    static func == (lhs: XMLElementStack, rhs: XMLElementStack) -> Bool {
        lhs.depth == rhs.depth && lhs.rootOpened == rhs.rootOpened && lhs.rootClosed == rhs.rootClosed
            && lhs.nameEnd == rhs.nameEnd && lhs.entries[0..<lhs.depth] == rhs.entries[0..<rhs.depth]
            && lhs.names[0..<lhs.nameEnd] == rhs.names[0..<rhs.nameEnd]
    }

    /// The stack without its innermost element (as if it had never opened; the root stays
    /// opened), or `nil` when no element is open.
    func withoutInnermost() -> XMLElementStack? {
        guard depth > 0 else { return nil }
        var outer = self
        outer.depth -= 1
        outer.nameEnd = entries[outer.depth].nameStart
        return outer
    }

    /// The name of the open element at `position`, shortened for messages.
    func name(at position: Int) -> String {
        let start = entries[position].nameStart
        let end = position + 1 < depth ? entries[position + 1].nameStart : nameEnd
        return names[start..<end].withUnsafeBufferPointer(XMLElementStack.shortened)
    }

    /// The line and column where the open element at `position` was opened.
    func opened(at position: Int) -> (line: Int, column: Int) {
        (entries[position].line, entries[position].column)
    }

    /// A name as text for a message: cut with `…` after ``DataProblem/quotedValueLimit``
    /// characters or at a control character, as ``DataProblem/quote(_:limit:)`` cuts a value
    /// (a damaged file's "name" may be anything).
    static func shortened(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let quoted = DataProblem.quote(String(decoding: bytes, as: UTF8.self))
        return String(quoted.dropFirst().dropLast())
    }
}
