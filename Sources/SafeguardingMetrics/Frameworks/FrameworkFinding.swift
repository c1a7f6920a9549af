/// A problem found by validating a framework, pointing at the row and field it is in.
///
/// The core knows rows by index and fields by ``FrameworkField``; the file readers of the
/// SafeguardingData module turn those into a line and column of the file.
///
/// ```swift
/// for finding in framework.validate() {
///     print(finding)   // OF1-01: target 2023-10: '400/100000' is written per 100,000 but …
/// }
/// ```
@frozen
public struct FrameworkFinding: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var kind: FrameworkIssueKind
    /// The index of the row in ``OutcomesFramework/indicators``.
    public var row: Int
    /// The row's identifier.
    public var indicator: FrameworkRowID
    /// The part of the row the finding is about.
    public var field: FrameworkField
    /// The date of the point concerned, when the finding is about one point.
    public var date: FrameworkDate?
    /// What is wrong, in words a person can act on.
    public var message: String

    /// Creates a finding.
    public init(kind: FrameworkIssueKind, row: Int, indicator: FrameworkRowID, field: FrameworkField,
                date: FrameworkDate? = nil, message: String) {
        self.kind = kind
        self.row = row
        self.indicator = indicator
        self.field = field
        self.date = date
        self.message = message
    }

    /// The kind's severity.
    @inlinable
    public var severity: DataProblem.Severity { kind.severity }

    /// `ID: message`.
    public var description: String { "\(indicator): \(message)" }
}
