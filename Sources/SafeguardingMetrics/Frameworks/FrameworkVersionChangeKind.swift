/// How an indicator changed between two versions of a framework.
///
/// The raw values are the snake-case names used in JSON.
@frozen
public enum FrameworkVersionChangeKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The indicator is new in the later version.
    case added
    /// The indicator is in the earlier version only.
    case dropped
    /// Same identifier, different title.
    case renamed
    /// Same identifier, different unit or polarity: figures before and after do not compare
    /// the same way.
    case redefined
}
