import Foundation

extension JSONValue: Codable {
    /// A key of an object member, any string.
    struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    /// Encodes the value through any encoder, so a library document can be part of a caller's own
    /// `Codable` response: objects as keyed containers, numbers as `Decimal` (exact: Foundation's
    /// `JSONEncoder` writes a `Decimal` as its decimal text), ``raw(_:)`` text decoded first.
    ///
    /// Member order is the encoder's: `JSONEncoder` keeps it only with `.sortedKeys` (sorted).
    /// ``rendered(_:)`` is the library's own writer and keeps the order built.
    ///
    /// - Throws: `EncodingError.invalidValue` when a number's text is not a number or raw text is
    ///   not JSON.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: MemberKey.self)
            for (key, value) in members { try container.encode(value, forKey: MemberKey(stringValue: key)) }
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .number(let text):
            guard let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw EncodingError.invalidValue(text, .init(codingPath: encoder.codingPath,
                                                             debugDescription: "'\(text)' is not a JSON number"))
            }
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .laidOut(let value, _):
            try value.encode(to: encoder)
        case .raw(let text):
            let parsed: JSONValue
            do {
                parsed = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            } catch {
                throw EncodingError.invalidValue(text, .init(codingPath: encoder.codingPath,
                                                             debugDescription: "raw text is not JSON: \(error)"))
            }
            try parsed.encode(to: encoder)
        }
    }

    /// Decodes any JSON value: numbers as their exact decimal text (through `Decimal`), object
    /// members in the order the decoder lists them.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the value is none of JSON's kinds.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: MemberKey.self) {
            var members: [Member] = []
            for key in container.allKeys {
                members.append((key.stringValue, try container.decode(JSONValue.self, forKey: key)))
            }
            self = .object(members)
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Decimal.self) {
            self = .number(number.description)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }
}
