import Foundation

/// Encodes any `Encodable` value as a ``JSONValue``, so that `Codable` types are written by the
/// library's one JSON writer (``JSONValue/rendered(_:)``) rather than by a second one.
///
/// Members are kept in the order the value encodes them; `encodeIfPresent` leaves a `nil` member
/// out, as Foundation's `JSONEncoder` does. Integers and booleans are written as themselves,
/// `Decimal` and ``JSONNumber`` as their exact text, and floating-point numbers as Swift's
/// shortest round-trip text.
///
/// ```swift
/// let value = try JSONValueEncoder().encode(framework)
/// print(value.rendered(.sortedIndented))   // what JSONEncoder wrote with [.prettyPrinted, .sortedKeys]
/// ```
public struct JSONValueEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The value as a ``JSONValue``.
    ///
    /// - Throws: whatever the value's `encode(to:)` throws; `EncodingError.invalidValue` when it
    ///   encodes nothing, or a floating-point number that is not finite.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let node = JSONNode()
        try node.store(value, codingPath: [])
        guard let result = node.resolved else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(T.self) encoded no value"))
        }
        return result
    }
}

/// A value being encoded: set once to a leaf, or an object or array filled in place.
final class JSONNode {
    enum Content { case unset, leaf(JSONValue), object([(String, JSONNode)]), array([JSONNode]) }
    var content = Content.unset

    /// The finished value, or `nil` when nothing was encoded.
    var resolved: JSONValue? {
        switch content {
        case .unset: nil
        case .leaf(let value): value
        case .object(let members): .object(members.map { ($0.0, $0.1.resolved ?? .null) })
        case .array(let items): .array(items.map { $0.resolved ?? .null })
        }
    }

    /// Encodes `value` into this node: numbers the library keeps exact as their text, anything
    /// else through its own `encode(to:)`.
    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let json as JSONValue: content = .leaf(json)
        case let number as JSONNumber: content = .leaf(number.json)
        case let decimal as Decimal: content = .leaf(.number(decimal.description))
        default: try value.encode(to: JSONNodeEncoder(node: self, codingPath: codingPath))
        }
    }

    /// The members, making this node an object if it is not one yet.
    func member(_ key: String) -> JSONNode {
        var members: [(String, JSONNode)] = []
        if case .object(let existing) = content { members = existing }
        if let index = members.firstIndex(where: { $0.0 == key }) { return members[index].1 }
        let child = JSONNode()
        members.append((key, child))
        content = .object(members)
        return child
    }

    /// Makes this node an object, if nothing has been encoded into it yet.
    func becomeObject() { if case .unset = content { content = .object([]) } }

    /// Makes this node an array, if nothing has been encoded into it yet.
    func becomeArray() { if case .unset = content { content = .array([]) } }

    /// Appends a new item, making this node an array if it is not one yet.
    func append() -> JSONNode {
        var items: [JSONNode] = []
        if case .array(let existing) = content { items = existing }
        let child = JSONNode()
        items.append(child)
        content = .array(items)
        return child
    }

    /// The number of items of an array.
    var count: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }

    /// A floating-point number as a JSON number.
    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, codingPath: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}
