/// A red, amber, green (or grey) rating for an improvement board.
///
/// Which rating a point gets is decided by a ``RAGPolicy``. The raw values are the snake-case
/// names used in JSON.
///
/// ```swift
/// RAGPolicy.standard.rating(for: input) // .green, .amber, .red or .grey
/// ```
@frozen
public enum RAGRating: String, Sendable, Hashable, CaseIterable, Codable {
    /// On track.
    case green
    /// Behind, but within what the policy allows.
    case amber
    /// Behind and going the wrong way (or beyond the tolerance).
    case red
    /// Not rated: no target, no actual, or no polarity.
    case grey
}
