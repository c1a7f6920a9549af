/// The partial result of an indicator computation: plain integer counters per area, breakdown
/// cell and counter, which merge by addition.
///
/// An aggregate is what one shard of a cohort (a range of children, on one core, in one process
/// or on one machine) contributes. Merging is element-wise addition of integers, so it is
/// associative and commutative: shards merged in any grouping and order give exactly the
/// aggregate of a single pass, whatever the number of threads. Turn the merged aggregate into
/// figures with ``IndicatorComputation/results(from:)``.
///
/// ```swift
/// let computation = try IndicatorComputation(request)
/// let shards = computation.shards(count: 4)
/// var total = computation.aggregate(shards[0])
/// for shard in shards.dropFirst() { total.merge(computation.aggregate(shard)) }
/// total == computation.aggregate(threads: 2)   // true
/// ```
@frozen
public struct IndicatorAggregate: Sendable, Hashable {
    /// The period the counters were taken over.
    public let period: ReportingPeriod
    /// The breakdown the cells follow.
    public let breakdown: Breakdown
    /// The number of areas (authorities of the cohort).
    public let areaCount: Int
    /// The number of local measures counted after the standard counters.
    public let localMeasureCount: Int
    /// The counters, area-major, then cell, then counter.
    @usableFromInline var counts: [Int64]

    /// An aggregate with every counter 0 (the identity of ``merge(_:)``).
    ///
    /// - Complexity: O(areas × cells × counters).
    public init(period: ReportingPeriod, breakdown: Breakdown, areaCount: Int, localMeasureCount: Int) {
        precondition(areaCount >= 0 && localMeasureCount >= 0, "counts are 0 or more")
        self.period = period
        self.breakdown = breakdown
        self.areaCount = areaCount
        self.localMeasureCount = localMeasureCount
        counts = [Int64](repeating: 0, count: areaCount * breakdown.cellCount * (Counter.count + 2 * localMeasureCount))
    }

    /// Counter slots per cell.
    @inlinable
    var slotsPerCell: Int { Counter.count + 2 * localMeasureCount }

    /// Whether two aggregates count the same things and so can be merged.
    public func isCompatible(with other: IndicatorAggregate) -> Bool {
        period == other.period && breakdown == other.breakdown && areaCount == other.areaCount
            && localMeasureCount == other.localMeasureCount
    }

    /// Adds another shard's counters to these.
    ///
    /// - Precondition: the aggregates are compatible (same period, breakdown, areas and local measures).
    /// - Complexity: O(areas × cells × counters).
    public mutating func merge(_ other: IndicatorAggregate) {
        precondition(isCompatible(with: other), "aggregates of different computations cannot be merged")
        counts.withUnsafeMutableBufferPointer { mine in
            other.counts.withUnsafeBufferPointer { theirs in
                for index in mine.indices { mine[index] &+= theirs[index] }
            }
        }
    }

    /// The sum of this aggregate and another.
    ///
    /// - Precondition: the aggregates are compatible.
    /// - Complexity: O(areas × cells × counters).
    public func merged(with other: IndicatorAggregate) -> IndicatorAggregate {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// The counter `slot` of `area` summed over every cell.
    func total(_ slot: Int, area: Int) -> Int64 {
        var sum: Int64 = 0
        let cells = breakdown.cellCount
        for cell in 0..<cells { sum += counts[(area * cells + cell) * slotsPerCell + slot] }
        return sum
    }

    /// The counter `slot` of `area` in one cell.
    func value(_ slot: Int, area: Int, cell: Int) -> Int64 {
        counts[(area * breakdown.cellCount + cell) * slotsPerCell + slot]
    }
}
