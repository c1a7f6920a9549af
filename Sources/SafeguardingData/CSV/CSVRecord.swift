/// One record of a ``CSVReader`` as a value: pointers to its field boundaries in the reader's
/// buffer. Valid only until the reader moves to the next record.
@frozen
public struct CSVRecord {
    @usableFromInline let base: UnsafePointer<UInt8>
    @usableFromInline let starts: UnsafePointer<Int>
    @usableFromInline let ends: UnsafePointer<Int>
    /// The number of fields.
    public let fieldCount: Int
    /// The line the record starts on.
    public let line: Int
    /// Whether a quote was out of place in the record.
    public let recordHasQuoteProblem: Bool

    @usableFromInline
    init(base: UnsafePointer<UInt8>, starts: UnsafePointer<Int>, ends: UnsafePointer<Int>, fieldCount: Int, line: Int,
         recordHasQuoteProblem: Bool) {
        self.base = base
        self.starts = starts
        self.ends = ends
        self.fieldCount = fieldCount
        self.line = line
        self.recordHasQuoteProblem = recordHasQuoteProblem
    }

    /// Calls `body` with field `index`'s bytes, or an empty buffer when the record is shorter.
    @inlinable
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index >= 0, index < fieldCount else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index]))
    }

    /// Field `index` as a string (UTF-8, or Windows-1252 when not valid UTF-8).
    public func string(at index: Int) -> String {
        withField(index) { String(csvBytes: $0) }
    }
}
