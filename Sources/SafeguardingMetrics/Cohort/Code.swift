/// A code list that a field of the cohort uses, as a type, so a placement code cannot be mistaken
/// for a legal status.
public protocol CodeListDefinition: Sendable {
    /// The codes of this field.
    static var list: CodeList { get }
}

/// A typed code: the raw value a cohort column stores, tagged with its code list.
///
/// ```swift
/// let place = Code<PlacementTypeCodes>("U1")
/// print(place?.text ?? "?")   // U1
/// ```
@frozen
public struct Code<Definition: CodeListDefinition>: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The stored value: 0 blank, 1...n the list's codes, 255 not a valid code.
    public var rawValue: UInt8

    /// Wraps a stored value.
    @inlinable
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The code for `text`, or `nil` when the list does not have it.
    public init?(_ text: String) {
        guard let raw = Definition.list.index(of: text) else { return nil }
        rawValue = raw
    }

    /// A blank field.
    public static var blank: Code { Code(rawValue: CodeList.blank) }
    /// Text that is not in the list.
    public static var invalid: Code { Code(rawValue: CodeList.invalid) }

    /// Whether the field was blank.
    @inlinable public var isBlank: Bool { rawValue == CodeList.blank }
    /// Whether the field held text that is not in the list.
    @inlinable public var isInvalid: Bool { rawValue == CodeList.invalid }

    /// The code as written in the return (`""` for blank, `"?"` for invalid).
    public var text: String { Definition.list.code(at: rawValue) }
    /// What the code means.
    public var label: String { Definition.list.label(at: rawValue) }
    /// The code as written.
    public var description: String { text }
}

/// A set of codes from one list, such as the foster placements U1-U6: a 256-bit mask, so a
/// membership test in an aggregation loop is two shifts and a mask.
///
/// Groupings are configuration: INDICATORS.md defines defaults, and councils and later
/// collection years change them.
///
/// ```swift
/// let foster: CodeSet<PlacementTypeCodes> = ["U1", "U2", "U3", "U4", "U5", "U6"]
/// foster.contains(Code("U4")!)   // true
/// ```
@frozen
public struct CodeSet<Definition: CodeListDefinition>: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The mask, four 64-bit words, bit `i` for raw value `i`.
    @usableFromInline var words: (UInt64, UInt64, UInt64, UInt64)

    /// The empty set.
    @inlinable
    public init() { words = (0, 0, 0, 0) }

    /// The set of the given codes.
    ///
    /// - Precondition: every code is in the list (a typo in a grouping is a programming error;
    ///   use ``init(validating:)`` for codes read from a file).
    public init(_ codes: [String]) {
        self.init()
        for code in codes {
            guard let raw = Definition.list.index(of: code), raw != CodeList.blank else {
                preconditionFailure("'\(code)' is not a code of \(Definition.list.name)")
            }
            insert(Code(rawValue: raw))
        }
    }

    /// The set of the given codes, or the codes that are not in the list.
    public init(validating codes: [String]) throws(UnknownCodes) {
        self.init()
        var unknown: [String] = []
        for code in codes {
            if let raw = Definition.list.index(of: code), raw != CodeList.blank { insert(Code(rawValue: raw)) } else { unknown.append(code) }
        }
        if !unknown.isEmpty { throw UnknownCodes(list: Definition.list.name, codes: unknown) }
    }

    /// The set of the given codes.
    public init(arrayLiteral elements: String...) { self.init(elements) }

    /// Adds a code.
    @inlinable
    public mutating func insert(_ code: Code<Definition>) {
        let bit = UInt64(1) << UInt64(code.rawValue & 63)
        switch code.rawValue >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Whether the set holds the code with stored value `raw`.
    @inlinable
    public func contains(raw: UInt8) -> Bool {
        let word: UInt64
        switch raw >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word >> UInt64(raw & 63) & 1 == 1
    }

    /// Whether the set holds `code`.
    @inlinable
    public func contains(_ code: Code<Definition>) -> Bool { contains(raw: code.rawValue) }

    /// The codes in the set, in list order.
    public var codes: [String] {
        (1...UInt8(Definition.list.count)).filter { contains(raw: $0) }.map { Definition.list.code(at: $0) }
    }

    /// Two sets are equal when they hold the same codes.
    public static func == (lhs: CodeSet, rhs: CodeSet) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }

    /// Hashes the mask.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0); hasher.combine(words.1); hasher.combine(words.2); hasher.combine(words.3)
    }
}

/// Codes given for a grouping that are not in its code list.
@frozen
public struct UnknownCodes: Error, Hashable, Sendable, CustomStringConvertible {
    /// The code list's name.
    public var list: String
    /// The codes not found.
    public var codes: [String]

    /// Creates the error.
    public init(list: String, codes: [String]) {
        self.list = list
        self.codes = codes
    }

    /// A sentence naming the codes and the list.
    public var description: String { "not codes of \(list): \(codes.joined(separator: ", "))" }
}
