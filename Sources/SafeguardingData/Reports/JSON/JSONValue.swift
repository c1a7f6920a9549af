import SafeguardingMetrics

/// A JSON document as the library writes it: object members in the order given, and numbers kept
/// as exact decimal text, never through binary floating point.
///
/// Every JSON document the library produces (the `indicators`, `compare`, `scorecard`, `report`
/// and `validate` documents of the command-line contract) is built as a `JSONValue` and written
/// by ``rendered(_:)``, so there is one writer and one set of rules for escaping and numbers.
///
/// ```swift
/// let value = JSONValue.object([("id", .string("cla.rate")), ("value", .decimal(FixedDecimal(units: 1875, decimals: 2)))])
/// print(value.rendered(.compact))   // {"id":"cla.rate","value":18.75}
/// ```
public indirect enum JSONValue: Sendable, Hashable {
    /// An object: its members, in the order they are written (a key may repeat only if the
    /// caller repeats it).
    case object([Member])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number, written exactly as given (`798`, `20.5`, `-0.125`): the text must be a JSON number.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// A value written in a layout of its own wherever it sits (the `report` document keeps its
    /// `scorecard` member on one line with sorted keys, whatever the layout around it).
    case laidOut(JSONValue, JSONLayout)
    /// JSON text made elsewhere (a caller's own fragment), inserted as it is, without its trailing
    /// line breaks. The library's own documents never use it; the caller vouches that it is JSON.
    case raw(String)

    /// One member of an object: its key and value.
    public typealias Member = (String, JSONValue)

    /// A decimal as a number, or `null`.
    public static func decimal(_ value: FixedDecimal?) -> JSONValue {
        value.map { .number($0.description) } ?? .null
    }

    /// An integer as a number, or `null`.
    public static func integer<T: BinaryInteger>(_ value: T?) -> JSONValue {
        value.map { .number(String($0)) } ?? .null
    }

    /// A string, or `null`.
    public static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// Two values are equal when they are the same kind with equal contents, members compared in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)), (.number(let a), .number(let b)), (.raw(let a), .raw(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.laidOut(let a, let x), .laidOut(let b, let y)): a == b && x == y
        default: false
        }
    }

    /// Hashes the kind and contents, members in order.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members):
            hasher.combine(0)
            for (key, value) in members {
                hasher.combine(key)
                hasher.combine(value)
            }
        case .array(let items): hasher.combine(1); hasher.combine(items)
        case .string(let text): hasher.combine(2); hasher.combine(text)
        case .number(let text): hasher.combine(3); hasher.combine(text)
        case .bool(let flag): hasher.combine(4); hasher.combine(flag)
        case .null: hasher.combine(5)
        case .raw(let text): hasher.combine(6); hasher.combine(text)
        case .laidOut(let value, let layout): hasher.combine(7); hasher.combine(value); hasher.combine(layout)
        }
    }

    /// The value of `key` in an object (the first member with that key), or `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .laidOut(let value, _) = self { return value[key] }
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }
}
