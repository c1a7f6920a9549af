/// SSDA903 `placed_for_adoption` rows: decisions that a child should be placed for adoption, one row
/// per (authority, `CHILD`, `DATE_PLACED`), sorted by child and date. A decision open over 31 March
/// appears in both years' returns (with a blank `DATE_PLACED_CEASED` in the earlier one): the row
/// from the latest return wins, as for episodes (INDICATORS.md §1).
///
/// Add rows with ``CohortBuilder/addPlacedForAdoption(_:inReturn:file:line:)``.
public struct PlacedForAdoptionTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// `DATE_PLACED`: the date of the decision that the child should be placed for adoption.
    package internal(set) var decided: [Int32] = []
    /// `DATE_PLACED_CEASED`, or ``DayNumber/open`` while the decision stands.
    package internal(set) var ceased: [Int32] = []
    /// `REASON_PLACED_CEASED`: a ``PlacedForAdoptionCeasedCodes`` raw value.
    package internal(set) var reasonCeased: [UInt8] = []
    /// The collection year of the return the row came from.
    package internal(set) var collectionYear: [UInt16] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension PlacedForAdoptionTable {
    /// One `placed_for_adoption` row.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `DATE_PLACED`: the decision that the child should be placed for adoption.
        public var decided: Day
        /// `DATE_PLACED_CEASED`, or ``Day/open`` when blank.
        public var ceased: Day
        /// `REASON_PLACED_CEASED`.
        public var reasonCeased: Code<PlacedForAdoptionCeasedCodes>

        /// A `placed_for_adoption` row.
        @inlinable
        public init(child: ChildRow, decided: Day, ceased: Day = .open, reasonCeased: Code<PlacedForAdoptionCeasedCodes> = .blank) {
            self.child = child
            self.decided = decided
            self.ceased = ceased
            self.reasonCeased = reasonCeased
        }
    }
}

extension PlacedForAdoptionTable: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        decided.append(row.decided.dayNumber)
        ceased.append(row.ceased.dayNumber)
        reasonCeased.append(row.reasonCeased.rawValue)
        self.collectionYear.append(collectionYear)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.decided, "decided")
        visitor.visit(\.ceased, "ceased")
        visitor.visit(\.reasonCeased, "reasonCeased")
        visitor.visit(\.collectionYear, "collectionYear")
    }

    /// One row per (child, `DATE_PLACED`), sorted by child and date.
    package static var order: RowOrder<Self> { .key(\.child, \.decided, record: "decision to place for adoption") }
}
