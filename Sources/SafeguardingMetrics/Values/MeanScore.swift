/// An average of integer scores (SDQ), kept as the exact sum and count.
///
/// Like ``Rate``, the mean is rounded half up only when shown; a count of 0 is undefined.
/// Two means merge by adding sums and counts, so partial means computed apart combine exactly.
///
/// ```swift
/// var sdq = MeanScore()
/// for score in [12, 17, 14] { sdq.add(score) }
/// print(sdq.formatted(decimals: 1)) // 14.3
/// ```
@frozen
public struct MeanScore: Sendable, Hashable {
    /// The sum of the scores.
    public var sum: Int64
    /// How many scores were added.
    public var count: Int64

    /// Creates a mean from a sum and a count (empty by default).
    ///
    /// - Precondition: `count` ≥ 0.
    @inlinable
    public init(sum: Int64 = 0, count: Int64 = 0) {
        precondition(count >= 0, "count must be ≥ 0")
        self.sum = sum
        self.count = count
    }

    /// Adds one score.
    @inlinable
    public mutating func add(_ score: Int) {
        sum += Int64(score)
        count += 1
    }

    /// The mean of both groups of scores together.
    @inlinable
    public func merged(with other: MeanScore) -> MeanScore {
        MeanScore(sum: sum + other.sum, count: count + other.count)
    }

    /// Whether there are no scores, so the mean is undefined.
    @inlinable
    public var isUndefined: Bool { count == 0 }

    /// The exact mean as a `Double`, or `nil` when undefined.
    @inlinable
    public var value: Double? { isUndefined ? nil : Double(sum) / Double(count) }

    /// The mean rounded half up to `decimals` places, exactly; `nil` when undefined.
    @inlinable
    public func rounded(toDecimals decimals: Int) -> FixedDecimal? {
        Rounding.halfUp(numerator: sum, denominator: count, decimals: decimals)
    }

    /// The mean at `decimals` places, or `z` when undefined.
    public func formatted(decimals: Int) -> String {
        rounded(toDecimals: decimals)?.description ?? PublicationSymbol.notApplicable.rawValue
    }
}
