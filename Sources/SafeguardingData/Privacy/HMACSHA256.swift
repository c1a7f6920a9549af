/// HMAC-SHA-256 (RFC 2104, FIPS 198-1): a keyed hash, for pseudonyms that cannot be reversed or
/// recomputed without the key.
///
/// ```swift
/// let mac = HMACSHA256(key: Array("key".utf8))
/// mac.authenticate(Array("The quick brown fox jumps over the lazy dog".utf8)).hexadecimal
/// // "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
/// ```
public struct HMACSHA256: Sendable {
    /// The key XOR the inner pad, 64 bytes.
    private let innerKey: [UInt8]
    /// The key XOR the outer pad, 64 bytes.
    private let outerKey: [UInt8]

    /// A MAC with `key`: a key longer than a block (64 bytes) is hashed first, a shorter one padded
    /// with zeros.
    public init(key: [UInt8]) {
        var block = key.count > 64 ? SHA256.hash(key).bytes : key
        block.append(contentsOf: repeatElement(0, count: 64 - block.count))
        innerKey = block.map { $0 ^ 0x36 }
        outerKey = block.map { $0 ^ 0x5c }
    }

    /// The MAC of `message`: SHA-256(outer key ‖ SHA-256(inner key ‖ message)).
    public func authenticate(_ message: some Sequence<UInt8>) -> SHA256.Digest {
        var inner = SHA256()
        inner.update(innerKey)
        inner.update(message)
        var outer = SHA256()
        outer.update(outerKey)
        outer.update(inner.finalize().bytes)
        return outer.finalize()
    }
}
