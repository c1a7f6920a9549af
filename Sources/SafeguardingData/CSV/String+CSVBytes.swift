extension String {
    /// Decodes a field's bytes: as UTF-8 when they are valid UTF-8, otherwise as Windows-1252
    /// (the encoding spreadsheets on Windows save CSV files in), so no byte is lost or replaced.
    public init(csvBytes bytes: UnsafeBufferPointer<UInt8>) {
        if let text = String(validating: bytes, as: UTF8.self) {
            self = text
        } else {
            self = String(String.UnicodeScalarView(bytes.map(windows1252Scalar)))
        }
    }
}

/// The Unicode scalar for a Windows-1252 byte (0x80-0x9F differ from Latin-1; the five unused
/// bytes map to the C1 controls of the same value).
func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
    let table: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    if (0x80...0x9F).contains(byte) { return Unicode.Scalar(table[Int(byte - 0x80)])! }
    return Unicode.Scalar(byte)
}
