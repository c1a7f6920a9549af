/// The quartile band of an authority's value among all authorities, A being the best quarter.
///
/// Cut points are the 0, 25, 50, 75 and 100% type 7 quantiles of every authority's published
/// value (``Quartiles``). By value, the first quarter is [minimum, Q1], then (Q1, Q2], (Q2, Q3]
/// and (Q3, maximum]. When lower is better the first quarter is A; when higher is better the
/// last quarter is A. Indicators with no polarity have no band (LAIT shows `-`).
///
/// The raw values are the letters LAIT publishes.
///
/// ```swift
/// QuartileBand(quartile: 1, polarity: .lower)    // .a
/// QuartileBand(quartile: 1, polarity: .higher)   // .d
/// QuartileBand(quartile: 1, polarity: .none)     // nil
/// ```
@frozen
public enum QuartileBand: String, Sendable, Hashable, CaseIterable, Codable {
    /// The best quarter of authorities.
    case a = "A"
    /// The second-best quarter.
    case b = "B"
    /// The third quarter.
    case c = "C"
    /// The worst quarter.
    case d = "D"

    /// The band of the `quartile`-th quarter by value (1 = lowest values) under `polarity`; `nil`
    /// for ``Polarity/none`` and ``Polarity/hold``, which have no better direction.
    ///
    /// - Precondition: `quartile` is 1 through 4.
    public init?(quartile: Int, polarity: Polarity) {
        precondition((1...4).contains(quartile), "quartile must be 1...4")
        switch polarity {
        case .lower: self = QuartileBand.allCases[quartile - 1]
        case .higher: self = QuartileBand.allCases[4 - quartile]
        case .hold, .none: return nil
        }
    }
}
