/// A part of a cohort that one aggregation covers: a range of children (with every row of those
/// children, in every table) and a range of audit rows (audits belong to an authority, not a child).
///
/// Shards that together cover every child and every audit exactly once give, merged, exactly the
/// aggregate of the whole cohort. ``IndicatorComputation/shards(count:)`` makes such a set.
///
/// ```swift
/// let shard = AggregationShard(children: 0..<5_000, audits: 0..<0)
/// let partial = computation.aggregate(shard)
/// ```
@frozen
public struct AggregationShard: Sendable, Hashable {
    /// The children (rows of ``Cohort/children``).
    public var children: Range<Int32>
    /// The audit rows (rows of ``AuditTable``).
    public var audits: Range<Int>

    /// Creates a shard.
    public init(children: Range<Int32>, audits: Range<Int>) {
        self.children = children
        self.audits = audits
    }
}
