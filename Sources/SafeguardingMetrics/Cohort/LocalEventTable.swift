/// Local events of any kind (INDICATORS.md §4): early help assessments, family group
/// conferences, entries into pre-proceedings, sorted by child and date. Every row counts; there
/// is no key.
///
/// Add events with ``CohortBuilder/addLocalEvent(_:)``.
public struct LocalEventTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The event's date (a day number).
    package internal(set) var date: [Int32] = []
    /// The kind: an index into ``Cohort/LocalTables/kinds``.
    package internal(set) var kind: [UInt16] = []

    /// The number of events.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension LocalEventTable {
    /// One local event.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child.
        public var child: ChildRow
        /// The event's date.
        public var date: Day
        /// The kind, from ``CohortBuilder/localKind(_:)``.
        public var kind: UInt16

        /// An event.
        @inlinable
        public init(child: ChildRow, date: Day, kind: UInt16) {
            self.child = child
            self.date = date
            self.kind = kind
        }
    }
}

extension LocalEventTable: CohortTable {
    /// Appends an event.
    package mutating func append(_ row: Row) {
        child.append(row.child.rawValue)
        date.append(row.date.dayNumber)
        kind.append(row.kind)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.date, "date")
        visitor.visit(\.kind, "kind")
    }

    /// Every row, in child and date order.
    package static var order: RowOrder<Self> { .child(\.child, then: \.date) }
}
