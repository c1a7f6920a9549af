/// A problem found in input data: where it is, how serious, and why.
///
/// Nothing is dropped silently: a row that cannot be used is *rejected* with an ``Severity/error``;
/// a row that is used despite a doubtful value is kept with a ``Severity/warning``; a row left out
/// on purpose (a level or year that was not asked for) is noted with ``Severity/info``.
@frozen
public struct DataProblem: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    @frozen
    public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
        /// Worth knowing, not wrong: a row left out because it was not asked for, or a note.
        case info
        /// The row was kept; a value in it is doubtful (an unknown code, an overlap, a duplicate
        /// replaced by a later row).
        case warning
        /// The row was rejected (no child identifier, an unreadable key date).
        case error

        /// Orders by seriousness: info, warning, error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in words a person can act on.
    public var reason: String

    /// Creates a problem.
    public init(_ reason: String, at location: SourceLocation, severity: Severity) {
        self.location = location
        self.severity = severity
        self.reason = reason
    }

    /// `file:line[:column]: severity: reason`.
    public var description: String { "\(location): \(severity.rawValue): \(reason)" }
}
