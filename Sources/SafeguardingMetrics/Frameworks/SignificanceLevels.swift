/// Which confidence intervals the significance rule uses (INDICATORS.md §6).
///
/// The raw values are the snake-case names used in JSON.
///
/// ```swift
/// RAGPolicy.significance(.ninetyFiveAndNinetyNinePointEight) // best and worst beyond 99.8%
/// ```
@frozen
public enum SignificanceLevels: String, Sendable, Hashable, CaseIterable, Codable {
    /// The 95% interval only: better, similar or worse.
    case ninetyFive = "95"
    /// The 95% and 99.8% intervals: best and worst beyond 99.8%, better and worse beyond 95%.
    case ninetyFiveAndNinetyNinePointEight = "95_and_99_8"
}
