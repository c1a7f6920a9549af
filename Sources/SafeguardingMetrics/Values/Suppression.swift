/// Suppression of small numbers for publication, as the DfE applies it (INDICATORS.md §1).
///
/// *Primary:* a count in ``suppressedRange`` (1 to 5 by default) is published as `c`, and so is
/// any rate or percentage whose numerator or denominator is in that range, and any average taken
/// over that many records (its count is its denominator). 0 is published as 0.
///
/// *Secondary* applies to a breakdown (categories that sum to a published total): when exactly
/// one category is suppressed, the smallest other non-zero category is suppressed too (the first
/// in order when several are equally small), so the hidden cell cannot be recovered by subtraction.
/// The same secondary rule extends to figures that share a count (an average's count is another
/// figure's numerator): whoever shows them side by side suppresses both.
///
/// Suppression is off by default for internal use; apply a policy when producing figures for
/// publication.
///
/// ```swift
/// let policy = SuppressionPolicy.dfe
/// policy.publish(count: 3)                               // c
/// policy.publishBreakdown([40, 3, 12, 0])                // 40, c, c, 0
/// policy.publish(Percentage(4, of: 12), decimals: 1)     // c
/// ```
@frozen
public struct SuppressionPolicy: Sendable, Hashable {
    /// The counts that are suppressed (1...5 by default).
    public var suppressedRange: ClosedRange<Int64>

    /// Creates a policy that suppresses counts in `suppressedRange`.
    public init(suppressedRange: ClosedRange<Int64> = 1...5) {
        self.suppressedRange = suppressedRange
    }

    /// The DfE's rule: counts of 1 to 5.
    public static let dfe = SuppressionPolicy()

    /// Whether a count is suppressed by the primary rule.
    @inlinable
    public func suppresses(count: Int64) -> Bool { suppressedRange.contains(count) }

    /// A count as published: the number, or `c`.
    public func publish(count: Int64) -> PublishedValue {
        suppresses(count: count) ? .symbol(.confidential) : .number(FixedDecimal(count))
    }

    /// A rate or percentage as published at `decimals` places: `c` when its numerator or
    /// denominator is suppressed, `z` when undefined, otherwise the rounded value.
    public func publish<Scale>(_ rate: Rate<Scale>, decimals: Int) -> PublishedValue {
        if suppresses(count: rate.numerator) || suppresses(count: rate.denominator) { return .symbol(.confidential) }
        guard let value = rate.rounded(toDecimals: decimals) else { return .symbol(.notApplicable) }
        return .number(value)
    }

    /// An average as published: `c` when taken over 1 to 5 records (its count), `z` when there are
    /// no scores, otherwise the rounded value.
    public func publish(_ mean: MeanScore, decimals: Int) -> PublishedValue {
        if suppresses(count: mean.count) { return .symbol(.confidential) }
        guard let value = mean.rounded(toDecimals: decimals) else { return .symbol(.notApplicable) }
        return .number(value)
    }

    /// Which categories of a breakdown are suppressed, by the primary and secondary rules.
    ///
    /// - Complexity: O(n) in the number of categories.
    public func suppressedCategories(_ counts: [Int64]) -> [Bool] {
        var suppressed = counts.map(suppresses(count:))
        if suppressed.lazy.filter({ $0 }).count == 1 {
            var smallest: Int?
            for index in counts.indices where !suppressed[index] && counts[index] > 0 {
                if smallest.map({ counts[index] < counts[$0] }) ?? true { smallest = index }
            }
            if let smallest { suppressed[smallest] = true }
        }
        return suppressed
    }

    /// A breakdown's counts as published, with primary and secondary suppression.
    public func publishBreakdown(_ counts: [Int64]) -> [PublishedValue] {
        zip(counts, suppressedCategories(counts)).map { count, hidden in
            hidden ? .symbol(.confidential) : .number(FixedDecimal(count))
        }
    }
}
