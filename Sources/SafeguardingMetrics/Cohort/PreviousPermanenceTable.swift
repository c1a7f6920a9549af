/// SSDA903 `previous_permanence` rows, sorted by child: one row per child in each return (the
/// permanence a child starting to be looked after had before). A child listed again in the same
/// return is reported and the last row kept; rows of different returns are never merged, as for OC2.
///
/// `DATE_PERM` may give only the month and year (`zz/MM/YYYY`) or the year (`zz/zz/YYYY`), as the
/// SSDA903 guide allows: the table keeps the parts given. Add rows with
/// ``CohortBuilder/addPreviousPermanence(_:inReturn:file:line:)``.
public struct PreviousPermanenceTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The collection year of the return.
    package internal(set) var collectionYear: [UInt16] = []
    /// `PREV_PERM`: a ``PreviousPermanenceCodes`` raw value.
    package internal(set) var kind: [UInt8] = []
    /// `LA_PERM`: the authority number where the order was granted, or -1 when blank or not a number.
    package internal(set) var authority: [Int16] = []
    /// The year of `DATE_PERM`, or 0 when not known.
    package internal(set) var year: [UInt16] = []
    /// The month of `DATE_PERM` (1-12), or 0 when not known.
    package internal(set) var month: [UInt8] = []
    /// The day of `DATE_PERM` (1-31), or 0 when not known.
    package internal(set) var day: [UInt8] = []

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension PreviousPermanenceTable {
    /// One `previous_permanence` row.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `PREV_PERM`.
        public var kind: Code<PreviousPermanenceCodes>
        /// `LA_PERM`, the DfE number of the authority that granted the order, when given.
        public var authority: Int?
        /// The year of `DATE_PERM`, or `nil` when not known.
        public var year: Int?
        /// The month of `DATE_PERM` (1-12), or `nil` when not known (`zz/zz/YYYY`).
        public var month: Int?
        /// The day of `DATE_PERM`, or `nil` when not known (`zz/MM/YYYY`).
        public var day: Int?

        /// A `previous_permanence` row.
        @inlinable
        public init(child: ChildRow, kind: Code<PreviousPermanenceCodes>, authority: Int? = nil, year: Int? = nil,
                    month: Int? = nil, day: Int? = nil) {
            self.child = child
            self.kind = kind
            self.authority = authority
            self.year = year
            self.month = month
            self.day = day
        }
    }
}

extension PreviousPermanenceTable: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        self.collectionYear.append(collectionYear)
        kind.append(row.kind.rawValue)
        authority.append(row.authority.flatMap { (0...999).contains($0) ? Int16($0) : nil } ?? -1)
        year.append(row.year.flatMap { (1...9999).contains($0) ? UInt16($0) : nil } ?? 0)
        month.append(row.month.flatMap { (1...12).contains($0) ? UInt8($0) : nil } ?? 0)
        day.append(row.day.flatMap { (1...31).contains($0) ? UInt8($0) : nil } ?? 0)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.collectionYear, "collectionYear")
        visitor.visit(\.kind, "kind")
        visitor.visit(\.authority, "authority")
        visitor.visit(\.year, "year")
        visitor.visit(\.month, "month")
        visitor.visit(\.day, "day")
    }

    /// One row per child within each return, in child order.
    package static var order: RowOrder<Self> { .childInReturn(\.child, record: "previous permanence") }
}
