extension SuppressionPolicy {
    /// Whether a figure in `unit` with these counts is published as `c`: the one primary rule
    /// every figure follows, computed or published, in results, comparisons and scorecards.
    ///
    /// A figure is suppressed when its numerator is in ``suppressedRange``, or, for a rate or
    /// percentage, its denominator is; a count's denominator (1) is not a count. Averages are never
    /// suppressed. A count not known (`nil`) does not suppress.
    ///
    /// ```swift
    /// SuppressionPolicy.dfe.suppresses(numerator: 3, denominator: 120, unit: .percentage)   // true
    /// SuppressionPolicy.dfe.suppresses(numerator: 30, denominator: 4, unit: .percentage)    // true
    /// SuppressionPolicy.dfe.suppresses(numerator: 40, denominator: 4, unit: .averageScore)  // false
    /// ```
    public func suppresses(numerator: Int64?, denominator: Int64?, unit: MeasureUnit) -> Bool {
        guard unit != .averageScore else { return false }
        if let numerator, suppresses(count: numerator) { return true }
        if unit != .count, let denominator, suppresses(count: denominator) { return true }
        return false
    }
}
