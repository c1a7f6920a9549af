/// CIN census referrals (`CINdetails`), one row per (authority, child, `CINreferralDate`), sorted
/// by child and referral date.
///
/// Add referrals with ``CohortBuilder/addReferral(_:inReturn:file:line:)``.
public struct ReferralTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// `CINreferralDate` (a day number).
    package internal(set) var referral: [Int32] = []
    /// `CINclosureDate`, or ``DayNumber/open``.
    package internal(set) var closure: [Int32] = []
    /// `ReferralNFA`: 1 true, 0 false, 255 blank or unreadable.
    package internal(set) var noFurtherAction: [UInt8] = []
    /// `PrimaryNeedCode`: a ``PrimaryNeedCodes`` raw value.
    package internal(set) var primaryNeed: [UInt8] = []
    /// `ReasonForClosure`: a ``ReasonForClosureCodes`` raw value.
    package internal(set) var reasonForClosure: [UInt8] = []
    /// `DateOfInitialCPC` at the CIN episode level (transfer-ins have only this), or unknown.
    package internal(set) var initialConference: [Int32] = []
    /// The collection year of the return the row came from.
    package internal(set) var collectionYear: [UInt16] = []
    /// `ReferralSource`: a ``ReferralSourceCodes`` raw value.
    package internal(set) var source: [UInt8] = []
    /// `PPStartDate` of the episode's pre-proceedings block (2025-26 on), or unknown.
    package internal(set) var preProceedingsStart: [Int32] = []
    /// The day the episode's pre-proceedings ended, or ``DayNumber/open``
    /// (``Row/preProceedingsEnd``).
    package internal(set) var preProceedingsEnd: [Int32] = []

    /// The number of referrals.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension ReferralTable {
    /// One referral (a `CINdetails` record), as a CIN census gives it.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child.
        public var child: ChildRow
        /// `CINreferralDate`.
        public var referral: Day
        /// `CINclosureDate`, or ``Day/open`` when blank.
        public var closure: Day
        /// `ReferralNFA`, or `nil` when blank or unreadable.
        public var noFurtherAction: Bool?
        /// `PrimaryNeedCode`.
        public var primaryNeed: Code<PrimaryNeedCodes>
        /// `ReasonForClosure`.
        public var reasonForClosure: Code<ReasonForClosureCodes>
        /// `DateOfInitialCPC` at the CIN episode level, or ``Day/unknown``.
        public var initialConference: Day
        /// `ReferralSource`.
        public var source: Code<ReferralSourceCodes>
        /// `PPStartDate` of the episode's `PreProceedingsandFGDM` block (CIN census 2025-26 on), or
        /// ``Day/unknown`` when it has none.
        public var preProceedingsStart: Day
        /// The day the pre-proceedings ended: the earlier of `StepDecisionDate` (the decision that
        /// ends pre-proceedings) and `CourtAppDate` (an application to court), or ``Day/open``.
        public var preProceedingsEnd: Day

        /// A referral; the fields a census may leave blank default to blank.
        @inlinable
        public init(child: ChildRow, referral: Day, closure: Day = .open, noFurtherAction: Bool?,
                    primaryNeed: Code<PrimaryNeedCodes> = .blank, reasonForClosure: Code<ReasonForClosureCodes> = .blank,
                    initialConference: Day = .unknown, source: Code<ReferralSourceCodes> = .blank,
                    preProceedingsStart: Day = .unknown, preProceedingsEnd: Day = .open) {
            self.child = child
            self.referral = referral
            self.closure = closure
            self.noFurtherAction = noFurtherAction
            self.primaryNeed = primaryNeed
            self.reasonForClosure = reasonForClosure
            self.initialConference = initialConference
            self.source = source
            self.preProceedingsStart = preProceedingsStart
            self.preProceedingsEnd = preProceedingsEnd
        }
    }
}

extension ReferralTable: CohortTable {
    /// Appends a referral read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        referral.append(row.referral.dayNumber)
        closure.append(row.closure.dayNumber)
        noFurtherAction.append(row.noFurtherAction.flag)
        primaryNeed.append(row.primaryNeed.rawValue)
        reasonForClosure.append(row.reasonForClosure.rawValue)
        initialConference.append(row.initialConference.dayNumber)
        self.collectionYear.append(collectionYear)
        source.append(row.source.rawValue)
        preProceedingsStart.append(row.preProceedingsStart.dayNumber)
        preProceedingsEnd.append(row.preProceedingsEnd.dayNumber)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.referral, "referral")
        visitor.visit(\.closure, "closure")
        visitor.visit(\.noFurtherAction, "noFurtherAction")
        visitor.visit(\.primaryNeed, "primaryNeed")
        visitor.visit(\.reasonForClosure, "reasonForClosure")
        visitor.visit(\.initialConference, "initialConference")
        visitor.visit(\.collectionYear, "collectionYear")
        visitor.visit(\.source, "source")
        visitor.visit(\.preProceedingsStart, "preProceedingsStart")
        visitor.visit(\.preProceedingsEnd, "preProceedingsEnd")
    }

    /// One row per (child, `CINreferralDate`), sorted by child and referral date.
    package static var order: RowOrder<Self> { .key(\.child, \.referral, record: "referral") }
}

extension Optional where Wrapped == Bool {
    /// A yes/no field as a column stores it: 1 true, 0 false, 255 blank.
    @inline(__always)
    var flag: UInt8 {
        switch self {
        case .some(true): 1
        case .some(false): 0
        case .none: 255
        }
    }
}
