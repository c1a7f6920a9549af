/// School attendance of children (INDICATORS.md §4): possible and attended sessions over a
/// period, sorted by child.
///
/// Add rows with ``CohortBuilder/addAttendance(_:)``.
public struct AttendanceTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The first day the sessions cover (a day number).
    package internal(set) var start: [Int32] = []
    /// The last day the sessions cover.
    package internal(set) var end: [Int32] = []
    /// Possible sessions.
    package internal(set) var possibleSessions: [Int32] = []
    /// Sessions attended.
    package internal(set) var attendedSessions: [Int32] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension AttendanceTable {
    /// One child's attendance over a period.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child.
        public var child: ChildRow
        /// The first day the sessions cover.
        public var start: Day
        /// The last day the sessions cover.
        public var end: Day
        /// Possible sessions.
        public var possibleSessions: Int32
        /// Sessions attended.
        public var attendedSessions: Int32

        /// Attendance over a period.
        @inlinable
        public init(child: ChildRow, start: Day, end: Day, possibleSessions: Int32, attendedSessions: Int32) {
            self.child = child
            self.start = start
            self.end = end
            self.possibleSessions = possibleSessions
            self.attendedSessions = attendedSessions
        }
    }
}

extension AttendanceTable: CohortTable {
    /// Appends a row.
    package mutating func append(_ row: Row) {
        child.append(row.child.rawValue)
        start.append(row.start.dayNumber)
        end.append(row.end.dayNumber)
        possibleSessions.append(row.possibleSessions)
        attendedSessions.append(row.attendedSessions)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.start, "start")
        visitor.visit(\.end, "end")
        visitor.visit(\.possibleSessions, "possibleSessions")
        visitor.visit(\.attendedSessions, "attendedSessions")
    }

    /// Every row, in child order.
    package static var order: RowOrder<Self> { .child(\.child) }
}
