/// The identifier a framework gives one of its rows, such as `OF1-03`: the framework's own label,
/// stable across its versions, and not an indicator of the catalogue.
///
/// A row is linked to a computed indicator by ``FrameworkIndicator/linkedIndicator`` (its
/// `computed_id`, else an identifier that names a catalogue indicator by itself, such as a row id
/// `cla.rate`), and that link is an ``IndicatorID``; the row id only names the row.
///
/// ```swift
/// let row: FrameworkRowID = "OF1-03"
/// framework[row]?.linkedIndicator   // referrals.rate
/// ```
@frozen
public struct FrameworkRowID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
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
    public static func < (lhs: FrameworkRowID, rhs: FrameworkRowID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The identifier text.
    public var description: String { rawValue }

    /// The catalogue indicator a row with this id stands for when it has no `computed_id`: the
    /// indicator whose identifier is the same text (`cla.rate`), if there is one.
    public var sameNamedIndicator: IndicatorID { IndicatorID(rawValue) }
}
