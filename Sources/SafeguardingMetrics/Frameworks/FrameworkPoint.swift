/// One dated value of a framework indicator: its baseline, a target or an actual.
///
/// A point may also carry the numerator and denominator behind its value (when a council
/// records them, or when the actual was computed from the cohort); validation checks that the
/// numerator is not above the denominator and that the value agrees with them, and the
/// significance rule needs them.
///
/// ```swift
/// let baseline = FrameworkPoint.baseline("2023-04", FixedDecimal(833))
/// let target = FrameworkPoint(.target, "2024-10", .toBeConfirmed)
/// let actual = FrameworkPoint.actual("2023-10", FixedDecimal(units: 188, decimals: 1),
///                                    numerator: 42, denominator: 224)
/// ```
@frozen
public struct FrameworkPoint: Sendable, Hashable {
    /// Baseline, target or actual.
    public var kind: FrameworkPointKind
    /// The date the value describes.
    public var date: FrameworkDate
    /// The value, or why there is none.
    public var entry: FrameworkEntry
    /// The count behind the value (children, referrals), when known.
    public var numerator: Int64?
    /// The group or population the count is taken of, when known.
    public var denominator: Int64?

    /// Creates a point.
    public init(_ kind: FrameworkPointKind, _ date: FrameworkDate, _ entry: FrameworkEntry,
                numerator: Int64? = nil, denominator: Int64? = nil) {
        self.kind = kind
        self.date = date
        self.entry = entry
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The value, when the entry holds one.
    @inlinable
    public var value: FixedDecimal? { entry.value }

    /// A baseline with a value.
    ///
    /// ```swift
    /// FrameworkPoint.baseline("2023-04", FixedDecimal(833))
    /// ```
    public static func baseline(_ date: FrameworkDate, _ value: FixedDecimal) -> FrameworkPoint {
        FrameworkPoint(.baseline, date, .value(value))
    }

    /// A target with a value.
    public static func target(_ date: FrameworkDate, _ value: FixedDecimal) -> FrameworkPoint {
        FrameworkPoint(.target, date, .value(value))
    }

    /// An actual with a value and, optionally, the counts behind it.
    public static func actual(_ date: FrameworkDate, _ value: FixedDecimal,
                              numerator: Int64? = nil, denominator: Int64? = nil) -> FrameworkPoint {
        FrameworkPoint(.actual, date, .value(value), numerator: numerator, denominator: denominator)
    }

    /// A short label for messages: `target 2023-10`.
    public var label: String { "\(kind.rawValue) \(date)" }
}

extension FrameworkPoint: Codable {
    /// The JSON keys: `kind`, `date`, and at most one of `value` (an exact decimal string),
    /// `tbc` (`true`) and `unreadable` (the text as written); neither for a blank.
    /// `numerator` and `denominator` are integers when present.
    enum CodingKeys: String, CodingKey {
        case kind, date, value, tbc, unreadable, numerator, denominator
    }

    /// Decodes a point. The value is a decimal string (`"14.5"`), never a JSON number, so it is
    /// read exactly with its number of decimals.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(FrameworkPointKind.self, forKey: .kind)
        date = try container.decode(FrameworkDate.self, forKey: .date)
        numerator = try container.decodeIfPresent(Int64.self, forKey: .numerator)
        denominator = try container.decodeIfPresent(Int64.self, forKey: .denominator)
        let value = try container.decodeIfPresent(String.self, forKey: .value)
        let tbc = try container.decodeIfPresent(Bool.self, forKey: .tbc) ?? false
        let unreadable = try container.decodeIfPresent(String.self, forKey: .unreadable)
        switch (value, tbc, unreadable) {
        case (let text?, false, nil):
            guard let decimal = FixedDecimal(text) else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: container,
                                                       debugDescription: "\(DataProblem.quote(text)) is not a plain decimal")
            }
            entry = .value(decimal)
        case (nil, true, nil):
            entry = .toBeConfirmed
        case (nil, false, let text?):
            entry = .unreadable(text)
        case (nil, false, nil):
            entry = .blank
        default:
            throw DecodingError.dataCorruptedError(forKey: .value, in: container,
                                                   debugDescription: "a point has at most one of value, tbc and unreadable")
        }
    }

    /// Encodes a point; see ``init(from:)`` for the keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(date, forKey: .date)
        switch entry {
        case .value(let value): try container.encode(value.description, forKey: .value)
        case .toBeConfirmed: try container.encode(true, forKey: .tbc)
        case .unreadable(let text): try container.encode(text, forKey: .unreadable)
        case .blank: break
        }
        try container.encodeIfPresent(numerator, forKey: .numerator)
        try container.encodeIfPresent(denominator, forKey: .denominator)
    }
}
