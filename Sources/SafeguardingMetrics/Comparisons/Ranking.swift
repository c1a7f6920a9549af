/// The rank of values among local authorities, 1 being the best by polarity, ties sharing the
/// lowest rank (1, 2, 2, 4), as LAIT ranks them (R's `rank(ties.method = "min")`).
///
/// A value's rank is 1 + the number of values strictly better than it. Only published numbers
/// take part; an authority with a symbol or no row has no rank and is not counted in ``count``.
/// Indicators whose polarity is ``Polarity/none`` or ``Polarity/hold`` are not ranked (there is
/// no better direction), so ``init(_:polarity:)`` returns `nil` for them.
///
/// ```swift
/// let values = [30, 10, 20, 20].map { FixedDecimal($0) }
/// let ranking = Ranking(values, polarity: .lower)!
/// values.map(ranking.rank(of:))                              // [4, 1, 2, 2]
/// Ranking(values, polarity: .higher)!.rank(of: FixedDecimal(20))   // 2
/// Ranking(values, polarity: .none)                           // nil
/// ```
@frozen
public struct Ranking: Sendable, Hashable {
    /// The direction that is better.
    public let polarity: Polarity
    /// The ranked values, ascending.
    @usableFromInline
    let ascending: [FixedDecimal]

    /// Ranks `values`; `nil` when `polarity` has no better direction.
    ///
    /// - Complexity: O(n log n).
    public init?(_ values: some Sequence<FixedDecimal>, polarity: Polarity) {
        guard polarity == .higher || polarity == .lower else { return nil }
        self.polarity = polarity
        self.ascending = values.sorted()
    }

    /// How many values are ranked (the "out of" of a rank).
    @inlinable
    public var count: Int { ascending.count }

    /// The rank `value` has (or would have) among the ranked values: 1 + the number strictly better.
    ///
    /// - Complexity: O(log n).
    public func rank(of value: FixedDecimal) -> Int {
        switch polarity {
        case .lower: return 1 + firstIndex { $0 >= value }            // values strictly below
        default: return 1 + count - firstIndex { $0 > value }         // values strictly above
        }
    }

    /// The competition ranks of `values` (nil stays nil), or all `nil` when `polarity` has no
    /// better direction.
    ///
    /// - Complexity: O(n log n).
    public static func ranks(_ values: [FixedDecimal?], polarity: Polarity) -> [Int?] {
        guard let ranking = Ranking(values.compactMap { $0 }, polarity: polarity) else {
            return Array(repeating: nil, count: values.count)
        }
        return values.map { $0.map(ranking.rank(of:)) }
    }

    /// The first index of `ascending` whose element satisfies `predicate`, which must be false
    /// then true along the array (a binary search).
    private func firstIndex(where predicate: (FixedDecimal) -> Bool) -> Int {
        var low = 0, high = ascending.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(ascending[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
