/// SSDA903 missing and away episodes, one row per (authority, `CHILD`, `MIS_START`), sorted by
/// child and start.
///
/// Add rows with ``CohortBuilder/addMissing(_:inReturn:file:line:)``.
public struct MissingEpisodeTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// `MIS_START` (a day number).
    package internal(set) var start: [Int32] = []
    /// `MIS_END`, or ``DayNumber/open``.
    package internal(set) var end: [Int32] = []
    /// `MISSING`: a ``MissingTypeCodes`` raw value (missing `M` or away `A`).
    package internal(set) var kind: [UInt8] = []
    /// The collection year of the return the row came from.
    package internal(set) var collectionYear: [UInt16] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension MissingEpisodeTable {
    /// One missing or away episode, as an SSDA903 `missing` row gives it.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `MIS_START`.
        public var start: Day
        /// `MIS_END`, or ``Day/open`` when blank.
        public var end: Day
        /// `MISSING`: missing (`M`) or away (`A`).
        public var kind: Code<MissingTypeCodes>

        /// A missing or away episode.
        @inlinable
        public init(child: ChildRow, start: Day, end: Day = .open, kind: Code<MissingTypeCodes>) {
            self.child = child
            self.start = start
            self.end = end
            self.kind = kind
        }
    }
}

extension MissingEpisodeTable: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        start.append(row.start.dayNumber)
        end.append(row.end.dayNumber)
        kind.append(row.kind.rawValue)
        self.collectionYear.append(collectionYear)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.start, "start")
        visitor.visit(\.end, "end")
        visitor.visit(\.kind, "kind")
        visitor.visit(\.collectionYear, "collectionYear")
    }

    /// One row per (child, `MIS_START`), sorted by child and start.
    package static var order: RowOrder<Self> { .key(\.child, \.start, record: "missing episode") }
}
