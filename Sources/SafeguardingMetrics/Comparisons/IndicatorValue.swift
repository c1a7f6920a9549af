/// One area's figure for one indicator and year: the value as published, and the counts behind it
/// when they are known.
///
/// Comparisons by ``ComparatorStatistic/mean`` and ``ComparatorStatistic/median``, ranks and
/// quartile bands use the *published* value, rounded as the DfE published it (LAIT does the
/// same); a symbol (`c`, `x`, `z`, ...) means the area has no value there. The
/// ``ComparatorStatistic/pooled`` statistic and confidence intervals need the ``numerator`` and
/// ``denominator`` (for a rate, the count and the population).
///
/// ```swift
/// // A published figure with its counts (Blackpool, children looked after, 2025).
/// let published = IndicatorValue(published: .number(FixedDecimal(184)), numerator: 531, denominator: 28_923)
/// // A figure the library computed: rounded as the DfE would publish it, counts kept.
/// let computed = IndicatorValue(RatePer10k(531, of: 28_923), decimals: 0)
/// print(published == computed)   // true
/// ```
@frozen
public struct IndicatorValue: Sendable, Hashable {
    /// The value as published: a number at the published precision, or a GSS symbol.
    public var published: PublishedValue
    /// The count behind the value (children, referrals, plans), when known.
    public var numerator: Int64?
    /// The group or population the count is out of, when known.
    public var denominator: Int64?

    /// Creates a value from a published cell and, when the file has them, its counts.
    public init(published: PublishedValue, numerator: Int64? = nil, denominator: Int64? = nil) {
        self.published = published
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A computed rate or percentage as it would be published at `decimals` places: rounded half
    /// up, `z` when undefined, and `c` when `suppression` hides it. The counts are kept either way,
    /// as the DfE keeps them for its own pooled figures.
    public init<Scale>(_ rate: Rate<Scale>, decimals: Int, suppression: SuppressionPolicy? = nil) {
        let published: PublishedValue
        if let suppression {
            published = suppression.publish(rate, decimals: decimals)
        } else {
            published = rate.rounded(toDecimals: decimals).map(PublishedValue.number) ?? .symbol(.notApplicable)
        }
        self.init(published: published, numerator: rate.numerator, denominator: rate.denominator)
    }

    /// A computed average score as it would be published at `decimals` places (`z` when there
    /// are no scores), keeping the sum and count so averages pool exactly.
    public init(_ mean: MeanScore, decimals: Int) {
        let published = mean.rounded(toDecimals: decimals).map(PublishedValue.number) ?? .symbol(.notApplicable)
        self.init(published: published, numerator: mean.sum, denominator: mean.count)
    }

    /// The published number, or `nil` when a symbol was published instead.
    @inlinable
    public var number: FixedDecimal? { published.number }

    /// The counts, when both are known and the denominator is positive.
    @inlinable
    public var counts: (numerator: Int64, denominator: Int64)? {
        guard let numerator, let denominator, denominator > 0, numerator >= 0 else { return nil }
        return (numerator, denominator)
    }
}
