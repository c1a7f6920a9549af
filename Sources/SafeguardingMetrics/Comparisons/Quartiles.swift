/// The five cut points of a set of values (minimum, Q1, median, Q3, maximum) by R's type 7
/// quantiles, and the quarter a value falls in.
///
/// ```swift
/// let quartiles = Quartiles([10, 20, 30, 40, 50].map { FixedDecimal($0) })!
/// print(quartiles.lowerQuartile, quartiles.median, quartiles.upperQuartile)   // 20 30 40
/// quartiles.quartile(of: FixedDecimal(20))               // 1: [min, Q1] includes Q1
/// quartiles.band(of: FixedDecimal(20), polarity: .lower) // .a
/// quartiles.band(of: FixedDecimal(20), polarity: .higher) // .d
/// ```
@frozen
public struct Quartiles: Sendable, Hashable {
    /// The smallest value (the 0% quantile).
    public var minimum: Rational
    /// Q1, the 25% quantile.
    public var lowerQuartile: Rational
    /// Q2, the 50% quantile.
    public var median: Rational
    /// Q3, the 75% quantile.
    public var upperQuartile: Rational
    /// The largest value (the 100% quantile).
    public var maximum: Rational

    /// The quartiles of `values` (any order); `nil` when there are none.
    ///
    /// - Complexity: O(n log n) (a sort).
    public init?(_ values: some Sequence<FixedDecimal>) {
        self.init(sorted: values.map(Rational.init).sorted())
    }

    /// The quartiles of values already sorted ascending; `nil` when there are none.
    ///
    /// - Precondition: `sorted` is sorted ascending.
    /// - Complexity: O(1).
    public init?(sorted: [Rational]) {
        guard !sorted.isEmpty else { return nil }
        func q(_ quarters: Int) -> Rational { Quantile.type7(sorted: sorted, probability: Rational(Int128(quarters), 4)) }
        minimum = sorted[0]
        lowerQuartile = q(1)
        median = q(2)
        upperQuartile = q(3)
        maximum = sorted[sorted.count - 1]
    }

    /// The quarter by value that `value` falls in: 1 for [minimum, Q1], 2 for (Q1, Q2], 3 for
    /// (Q2, Q3], 4 for (Q3, maximum]. A value outside the range (an authority's own figure
    /// compared with a published distribution) counts in the nearer outer quarter.
    public func quartile(of value: Rational) -> Int {
        if value <= lowerQuartile { return 1 }
        if value <= median { return 2 }
        if value <= upperQuartile { return 3 }
        return 4
    }

    /// The quarter by value that a published `value` falls in (as for an exact value).
    public func quartile(of value: FixedDecimal) -> Int {
        quartile(of: Rational(value))
    }

    /// The band of `value` under `polarity`; `nil` when the polarity has no better direction.
    public func band(of value: FixedDecimal, polarity: Polarity) -> QuartileBand? {
        QuartileBand(quartile: quartile(of: value), polarity: polarity)
    }
}
