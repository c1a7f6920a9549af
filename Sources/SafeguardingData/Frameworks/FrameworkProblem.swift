import SafeguardingMetrics

/// A problem in a framework file: a reading problem or a validation finding, with the line and
/// column it stands at.
///
/// Reading problems (an unknown unit or polarity, a row with no id, an unrecognised column) come
/// from the reader; validation findings (a value on the wrong scale, a row with no values) from
/// `OutcomesFramework.validate(against:)`, located through the reader's ``FrameworkSourceMap``.
/// The location is `nil` for frameworks read from JSON, which has no rows and columns to point at;
/// the message names the indicator and point instead.
///
/// ```swift
/// let loaded = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework)
/// for problem in loaded.problems { print(problem) }
/// // …/blackpool_outcomes_framework_2024_01.csv:2:7 (target 2023-10): error scale_mismatch: OF1-01 target 2023-10: …
/// ```
@frozen
public struct FrameworkProblem: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public var kind: FrameworkIssueKind
    /// The identifier of the row concerned, when known.
    public var indicator: FrameworkRowID?
    /// Where it is in the file, when the format has lines and columns.
    public var location: SourceLocation?
    /// The problem in words.
    public var message: String

    /// Creates a problem.
    public init(kind: FrameworkIssueKind, indicator: FrameworkRowID?, location: SourceLocation?, message: String) {
        self.kind = kind
        self.indicator = indicator
        self.location = location
        self.message = message
    }

    /// The kind's severity.
    public var severity: DataProblem.Severity { kind.severity }

    /// `file:line:column (COLUMN): severity kind: ID message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let who = indicator.map { "\($0) " } ?? ""
        return "\(place)\(severity.rawValue) \(kind.rawValue): \(who)\(message)"
    }
}
