// Scanning eight bytes at a time (SWAR): a word of input is tested for every byte that stops a
// scan at once, and the first such byte found from its lowest set bit.

extension XMLTokenizer {
    /// Eight bytes from `pointer`, the first in the lowest byte, on any platform.
    @inline(__always)
    static func word(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` equal to `byte`: exact up to the first one (borrows
    /// may mark bytes above it), which is all a scan uses.
    @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// The high bit of each byte of `word` below `bound` (at most 128), exact up to the first.
    @inline(__always)
    static func bytes(_ word: UInt64, below bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// The bytes that stop a scan of text: `<`, a line feed, `&`.
    @inline(__always)
    static func textStops(_ word: UInt64) -> UInt64 {
        bytes(word, equalTo: 0x3C) | bytes(word, equalTo: 0x0A) | bytes(word, equalTo: 0x26)
    }

    /// The bytes that may end an element name: white space and other control bytes (checked
    /// one by one), `>`, `/`, `<`.
    @inline(__always)
    static func nameStops(_ word: UInt64) -> UInt64 {
        bytes(word, below: 0x21) | bytes(word, equalTo: 0x3E) | bytes(word, equalTo: 0x2F) | bytes(word, equalTo: 0x3C)
    }
}
