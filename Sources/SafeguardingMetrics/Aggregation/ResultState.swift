/// Whether a result has a value to show.
@frozen
public enum ResultState: String, Sendable, Hashable, CaseIterable {
    /// A value.
    case ok
    /// A zero denominator: no value (published as `z`).
    case undefined
    /// Hidden for publication (published as `c`).
    case suppressed
}
