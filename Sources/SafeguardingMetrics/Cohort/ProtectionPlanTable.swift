/// CIN census child protection plans, one row per (child, `CPPstartDate`), sorted by child and
/// start.
///
/// ``Cohort/planRange(of:)`` gives a child's plans in start order. Add plans with
/// ``CohortBuilder/addPlan(_:inReturn:file:line:)``.
public struct ProtectionPlanTable: Sendable {
    /// The referral: a row of ``ReferralTable`` (while staged, a ``StagedReferral``'s raw value).
    package internal(set) var referral: [Int32] = []
    /// The child (the referral's child, repeated for fast scans): a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// `CPPstartDate` (a day number).
    package internal(set) var start: [Int32] = []
    /// `CPPendDate`, or ``DayNumber/open``.
    package internal(set) var end: [Int32] = []
    /// `InitialCategoryOfAbuse`: an ``AbuseCategoryCodes`` raw value.
    package internal(set) var initialCategory: [UInt8] = []
    /// `LatestCategoryOfAbuse`: an ``AbuseCategoryCodes`` raw value.
    package internal(set) var latestCategory: [UInt8] = []
    /// `NumberOfPreviousCPP`, or -1 when blank.
    package internal(set) var previousPlans: [Int16] = []

    /// The number of plans.
    public var count: Int { referral.count }

    /// An empty table.
    package init() {}
}

extension ProtectionPlanTable {
    /// One child protection plan of a referral.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The referral, from ``CohortBuilder/addReferral(_:inReturn:file:line:)``.
        public var referral: StagedReferral
        /// `CPPstartDate`.
        public var start: Day
        /// `CPPendDate`, or ``Day/open`` when blank.
        public var end: Day
        /// `InitialCategoryOfAbuse`.
        public var initialCategory: Code<AbuseCategoryCodes>
        /// `LatestCategoryOfAbuse`.
        public var latestCategory: Code<AbuseCategoryCodes>
        /// `NumberOfPreviousCPP`, or `nil` when blank.
        public var previousPlans: Int16?

        /// A plan; the fields a census may leave blank default to blank.
        @inlinable
        public init(referral: StagedReferral, start: Day, end: Day = .open, initialCategory: Code<AbuseCategoryCodes> = .blank,
                    latestCategory: Code<AbuseCategoryCodes> = .blank, previousPlans: Int16? = nil) {
            self.referral = referral
            self.start = start
            self.end = end
            self.initialCategory = initialCategory
            self.latestCategory = latestCategory
            self.previousPlans = previousPlans
        }
    }
}

extension ProtectionPlanTable: CohortTable {
    /// Appends a plan of a referral of `child`.
    package mutating func append(_ row: Row, child: ChildRow) {
        referral.append(row.referral.rawValue)
        self.child.append(child.rawValue)
        start.append(row.start.dayNumber)
        end.append(row.end.dayNumber)
        initialCategory.append(row.initialCategory.rawValue)
        latestCategory.append(row.latestCategory.rawValue)
        previousPlans.append(row.previousPlans ?? -1)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.referral, "referral")
        visitor.visit(\.child, "child")
        visitor.visit(\.start, "start")
        visitor.visit(\.end, "end")
        visitor.visit(\.initialCategory, "initialCategory")
        visitor.visit(\.latestCategory, "latestCategory")
        visitor.visit(\.previousPlans, "previousPlans")
    }

    /// One row per (child, `CPPstartDate`), so that a child's plans sort together.
    package static var order: RowOrder<Self> { .key(\.child, \.start, record: "child protection plan") }
}
