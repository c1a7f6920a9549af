/// What a dated framework value is: the baseline, a target (milestone), or an actual.
///
/// The raw values are the words used in framework CSV headers (`baseline 2023-04`,
/// `target 2023-10`, `actual 2023-10`) and in JSON.
@frozen
public enum FrameworkPointKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The starting position the plan is measured from.
    case baseline
    /// A milestone: the value the plan aims for by its date.
    case target
    /// The value achieved at its date.
    case actual
}
