/// Interns short byte strings (child identifiers, postcodes) tagged with a small integer (the
/// authority), giving each distinct (tag, bytes) pair a dense `Int32` index.
///
/// An open-addressing hash table over one contiguous byte pool: interning a key allocates only
/// when the pool or table grows, never per lookup.
///
/// The pool's offsets are 64-bit, so no key length and no total size traps (32-bit offsets
/// trapped past 2 GiB); the readers bound a key by `ReadLimits.fieldBytes`. Its indices are
/// `Int32`, like the cohort's row references.
struct ByteStringPool: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [Int] = [0]
    private(set) var tags: [UInt16] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var mask = 1023

    /// The number of distinct keys.
    var count: Int { tags.count }

    /// The bytes of key `index`.
    func withKey<R>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = offsets[Int(index)], end = offsets[Int(index) + 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The key `index` as a string.
    func string(_ index: Int32) -> String {
        withKey(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The index of `(tag, key)`, adding it when new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>, tag: UInt16) -> Int32 {
        var slot = ByteStringPool.slot(for: key, tag: tag, mask: mask)
        while true {
            let candidate = slots[slot]
            if candidate < 0 { break }
            if tags[Int(candidate)] == tag, equals(candidate, key) { return candidate }
            slot = (slot + 1) & mask
        }
        let index = Int32(tags.count)
        tags.append(tag)
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        slots[slot] = index
        if tags.count * 2 > slots.count { rehash() }
        return index
    }

    /// The index of `(tag, key)` if present.
    func find(_ key: UnsafeBufferPointer<UInt8>, tag: UInt16) -> Int32? {
        var slot = ByteStringPool.slot(for: key, tag: tag, mask: mask)
        while true {
            let candidate = slots[slot]
            if candidate < 0 { return nil }
            if tags[Int(candidate)] == tag, equals(candidate, key) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ index: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[Int(index)], end = offsets[Int(index) + 1]
        guard end - start == key.count else { return false }
        var i = 0
        while i < key.count {
            if bytes[start + i] != key[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func rehash() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for index in 0..<Int32(tags.count) {
            let start = offsets[Int(index)], end = offsets[Int(index) + 1]
            var slot = bytes.withUnsafeBufferPointer {
                ByteStringPool.slot(for: UnsafeBufferPointer(rebasing: $0[start..<end]), tag: tags[Int(index)], mask: mask)
            }
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    /// Makes room for `count` keys in all, so that interning up to that many never rehashes.
    mutating func reserve(_ count: Int) {
        var size = slots.count
        while count * 2 > size { size *= 2 }
        guard size > slots.count else { return }
        slots = Array(repeating: -1, count: size / 2)
        rehash()
    }

    /// The home slot of a key: the tag, length and bytes mixed eight bytes at a time, folded.
    @inline(__always)
    private static func slot(for key: UnsafeBufferPointer<UInt8>, tag: UInt16, mask: Int) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(tag) ^ (UInt64(key.count) << 16)
        guard let base = key.baseAddress else { return Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }
        var i = 0
        while i + 8 <= key.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            i += 8
        }
        if i < key.count {
            var tail: UInt64 = 0
            for k in i..<key.count { tail |= UInt64(base[k]) << (UInt64(k - i) * 8) }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }
}
