/// Maps element-name bytes to a small integer without building a `String` per element: names are
/// hashed (FNV-1a), found by binary search, and compared byte for byte.
struct ElementNames: Sendable {
    private let hashes: [UInt64]
    private let ids: [Int]
    private let names: [[UInt8]]

    /// Creates the table; the id of a name is its index in `names`.
    init(_ names: [String]) {
        let entries = names.enumerated().map { (ElementNames.hash(Array($0.element.utf8)), $0.offset) }.sorted { $0.0 < $1.0 }
        hashes = entries.map(\.0)
        ids = entries.map(\.1)
        self.names = names.map { Array($0.utf8) }
    }

    /// The id of `name`, or `nil` when it is not in the table.
    func id(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = ElementNames.hash(name)
        var low = 0, high = hashes.count
        while low < high {
            let mid = (low + high) / 2
            if hashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        while low < hashes.count, hashes[low] == hash {
            let id = ids[low]
            let same = names[id].withUnsafeBufferPointer { candidate -> Bool in
                guard candidate.count == name.count else { return false }
                for index in 0..<name.count where candidate[index] != name[index] { return false }
                return true
            }
            if same { return id }
            low += 1
        }
        return nil
    }

    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

/// Reading of the small value types the returns carry in XML and CSV alike.
enum FieldValue {
    /// `true`/`false`/`TRUE`/`FALSE`/`1`/`0` (also `yes`/`no`): 1, 0, or 255 when blank or not one of these.
    static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var text = bytes[...]
        while let first = text.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { text = text.dropFirst() }
        while let last = text.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { text = text.dropLast() }
        switch String(decoding: text, as: UTF8.self).lowercased() {
        case "true", "1", "yes", "y": return 1
        case "false", "0", "no", "n": return 0
        default: return 255
        }
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
