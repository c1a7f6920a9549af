/// A record whose fields the SSDA903 row logic reads: a CSV row, or the values gathered from
/// one XML element. The same validation then applies to both layouts.
protocol FieldSource {
    /// The line the record starts on.
    var line: Int { get }
    /// The number of fields.
    var fieldCount: Int { get }
    /// Whether the record had a quote out of place (CSV only).
    var recordHasQuoteProblem: Bool { get }
    /// Calls `body` with field `index`'s bytes (empty when absent).
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
    /// Field `index` as a string.
    func string(at index: Int) -> String
}

extension CSVRecord: FieldSource {}

/// The values of one XML record (an SSDA903 `EPISODE`, `HEADER`, `AMISSING` or `OC2`), stored
/// by the position of the matching CSV column.
final class XMLRecord: FieldSource {
    private(set) var values: [[UInt8]]
    var line = 0
    var fieldCount: Int { values.count }
    var recordHasQuoteProblem: Bool { false }

    init(fieldCount: Int) {
        values = Array(repeating: [], count: fieldCount)
    }

    /// Clears every field for the next record.
    func reset(line: Int) {
        self.line = line
        for index in values.indices { values[index].removeAll(keepingCapacity: true) }
    }

    /// Appends bytes to field `index`.
    func append(_ bytes: UnsafeBufferPointer<UInt8>, to index: Int) {
        values[index].append(contentsOf: bytes)
    }

    /// Sets field `index`.
    func set(_ bytes: [UInt8], at index: Int) {
        values[index] = bytes
    }

    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index >= 0, index < values.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try values[index].withUnsafeBufferPointer(body)
    }

    func string(at index: Int) -> String {
        withField(index) { String(csvBytes: $0) }
    }
}
