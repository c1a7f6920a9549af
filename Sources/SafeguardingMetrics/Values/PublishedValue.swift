/// The GSS symbols published in place of a number.
///
/// Readers keep the symbol: a suppressed cell is not 0 and not missing, and a tool that compares
/// with neighbours must say which neighbours had no value and why.
@frozen
public enum PublicationSymbol: String, Sendable, Hashable, CaseIterable, Codable {
    /// `c`: confidential, suppressed to protect individuals (a count of 1 to 5, or secondary).
    case confidential = "c"
    /// `x`: not available.
    case notAvailable = "x"
    /// `z`: not applicable (for example a zero denominator).
    case notApplicable = "z"
    /// `u`: low reliability.
    case lowReliability = "u"
    /// `k`: rounds to zero but is not zero.
    case roundsToZero = "k"
    /// `low`: the older form of `k`.
    case low
    /// `:`: the older form of "not available".
    case legacyNotAvailable = ":"
    /// `-`: the older form of "no data" (LAIT uses it for a missing value).
    case legacyNoData = "-"

    /// What the symbol means, for tables and tooltips.
    public var meaning: String {
        switch self {
        case .confidential: "confidential (suppressed)"
        case .notAvailable: "not available"
        case .notApplicable: "not applicable"
        case .lowReliability: "low reliability"
        case .roundsToZero, .low: "rounds to zero, but is not zero"
        case .legacyNotAvailable: "not available"
        case .legacyNoData: "no data"
        }
    }
}

/// A published figure: a number, or a GSS symbol that stands in its place.
///
/// ```swift
/// let cell = PublishedValue("c")          // .symbol(.confidential)
/// let rate = PublishedValue("302")        // .number(302)
/// print(rate?.number?.doubleValue ?? 0)   // 302.0
/// ```
@frozen
public enum PublishedValue: Sendable, Hashable {
    /// A number, kept with its written precision.
    case number(FixedDecimal)
    /// A symbol published instead of a number.
    case symbol(PublicationSymbol)

    /// The number, or `nil` for a symbol.
    @inlinable
    public var number: FixedDecimal? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The symbol, or `nil` for a number.
    @inlinable
    public var symbol: PublicationSymbol? {
        if case .symbol(let symbol) = self { return symbol }
        return nil
    }
}

extension PublishedValue: CustomStringConvertible, LosslessStringConvertible {
    /// The published text: the number as written (`18.8`) or the symbol (`c`).
    public var description: String {
        switch self {
        case .number(let value): value.description
        case .symbol(let symbol): symbol.rawValue
        }
    }

    /// Reads a published cell: a plain number or one of the symbols (case-insensitive, blanks
    /// trimmed); `nil` for anything else, including an empty cell.
    public init?(_ description: String) {
        let text = description.trimmingBlanks()
        if let symbol = PublicationSymbol(rawValue: text.lowercased()) {
            self = .symbol(symbol)
        } else if let value = FixedDecimal(text) {
            self = .number(value)
        } else {
            return nil
        }
    }
}
