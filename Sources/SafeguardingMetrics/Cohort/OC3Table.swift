/// SSDA903 OC3 rows (care leavers), sorted by child: one row per child in each return. A child
/// listed again in the same return is reported and the last row kept; rows of different returns
/// (collection years) are never merged (INDICATORS.md §3).
///
/// Add rows with ``CohortBuilder/addOC3(_:inReturn:file:line:)``.
public struct OC3Table: Sendable {
    /// The young person: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The collection year of the return.
    package internal(set) var collectionYear: [UInt16] = []
    /// `DOB` on the row (a day number), or ``DayNumber/unknown``.
    package internal(set) var birth: [Int32] = []
    /// `IN_TOUCH`: an ``InTouchCodes`` raw value.
    package internal(set) var inTouch: [UInt8] = []
    /// `ACTIV`: an ``ActivityCodes`` raw value.
    package internal(set) var activity: [UInt8] = []
    /// `ACCOM`: an ``AccommodationCodes`` raw value.
    package internal(set) var accommodation: [UInt8] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension OC3Table {
    /// One OC3 row.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The young person (`CHILD`).
        public var child: ChildRow
        /// `DOB` on the row, or ``Day/unknown`` when blank.
        public var birth: Day
        /// `IN_TOUCH`: whether the authority is in touch.
        public var inTouch: Code<InTouchCodes>
        /// `ACTIV`: the main activity.
        public var activity: Code<ActivityCodes>
        /// `ACCOM`: the accommodation.
        public var accommodation: Code<AccommodationCodes>

        /// An OC3 row.
        @inlinable
        public init(child: ChildRow, birth: Day, inTouch: Code<InTouchCodes>, activity: Code<ActivityCodes>,
                    accommodation: Code<AccommodationCodes>) {
            self.child = child
            self.birth = birth
            self.inTouch = inTouch
            self.activity = activity
            self.accommodation = accommodation
        }
    }
}

extension OC3Table: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        self.collectionYear.append(collectionYear)
        birth.append(row.birth.dayNumber)
        inTouch.append(row.inTouch.rawValue)
        activity.append(row.activity.rawValue)
        accommodation.append(row.accommodation.rawValue)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.collectionYear, "collectionYear")
        visitor.visit(\.birth, "birth")
        visitor.visit(\.inTouch, "inTouch")
        visitor.visit(\.activity, "activity")
        visitor.visit(\.accommodation, "accommodation")
    }

    /// One row per child within each return, in child order.
    package static var order: RowOrder<Self> { .childInReturn(\.child, record: "OC3") }
}
