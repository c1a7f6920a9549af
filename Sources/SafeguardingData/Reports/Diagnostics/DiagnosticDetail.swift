/// How much of a ``Diagnostics`` list a person is shown.
///
/// ```swift
/// diagnostics.lines(.verbose).forEach { print($0) }
/// ```
@frozen
public enum DiagnosticDetail: String, Sendable, Hashable, CaseIterable {
    /// The summary line only (a command shows it only when it fails: nothing on success).
    case quiet
    /// The summary, then each kind with its count and its first few diagnostics.
    case normal
    /// The summary, then each kind with its count and every diagnostic.
    case verbose
}
