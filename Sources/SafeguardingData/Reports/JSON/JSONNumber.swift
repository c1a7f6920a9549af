import Foundation
import SafeguardingMetrics

/// A JSON number kept as its exact decimal text (`25.062034739454`, `1007.5`, `-3`), for
/// documents that must not pass a value through binary floating point.
///
/// Its `Codable` form is a JSON number: it encodes as a `Decimal` (Foundation's `JSONEncoder`
/// writes a `Decimal` as its decimal text, so no digit changes) and decodes from a number or a
/// numeric string. Two numbers are equal when their values are: `52.05047318612` decoded by
/// `JSONDecoder` equals the `52.050473186120` the library wrote (Foundation drops trailing zeros).
///
/// ```swift
/// let value = JSONNumber(Rational(2_015, 2))   // 1007.5
/// JSONValue.object([("value", value.json)]).rendered(.compact)   // {"value":1007.5}
/// ```
@frozen
public struct JSONNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The number's text, as written in JSON.
    public var text: String

    /// The number in `text`, which must be a JSON number (no exponent needed, no leading `+`).
    ///
    /// - Returns: `nil` when the text is not a decimal number.
    public init?(_ text: String) {
        guard JSONNumber.isNumber(text) else { return nil }
        self.text = text
    }

    /// The exact text of a decimal (`18.75`).
    public init(_ value: FixedDecimal) {
        text = value.description
    }

    /// The text of an integer.
    public init<T: BinaryInteger>(_ value: T) {
        text = String(value)
    }

    /// The places an exact value that is not a short decimal is rounded to (half up): 12.
    public static let roundedPlaces = 12

    /// An exact value as number text: the exact decimal when it has one of at most 18 places
    /// (`66.000437`), else rounded half up to ``roundedPlaces`` places (`0.666666666667`).
    public init(_ value: Rational) {
        let exact = value.description
        text = exact.contains("/") ? value.rounded(toDecimals: JSONNumber.roundedPlaces).description : exact
    }

    /// The text with no trailing zeros after the point, no point without digits after it, and
    /// no minus sign on zero: the same for every way of writing the same value.
    public var canonicalText: String {
        var canonical = text
        if canonical.contains(".") {
            while canonical.hasSuffix("0") { canonical.removeLast() }
            if canonical.hasSuffix(".") { canonical.removeLast() }
        }
        if canonical.first == "-", canonical.dropFirst().allSatisfy({ $0 == "0" }) { canonical = "0" }
        return canonical
    }

    /// Whether two numbers have the same value, however written.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.canonicalText == rhs.canonicalText
    }

    /// Hashes the value (its ``canonicalText``).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonicalText)
    }

    /// The number as a ``JSONValue``.
    public var json: JSONValue { .number(text) }

    /// The number's text.
    public var description: String { text }

    /// Encodes the number as a JSON number (through `Decimal`, exactly).
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// Decodes a JSON number, or a string holding one.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the value is not a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Decimal.self) {
            text = number.description
        } else if let string = try? container.decode(String.self), JSONNumber.isNumber(string) {
            text = string
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number")
        }
    }

    /// Whether `text` is a decimal number: an optional `-`, digits, and optionally `.` and digits.
    static func isNumber(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        let parts = utf8.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } }
    }
}
