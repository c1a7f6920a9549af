/// Whether a result has a value to show, and whether the returns hold its period.
///
/// The raw values are the JSON contract's. `not_covered` and `partial` are about the period and
/// the returns loaded (for the authority, and the indicator's return: SSDA903 or CIN census),
/// not about records that could not be classified (``IndicatorResult/coverage``).
@frozen
public enum ResultState: String, Sendable, Hashable, CaseIterable {
    /// A value.
    case ok
    /// A zero denominator: no value (published as `z`).
    case undefined
    /// Hidden for publication (published as `c`).
    case suppressed
    /// A value, from returns that hold only part of the period (``IndicatorResult/coveredDays``
    /// says how many of its days): a flow counts only the days held.
    case partial
    /// No value: the returns loaded hold none of the period for this authority and return
    /// (published as `x`, shown as "no data").
    case notCovered = "not_covered"

    /// Whether the state carries a value (``ok`` and ``partial``).
    public var hasValue: Bool { self == .ok || self == .partial }
}
