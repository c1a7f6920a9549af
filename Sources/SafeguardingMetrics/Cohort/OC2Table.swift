/// SSDA903 OC2 rows (outcomes for children looked after 12 months or more, including SDQ), sorted by child: one row per child in each return. A child
/// listed again in the same return is reported and the last row kept; rows of different returns
/// (collection years) are never merged (INDICATORS.md §3).
///
/// Add rows with ``CohortBuilder/addOC2(_:inReturn:file:line:)``.
public struct OC2Table: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The collection year of the return.
    package internal(set) var collectionYear: [UInt16] = []
    /// `DOB` on the row (a day number), or ``DayNumber/unknown``.
    package internal(set) var birth: [Int32] = []
    /// `SDQ_SCORE` 0-40, -1 when blank, -2 when present but not a valid score.
    package internal(set) var sdqScore: [Int8] = []
    /// `SDQ_REASON`: an ``SDQReasonCodes`` raw value.
    package internal(set) var sdqReason: [UInt8] = []
    /// The yes/no outcomes that are yes: an ``OC2Outcomes`` raw value.
    package internal(set) var outcomes: [UInt8] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension OC2Table {
    /// One OC2 row.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `DOB` on the row, or ``Day/unknown`` when blank.
        public var birth: Day
        /// `SDQ_SCORE`: 0-40, -1 when blank, -2 when present but not a valid score.
        public var sdqScore: Int8
        /// `SDQ_REASON`: why there is no score.
        public var sdqReason: Code<SDQReasonCodes>
        /// The yes/no outcomes (`CONVICTED`, `HEALTH_CHECK`, …) that are yes.
        public var outcomes: OC2Outcomes

        /// An OC2 row.
        @inlinable
        public init(child: ChildRow, birth: Day, sdqScore: Int8, sdqReason: Code<SDQReasonCodes> = .blank,
                    outcomes: OC2Outcomes = []) {
            self.child = child
            self.birth = birth
            self.sdqScore = sdqScore
            self.sdqReason = sdqReason
            self.outcomes = outcomes
        }
    }
}

extension OC2Table: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        self.collectionYear.append(collectionYear)
        birth.append(row.birth.dayNumber)
        sdqScore.append(row.sdqScore)
        sdqReason.append(row.sdqReason.rawValue)
        outcomes.append(row.outcomes.rawValue)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.collectionYear, "collectionYear")
        visitor.visit(\.birth, "birth")
        visitor.visit(\.sdqScore, "sdqScore")
        visitor.visit(\.sdqReason, "sdqReason")
        visitor.visit(\.outcomes, "outcomes")
    }

    /// One row per child within each return, in child order.
    package static var order: RowOrder<Self> { .childInReturn(\.child, record: "OC2") }
}
