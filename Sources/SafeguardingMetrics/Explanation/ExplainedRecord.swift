/// One record the counting of a figure looked at and decided on: whose it is, which record, how
/// it counted and why.
///
/// Made by the same counting pass as the figure (see ``IndicatorComputation/explain(_:authority:cell:)``).
@frozen
public struct ExplainedRecord: Sendable, Hashable {
    /// The child's identifier as written in the returns (`CHILD`, `LAchildID`): personal data.
    public var child: String
    /// The table the record comes from, which says what ``key`` is.
    public var table: RecordTable
    /// The record's key date (referral date, episode start, plan start, date of birth…), `nil`
    /// when unknown.
    public var key: Day?
    /// How the record counted.
    public var countedIn: CountedIn
    /// The coverage counts the record is in (empty for most records).
    public var coverage: [CoverageKind]
    /// What the record adds to the numerator: 1, or for an average its score (0 when not in it).
    public var numeratorAmount: Int64
    /// The breakdown cell the record counted in, when the explanation has a breakdown.
    public var cell: String?
    /// The facts that decided how it counted.
    public var facts: [RecordFact]

    /// Creates a record of an explanation.
    public init(child: String, table: RecordTable, key: Day?, countedIn: CountedIn, coverage: [CoverageKind],
                numeratorAmount: Int64, cell: String?, facts: [RecordFact]) {
        self.child = child
        self.table = table
        self.key = key
        self.countedIn = countedIn
        self.coverage = coverage
        self.numeratorAmount = numeratorAmount
        self.cell = cell
        self.facts = facts
    }

    /// The value of fact `name`, if the record has it.
    public func fact(_ name: RecordFact.Name) -> RecordFact.Value? {
        facts.first { $0.name == name }?.value
    }
}
