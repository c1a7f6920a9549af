/// Which confidence levels a significance comparison uses.
///
/// ```swift
/// SignificanceScheme.twoLevels.rawValue   // "two_levels"
/// ```
@frozen
public enum SignificanceScheme: String, Sendable, Hashable, CaseIterable, Codable {
    /// One level, 95%: `similar`, `better` or `worse` (`higher` or `lower` without polarity).
    case oneLevel = "one_level"
    /// Two levels, 95% and 99.8%: as one level, and `best` or `worst` when the comparator also
    /// lies outside the 99.8% interval.
    case twoLevels = "two_levels"
}
