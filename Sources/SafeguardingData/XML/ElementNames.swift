#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps element-name bytes to a small integer without building a `String` per element: a name's
/// length and three of its bytes pick a slot of a small open-addressing table, and the candidate
/// there is compared byte for byte. A look-up touches one slot in the common case and never
/// allocates.
struct ElementNames: Sendable {
    /// For each slot, the id of the name there, or -1.
    private let slots: [Int16]
    /// The names, one after another; `starts[id]..<starts[id + 1]` is name `id`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private static let slotCount = 512

    /// Creates the table; the id of a name is its index in `names`.
    init(_ names: [String]) {
        precondition(names.count < ElementNames.slotCount / 2 && names.count < Int(Int16.max), "too many names")
        var slots = [Int16](repeating: -1, count: ElementNames.slotCount)
        var bytes: [UInt8] = [], starts = [0]
        for (id, name) in names.enumerated() {
            let utf8 = Array(name.utf8)
            bytes += utf8
            starts.append(bytes.count)
            var slot = utf8.withUnsafeBufferPointer { ElementNames.slot(of: $0) }
            while slots[slot] >= 0 { slot = (slot + 1) & (ElementNames.slotCount - 1) }
            slots[slot] = Int16(id)
        }
        self.slots = slots
        self.bytes = bytes
        self.starts = starts
    }

    /// The id of `name`, or `nil` when it is not in the table.
    @inline(__always)
    func id(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = ElementNames.slot(of: name)
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let id = Int(slots[slot])
                        if id < 0 { return nil }
                        let start = starts[id], count = starts[id + 1] - start
                        if count == name.count, ElementNames.equal(bytes.baseAddress! + start, name.baseAddress!, count) { return id }
                        slot = (slot + 1) & (ElementNames.slotCount - 1)
                    }
                }
            }
        }
    }

    /// Whether `count` bytes at `a` and `b` are equal: eight at a time, then one at a time (names
    /// are short, and a call to `memcmp` costs more than comparing them here).
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if UnsafeRawPointer(a + offset).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + offset).loadUnaligned(as: UInt64.self) {
                return false
            }
            offset &+= 8
        }
        while offset < count {
            if a[offset] != b[offset] { return false }
            offset &+= 1
        }
        return true
    }

    /// The home slot of a name: its length, first, middle and last bytes, mixed.
    @inline(__always)
    private static func slot(of name: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = name.baseAddress, name.count > 0 else { return 0 }
        let count = name.count
        let key = UInt64(count) | UInt64(base[0]) << 8 | UInt64(base[count / 2]) << 16 | UInt64(base[count - 1]) << 24
            | UInt64(base[min(count - 1, 3)]) << 32
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55) & (slotCount - 1)
    }
}

/// Reading of the small value types the returns carry in XML and CSV alike.
enum FieldValue {
    /// `true`/`false`/`TRUE`/`FALSE`/`1`/`0` (also `yes`/`no`): 1, 0, or 255 when blank or not one of these.
    static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let text = trimmed(bytes)
        // Lower-cased ASCII compared in place, with no string built: the words are all ASCII.
        func equals(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == text.count else { return false }
            let letters = word.utf8Start
            for index in 0..<text.count {
                let byte = text[index]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lower != letters[index] { return false }
            }
            return true
        }
        if equals("true") || equals("1") || equals("yes") || equals("y") { return 1 }
        if equals("false") || equals("0") || equals("no") || equals("n") { return 0 }
        return 255
    }

    /// Whether the bytes are empty or only white space.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The bytes without leading and trailing white space.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        func space(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while start < end, space(bytes[start]) { start += 1 }
        while end > start, space(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
