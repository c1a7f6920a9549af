/// The neighbours' comparator for one authority: the statistic used, its exact value, and how
/// many neighbours contributed.
///
/// For ``ComparatorStatistic/mean`` and ``ComparatorStatistic/median`` a neighbour contributes
/// when it has a published number (a symbol such as `c`, or no row at all, leaves it out); for
/// ``ComparatorStatistic/pooled`` when both its counts are known and the denominator is positive.
/// With no contributing neighbour the ``value`` is `nil`.
///
/// ```swift
/// let values: [IndicatorValue?] = [
///     IndicatorValue(published: .number(FixedDecimal(12))),
///     IndicatorValue(published: .symbol(.confidential)),
///     nil,
///     IndicatorValue(published: .number(FixedDecimal(15))),
/// ]
/// let mean = NeighbourComparator(.mean, of: values, unit: .percentage)
/// print(mean.value!, mean.neighboursWithValue, mean.neighbourCount)   // 13.5 2 4
/// ```
@frozen
public struct NeighbourComparator: Sendable, Hashable {
    /// The statistic.
    public var statistic: ComparatorStatistic
    /// The exact value, or `nil` when no neighbour contributed.
    public var value: Rational?
    /// How many neighbours contributed a value.
    public var neighboursWithValue: Int
    /// How many neighbours the authority has.
    public var neighbourCount: Int

    /// Creates a comparator from its parts.
    public init(statistic: ComparatorStatistic, value: Rational?, neighboursWithValue: Int, neighbourCount: Int) {
        self.statistic = statistic
        self.value = value
        self.neighboursWithValue = neighboursWithValue
        self.neighbourCount = neighbourCount
    }

    /// Computes `statistic` over the neighbours' values (`nil` for a neighbour with no row).
    /// `unit` scales the pooled ratio (``MeasureUnit/poolingMultiplier``); for a unit that does not
    /// pool, the pooled value is `nil`.
    ///
    /// - Complexity: O(k log k) for k neighbours (the median sorts them).
    public init(_ statistic: ComparatorStatistic, of values: [IndicatorValue?], unit: MeasureUnit) {
        self.statistic = statistic
        self.neighbourCount = values.count
        switch statistic {
        case .mean, .median:
            var numbers: [Rational] = []
            numbers.reserveCapacity(values.count)
            for case let number? in values.lazy.map({ $0?.number }) { numbers.append(Rational(number)) }
            neighboursWithValue = numbers.count
            if numbers.isEmpty {
                value = nil
            } else if statistic == .mean {
                value = numbers.reduce(Rational.zero, +) / Rational(numbers.count)
            } else {
                numbers.sort()
                let middle = numbers.count / 2
                value = numbers.count % 2 == 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / Rational(2)
            }
        case .pooled:
            var numerator: Int128 = 0
            var denominator: Int128 = 0
            var contributing = 0
            for case let counts? in values.lazy.map({ $0?.counts }) {
                numerator += Int128(counts.numerator)
                denominator += Int128(counts.denominator)
                contributing += 1
            }
            neighboursWithValue = contributing
            if let multiplier = unit.poolingMultiplier, denominator > 0 {
                value = Rational(numerator * Int128(multiplier), denominator)
            } else {
                value = nil
            }
        }
    }

    /// The value rounded half up to `decimals` places (the indicator's published precision), or
    /// `nil` when there is no value.
    public func rounded(toDecimals decimals: Int) -> FixedDecimal? {
        value?.rounded(toDecimals: decimals)
    }
}
