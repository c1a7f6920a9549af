/// A list of the codes one field of a statutory return may hold, with what each means.
///
/// Cohort columns store a code as a `UInt8`: 0 for a blank field, 1 through the list's length for
/// its codes in order, and ``CodeList/invalid`` (255) for text that is not in the list (kept so it
/// can be reported and counted as coverage, never silently dropped). Code lists are data: a
/// council or a later collection year can supply its own.
///
/// ```swift
/// let list = PlacementTypeCodes.list
/// list.index(of: "U1")   // 1-based index of U1
/// list.code(at: 0)       // "" (blank)
/// ```
public struct CodeList: Sendable, Hashable {
    /// The raw value of a blank field.
    public static let blank: UInt8 = 0
    /// The raw value of text that is not in the list.
    public static let invalid: UInt8 = 255

    /// A name for messages: "placement type (PLACE)".
    public let name: String
    /// The codes, in order; the code with raw value `i` is `codes[i - 1]`.
    public let codes: [String]
    /// What each code means, in the same order.
    public let labels: [String]
    /// An open-addressing hash table of packed codes (0 marks an empty slot: no code packs to 0),
    /// for allocation-free lookup in a few instructions.
    @usableFromInline let slotKeys: [UInt64]
    /// The raw value in each slot.
    @usableFromInline let slotValues: [UInt8]
    /// The number of bits of the slot index.
    @usableFromInline let slotBits: UInt64

    /// Creates a list from `(code, label)` pairs.
    ///
    /// - Precondition: 1 to 254 codes, each 1 to 8 ASCII characters, with no repeats.
    public init(name: String, _ entries: [(code: String, label: String)]) {
        precondition((1...254).contains(entries.count), "a code list has 1 to 254 codes")
        self.name = name
        codes = entries.map(\.code)
        labels = entries.map(\.label)
        var pairs: [(UInt64, UInt8)] = []
        for (index, entry) in entries.enumerated() {
            let bytes = Array(entry.code.utf8)
            precondition((1...8).contains(bytes.count) && bytes.allSatisfy { $0 < 0x80 }, "codes are 1-8 ASCII characters")
            let key = bytes.withUnsafeBufferPointer { CodeList.pack($0) }!
            pairs.append((key, UInt8(index + 1)))
        }
        precondition(Set(pairs.map(\.0)).count == pairs.count, "codes must be unique, whatever their case")
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        var slotKeys = [UInt64](repeating: 0, count: 1 << bits)
        var slotValues = [UInt8](repeating: CodeList.invalid, count: 1 << bits)
        for (key, value) in pairs {
            var slot = Int(CodeList.hash(key, bits: bits))
            while slotKeys[slot] != 0 { slot = (slot + 1) & ((1 << Int(bits)) - 1) }
            slotKeys[slot] = key
            slotValues[slot] = value
        }
        self.slotKeys = slotKeys
        self.slotValues = slotValues
        slotBits = bits
    }

    /// The home slot of a packed code (Fibonacci hashing).
    @inlinable
    static func hash(_ key: UInt64, bits: UInt64) -> UInt64 {
        (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits)
    }

    /// The number of codes.
    public var count: Int { codes.count }

    /// The code text for a raw value: `""` for blank, `"?"` for invalid.
    public func code(at raw: UInt8) -> String {
        if raw == CodeList.blank { return "" }
        if raw == CodeList.invalid || Int(raw) > codes.count { return "?" }
        return codes[Int(raw) - 1]
    }

    /// The label for a raw value.
    public func label(at raw: UInt8) -> String {
        if raw == CodeList.blank { return "blank" }
        if raw == CodeList.invalid || Int(raw) > codes.count { return "not a valid code" }
        return labels[Int(raw) - 1]
    }

    /// The raw value of `code` (compared after trimming blanks, letters in either case), or `nil`
    /// when the list does not have it. An empty string is ``blank``.
    public func index(of code: String) -> UInt8? {
        var text = code
        let raw = text.withUTF8 { lookup($0) }
        return raw == CodeList.invalid ? nil : raw
    }

    /// The raw value for a field's bytes: ``blank`` when empty or only blanks, ``invalid`` when
    /// not in the list. Letters match in either case. Allocation-free; used by the readers for
    /// every row.
    ///
    /// - Complexity: O(1) expected.
    @inlinable
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start == end { return CodeList.blank }
        guard let key = CodeList.pack(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return CodeList.invalid }
        let mask = (1 << Int(slotBits)) - 1
        var slot = Int(CodeList.hash(key, bits: slotBits))
        while true {
            let candidate = slotKeys[slot]
            if candidate == key { return slotValues[slot] }
            if candidate == 0 { return CodeList.invalid }
            slot = (slot + 1) & mask
        }
    }

    /// Up to 8 bytes packed big-endian into a `UInt64`, ASCII letters in upper case; `nil` when
    /// longer than 8. Codes hold no NUL bytes, so the packing is unique without storing the
    /// length, and codes are matched without regard to case (`b1` is `B1`).
    @inlinable
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in bytes { key = key << 8 | UInt64(byte &- 0x61 < 26 ? byte &- 0x20 : byte) }
        return key
    }

    /// Two lists are equal when they have the same name and codes.
    public static func == (lhs: CodeList, rhs: CodeList) -> Bool { lhs.name == rhs.name && lhs.codes == rhs.codes }

    /// Hashes the name and codes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(codes)
    }
}
