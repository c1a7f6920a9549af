/// SSDA903 `ad1` rows (the adoption of a child who ceased to be looked after by adoption), sorted by
/// child: one row per child in each return. A child listed again in the same return is reported and
/// the last row kept; rows of different returns (collection years) are never merged, as for OC2.
///
/// `DATE_INT` is the date of the decision that the child should be placed for adoption, and
/// `DATE_MATCH` the date the child was matched with the prospective adopters. Add rows with
/// ``CohortBuilder/addAdoption(_:inReturn:file:line:)``.
public struct AdoptionTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// The collection year of the return.
    package internal(set) var collectionYear: [UInt16] = []
    /// `DATE_INT`, or ``DayNumber/unknown`` when blank or unreadable.
    package internal(set) var decided: [Int32] = []
    /// `DATE_MATCH`, or ``DayNumber/unknown`` when blank or unreadable.
    package internal(set) var matched: [Int32] = []
    /// `FOSTER_CARE`: 1 when adopted by the former foster carers, 0 when not, ``AdoptionTable/notKnown``
    /// when blank or not 0 or 1.
    package internal(set) var byFosterCarers: [UInt8] = []
    /// `NB_ADOPTR`: the number of adopters (1 or 2), or 0 when blank or not 1 or 2.
    package internal(set) var adopters: [UInt8] = []
    /// `SEX_ADOPTR`: an ``AdopterSexCodes`` raw value.
    package internal(set) var adopterSex: [UInt8] = []
    /// `LS_ADOPTR`: an ``AdopterLegalStatusCodes`` raw value.
    package internal(set) var adopterLegalStatus: [UInt8] = []

    /// The stored `FOSTER_CARE` of a blank or unreadable value.
    public static let notKnown: UInt8 = 2

    /// The number of rows.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension AdoptionTable {
    /// One `ad1` row.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `DATE_INT`: the decision that the child should be placed for adoption, or ``Day/unknown``.
        public var decided: Day
        /// `DATE_MATCH`: the match with the adopters, or ``Day/unknown``.
        public var matched: Day
        /// `FOSTER_CARE`: `true` when adopted by the former foster carers, `nil` when not known.
        public var byFosterCarers: Bool?
        /// `NB_ADOPTR`: 1 or 2, or `nil` when not known.
        public var adopters: Int?
        /// `SEX_ADOPTR`.
        public var adopterSex: Code<AdopterSexCodes>
        /// `LS_ADOPTR`.
        public var adopterLegalStatus: Code<AdopterLegalStatusCodes>

        /// An `ad1` row.
        @inlinable
        public init(child: ChildRow, decided: Day, matched: Day, byFosterCarers: Bool? = nil, adopters: Int? = nil,
                    adopterSex: Code<AdopterSexCodes> = .blank, adopterLegalStatus: Code<AdopterLegalStatusCodes> = .blank) {
            self.child = child
            self.decided = decided
            self.matched = matched
            self.byFosterCarers = byFosterCarers
            self.adopters = adopters
            self.adopterSex = adopterSex
            self.adopterLegalStatus = adopterLegalStatus
        }
    }
}

extension AdoptionTable: CohortTable {
    /// Appends a row read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        self.collectionYear.append(collectionYear)
        decided.append(row.decided.dayNumber)
        matched.append(row.matched.dayNumber)
        byFosterCarers.append(row.byFosterCarers.map { $0 ? 1 : 0 } ?? Self.notKnown)
        adopters.append(row.adopters.map { (1...2).contains($0) ? UInt8($0) : 0 } ?? 0)
        adopterSex.append(row.adopterSex.rawValue)
        adopterLegalStatus.append(row.adopterLegalStatus.rawValue)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.collectionYear, "collectionYear")
        visitor.visit(\.decided, "decided")
        visitor.visit(\.matched, "matched")
        visitor.visit(\.byFosterCarers, "byFosterCarers")
        visitor.visit(\.adopters, "adopters")
        visitor.visit(\.adopterSex, "adopterSex")
        visitor.visit(\.adopterLegalStatus, "adopterLegalStatus")
    }

    /// One row per child within each return, in child order.
    package static var order: RowOrder<Self> { .childInReturn(\.child, record: "AD1") }
}
