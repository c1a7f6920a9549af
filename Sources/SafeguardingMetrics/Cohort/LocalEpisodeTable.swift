/// Local episodes of any kind (INDICATORS.md §4): early help plans, pre-proceedings, edge-of-care
/// support, sorted by child. Every row counts; there is no key.
///
/// Add episodes with ``CohortBuilder/addLocalEpisode(_:)``.
public struct LocalEpisodeTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The start (a day number).
    package internal(set) var start: [Int32] = []
    /// The end, or ``DayNumber/open``.
    package internal(set) var end: [Int32] = []
    /// The kind: an index into ``Cohort/LocalTables/kinds``.
    package internal(set) var kind: [UInt16] = []

    /// The number of episodes.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension LocalEpisodeTable {
    /// One local episode.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child.
        public var child: ChildRow
        /// The start.
        public var start: Day
        /// The end, or ``Day/open`` while open.
        public var end: Day
        /// The kind, from ``CohortBuilder/localKind(_:)``.
        public var kind: UInt16

        /// An episode.
        @inlinable
        public init(child: ChildRow, start: Day, end: Day = .open, kind: UInt16) {
            self.child = child
            self.start = start
            self.end = end
            self.kind = kind
        }
    }
}

extension LocalEpisodeTable: CohortTable {
    /// Appends an episode.
    package mutating func append(_ row: Row) {
        child.append(row.child.rawValue)
        start.append(row.start.dayNumber)
        end.append(row.end.dayNumber)
        kind.append(row.kind)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.start, "start")
        visitor.visit(\.end, "end")
        visitor.visit(\.kind, "kind")
    }

    /// Every row, in child order.
    package static var order: RowOrder<Self> { .child(\.child) }
}
