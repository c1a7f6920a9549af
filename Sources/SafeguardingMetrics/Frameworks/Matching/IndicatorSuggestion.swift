/// What ``IndicatorMatcher`` proposes for a framework row that names no computed indicator.
///
/// A suggestion is never a link: it is shown to the person who owns the framework, with the
/// `computed_id` value that would make it one.
///
/// ```swift
/// switch IndicatorMatcher.standard.suggestion(title: "Referral Rate per 10000", unit: .ratePer10k) {
/// case .indicator(let id): print("add computed_id \(id)")      // referrals.rate
/// case .ambiguous(let ids): print("one of", ids)
/// case .none: print("no standard indicator")
/// }
/// ```
@frozen
public enum IndicatorSuggestion: Sendable, Hashable {
    /// One indicator matches the row's title and unit best.
    case indicator(IndicatorID)
    /// More than one indicator matches equally well (a title with no age band, say); none is
    /// proposed over the others.
    case ambiguous([IndicatorID])
    /// No indicator of the row's unit measures what its title names (a local measure, or a title
    /// the vocabulary does not know).
    case none

    /// The single indicator proposed, if there is one.
    public var indicator: IndicatorID? {
        if case .indicator(let id) = self { return id }
        return nil
    }
}
