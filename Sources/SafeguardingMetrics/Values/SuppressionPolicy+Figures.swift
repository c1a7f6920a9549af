extension SuppressionPolicy {
    /// Whether a figure in `unit` with these counts is published as `c`: the one primary rule
    /// every figure follows, computed or published, in results, comparisons and scorecards.
    ///
    /// A figure is suppressed when its numerator is in ``suppressedRange``, or, for a rate or
    /// percentage, its denominator is; a count's denominator (1) is not a count. An average is
    /// suppressed when it is taken over a count of records in ``suppressedRange`` (its denominator;
    /// its numerator is a sum of scores, not a count). A count not known (`nil`) does not suppress.
    ///
    /// ```swift
    /// SuppressionPolicy.dfe.suppresses(numerator: 3, denominator: 120, unit: .percentage)   // true
    /// SuppressionPolicy.dfe.suppresses(numerator: 30, denominator: 4, unit: .percentage)    // true
    /// SuppressionPolicy.dfe.suppresses(numerator: 40, denominator: 4, unit: .averageScore)  // true
    /// SuppressionPolicy.dfe.suppresses(numerator: 3, denominator: 40, unit: .averageScore)  // false
    /// ```
    public func suppresses(numerator: Int64?, denominator: Int64?, unit: MeasureUnit) -> Bool {
        if unit.isAverage { return denominator.map(suppresses(count:)) ?? false }
        if let numerator, suppresses(count: numerator) { return true }
        if unit != .count, let denominator, suppresses(count: denominator) { return true }
        return false
    }
}
