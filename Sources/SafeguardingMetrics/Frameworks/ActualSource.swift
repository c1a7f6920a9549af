/// Where a scorecard actual came from.
///
/// The raw values are the snake-case names used in JSON.
@frozen
public enum ActualSource: String, Sendable, Hashable, CaseIterable, Codable {
    /// Typed into the framework.
    case typed
    /// Computed from the cohort (a ``ComputedActual``).
    case computed
}
