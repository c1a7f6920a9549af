/// Something a scorecard row's reader should know: a validation finding, a blank or TBC cell,
/// a computed actual that disagrees with the typed-in one, an actual that could not be judged.
///
/// ```swift
/// for issue in row.issues where issue.severity >= .warning { print(issue) }
/// ```
@frozen
public struct ScorecardIssue: Sendable, Hashable, CustomStringConvertible {
    /// What kind of issue it is.
    public var kind: FrameworkIssueKind
    /// The date of the point concerned, if it is about one point.
    public var date: FrameworkDate?
    /// The issue in words.
    public var message: String

    /// Creates an issue.
    public init(kind: FrameworkIssueKind, date: FrameworkDate? = nil, message: String) {
        self.kind = kind
        self.date = date
        self.message = message
    }

    /// The kind's severity.
    @inlinable
    public var severity: DataProblem.Severity { kind.severity }

    /// `severity kind: message`.
    public var description: String { "\(severity.rawValue) \(kind.rawValue): \(message)" }
}
