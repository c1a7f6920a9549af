/// Replaces child identifiers with keyed hashes, so that lists of children can be shared with a
/// partner without the identifiers: the pseudonym of an identifier is the lowercase hexadecimal
/// HMAC-SHA-256 of its UTF-8 bytes under a secret key.
///
/// The same key gives the same pseudonym for the same child in every table and every run; another
/// key gives another. Without the key a pseudonym cannot be recomputed from a guessed identifier,
/// as a plain hash of a short identifier could. The key is read from a file (``init(keyFile:)``),
/// so that it stays out of shell history and process lists.
///
/// ```swift
/// let pseudonymiser = try ChildPseudonymiser(keyFile: "/secure/partner.key")
/// pseudonymiser.pseudonym(for: "C1001")   // 64 hexadecimal digits
/// ```
public struct ChildPseudonymiser: Sendable {
    /// The fewest bytes a key may have.
    public static let minimumKeyBytes = 16

    private let mac: HMACSHA256

    /// A pseudonymiser with `key`, or `nil` when the key has fewer than ``minimumKeyBytes`` bytes.
    public init?(key: [UInt8]) {
        guard key.count >= ChildPseudonymiser.minimumKeyBytes else { return nil }
        mac = HMACSHA256(key: key)
    }

    /// A pseudonymiser with the key held in the file at `path`: the file's bytes, less one line
    /// ending (LF or CRLF) at the end, as an editor leaves.
    ///
    /// - Throws: ``DataError`` when the file cannot be read, or its key has fewer than
    ///   ``minimumKeyBytes`` bytes (the message never quotes the key).
    public init(keyFile path: String) throws(DataError) {
        var key = try DataFile(contentsOf: path).bytes
        if key.last == UInt8(ascii: "\n") { key.removeLast() }
        if key.last == UInt8(ascii: "\r") { key.removeLast() }
        guard let made = ChildPseudonymiser(key: key) else {
            throw DataError(.malformed, "the pseudonymisation key has \(key.count) bytes; it needs at least "
                + "\(ChildPseudonymiser.minimumKeyBytes) (for example 32 random bytes from /dev/urandom, hex-encoded)",
                at: SourceLocation(file: path, line: 0))
        }
        self = made
    }

    /// The pseudonym of child identifier `identifier`: 64 lowercase hexadecimal digits.
    public func pseudonym(for identifier: String) -> String {
        mac.authenticate(identifier.utf8).hexadecimal
    }
}
