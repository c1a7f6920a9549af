extension SHA256 {
    /// A SHA-256 digest: 32 bytes.
    public struct Digest: Sendable, Hashable {
        /// The 32 bytes.
        public let bytes: [UInt8]

        /// The bytes as 64 lowercase hexadecimal digits.
        public var hexadecimal: String {
            let digits = Array("0123456789abcdef".utf8)
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count * 2)
            for byte in bytes {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 0x0f)])
            }
            return String(decoding: text, as: UTF8.self)
        }
    }
}
