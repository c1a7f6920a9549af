/// How a record counted in a figure: the `counted_in` column of an explanation.
@frozen
public enum CountedIn: String, Sendable, Hashable, CaseIterable {
    /// In the numerator (and in the denominator, when the denominator is a count).
    case numerator
    /// In the denominator and not in the numerator.
    case denominatorOnly = "denominator_only"
    /// Reached by the counting and left out of the figure; its coverage says why it is listed
    /// (an end before its start, an unknown date of birth, a care leaver who died or returned home).
    case excluded
}
