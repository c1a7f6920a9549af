import SafeguardingMetrics

/// One thing a command has to tell its user about the data: a problem in a file, a finding of
/// validation, a row that is not linked, an actual that could not be computed.
///
/// ```swift
/// let diagnostic = Diagnostic(.warning, kind: "no_values", location: "framework.csv:11", subject: "OF2-01",
///                             message: "no baseline, target or actual has a value")
/// print(diagnostic)   // framework.csv:11: warning no_values: OF2-01 no baseline, target or actual has a value
/// ```
@frozen
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public var severity: DataProblem.Severity
    /// Its kind, a stable snake-case code (`scale_mismatch`, `not_linked`); diagnostics are grouped by it.
    public var kind: String
    /// Where it is (`file:line:column (column name)`), when it is in a file.
    public var location: String?
    /// What it is about (a framework row's id), when it is about one thing.
    public var subject: String?
    /// What it is, in words a person can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: DataProblem.Severity, kind: String, location: String? = nil, subject: String? = nil,
                message: String) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.subject = subject
        self.message = message
    }

    /// A framework problem as a diagnostic, its file named `displayName` when given.
    public init(_ problem: FrameworkProblem, displayName: String? = nil) {
        var place = problem.location.map { "\($0)" }
        if let displayName, let location = problem.location, let text = place, text.hasPrefix(location.file) {
            place = displayName + text.dropFirst(location.file.count)
        }
        self.init(problem.severity, kind: problem.kind.rawValue, location: place,
                  subject: problem.indicator?.rawValue, message: problem.message)
    }

    /// `location: severity kind: subject message`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue) \(kind): " + (subject.map { "\($0) " } ?? "") + message
    }
}
