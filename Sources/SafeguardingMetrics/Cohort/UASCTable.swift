/// SSDA903 `uasc` rows (unaccompanied asylum-seeking children), sorted by child: one row per child
/// in each return. A child listed again in the same return is reported and the last row kept; rows
/// of different returns (collection years) are never merged, as for OC2 and OC3.
///
/// The table lists the children who were unaccompanied asylum-seeking children, with `DUC`, the
/// date that status ceased (blank while it lasts). A child not in the table is not one. Add rows
/// with ``CohortBuilder/addUASC(_:inReturn:file:line:)``.
public struct UASCTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The collection year of the return.
    package internal(set) var collectionYear: [UInt16] = []
    /// `DUC`, the day the status ceased, or ``DayNumber/unknown`` when blank or unreadable.
    package internal(set) var ceased: [Int32] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension UASCTable {
    /// One `uasc` row.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `DUC`: the day the child ceased to be an unaccompanied asylum-seeking child, or
        /// ``Day/unknown`` when blank (still one).
        public var ceased: Day

        /// A `uasc` row.
        @inlinable
        public init(child: ChildRow, ceased: Day) {
            self.child = child
            self.ceased = ceased
        }
    }

    /// Whether row `row` says its child was an unaccompanied asylum-seeking child on `day`: the
    /// status had not ceased (`DUC` blank, or after `day`).
    @inline(__always)
    func isUnaccompanied(row: Int, on day: Int32) -> Bool {
        ceased[row] == DayNumber.unknown || ceased[row] > day
    }
}

extension UASCTable: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        self.collectionYear.append(collectionYear)
        ceased.append(row.ceased.dayNumber)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.collectionYear, "collectionYear")
        visitor.visit(\.ceased, "ceased")
    }

    /// One row per child within each return, in child order.
    package static var order: RowOrder<Self> { .childInReturn(\.child, record: "UASC") }
}
