/// The stable identifier of an indicator, such as `cla.rate` or
/// `referrals.repeat_within_12_months.percent`.
///
/// Identifiers link a framework row, a computed result and a published column to the same
/// definition. The standard catalogue's identifiers are listed in ``IndicatorCatalogue/standard``;
/// a council's local measures use identifiers of their own.
@frozen
public struct IndicatorID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    /// The identifier text.
    public var rawValue: String

    /// Creates an identifier from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes an identifier from a single string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Orders identifiers by their text.
    public static func < (lhs: IndicatorID, rhs: IndicatorID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The identifier text.
    public var description: String { rawValue }
}
