/// Case-file audits (INDICATORS.md §4): authority, date, practice domain and grade, in the order
/// added.
///
/// Add audits with ``CohortBuilder/addAudit(_:)``.
public struct AuditTable: Sendable {
    /// The authority: an index into ``Cohort/authorities``.
    package internal(set) var authority: [UInt16] = []
    /// The audit's date (a day number).
    package internal(set) var date: [Int32] = []
    /// The practice domain: an index into ``Cohort/LocalTables/kinds``.
    package internal(set) var domain: [UInt16] = []
    /// The grade: an ``AuditGradeCodes`` raw value.
    package internal(set) var grade: [UInt8] = []

    /// The number of audits.
    public var count: Int { date.count }

    /// An empty table.
    package init() {}
}

extension AuditTable {
    /// One case-file audit.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The authority, from ``CohortBuilder/authority(_:)``.
        public var authority: UInt16
        /// The audit's date.
        public var date: Day
        /// The practice domain, from ``CohortBuilder/localKind(_:)``.
        public var domain: UInt16
        /// The grade.
        public var grade: Code<AuditGradeCodes>

        /// An audit.
        @inlinable
        public init(authority: UInt16, date: Day, domain: UInt16, grade: Code<AuditGradeCodes>) {
            self.authority = authority
            self.date = date
            self.domain = domain
            self.grade = grade
        }
    }
}

extension AuditTable: CohortTable {
    /// Appends an audit.
    package mutating func append(_ row: Row) {
        authority.append(row.authority)
        date.append(row.date.dayNumber)
        domain.append(row.domain)
        grade.append(row.grade.rawValue)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.authority, "authority")
        visitor.visit(\.date, "date")
        visitor.visit(\.domain, "domain")
        visitor.visit(\.grade, "grade")
    }

    /// Every row, in the order added.
    package static var order: RowOrder<Self> { .asAdded }
}
