/// How the neighbours' values are combined into one comparator. Always named on a result,
/// because the DfE's own tools differ.
///
/// - ``mean``: the simple mean of the neighbours' *published (rounded)* values, ignoring missing
///   and suppressed ones. This is what LAIT (the Local Authority Interactive Tool) shows as the
///   "statistical neighbours" figure. The default.
/// - ``median``: the median of the same published values (the mean of the two middle values when
///   their number is even), as the DfE's CSC outcomes and enablers dashboard shows it. One
///   extreme neighbour moves the mean but not the median.
/// - ``pooled``: Σ numerators / Σ denominators over the neighbours whose counts are known, scaled
///   to the indicator's unit: the value the ten neighbours would have as one authority. Large
///   neighbours weigh more.
///
/// ```swift
/// ComparatorStatistic(rawValue: "median")   // .median
/// ComparatorStatistic.mean.rawValue         // "mean"
/// ```
@frozen
public enum ComparatorStatistic: String, Sendable, Hashable, CaseIterable, Codable {
    /// The mean of the neighbours' published values (LAIT).
    case mean
    /// The median of the neighbours' published values (the CSC outcomes dashboard).
    case median
    /// Σ numerators / Σ denominators of the neighbours.
    case pooled
}
