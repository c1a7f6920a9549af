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
    /// The first review due date the plan's recorded reviews (`CPPreviewDate`) did not meet
    /// (``Row/reviewDue``): the plan was reviewed within timescales up to a day on or before it.
    package internal(set) var reviewDue: [Int32] = []

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
        /// The review dates (`CPPreviewDate`), in any order; unknown dates are ignored.
        public var reviews: [Day]

        /// A plan; the fields a census may leave blank default to blank.
        @inlinable
        public init(referral: StagedReferral, start: Day, end: Day = .open, initialCategory: Code<AbuseCategoryCodes> = .blank,
                    latestCategory: Code<AbuseCategoryCodes> = .blank, previousPlans: Int16? = nil, reviews: [Day] = []) {
            self.referral = referral
            self.start = start
            self.end = end
            self.initialCategory = initialCategory
            self.latestCategory = latestCategory
            self.previousPlans = previousPlans
            self.reviews = reviews
        }

        /// The first review due date the recorded reviews did not meet: the first review is due
        /// within 3 months of the plan's start (the initial conference), each later one within 6
        /// months of the one before (Working Together to Safeguard Children; the CIN census
        /// guide's timescales). Walking the reviews in date order, a review after its due date
        /// makes that due date the answer; when every review was in time, the answer is the next
        /// one due. A review before the start, or on the same day as the previous one, moves
        /// nothing. ``Day/unknown`` when the start is not known.
        public var reviewDue: Day {
            guard start != .unknown else { return .unknown }
            var due = start.adding(months: 3)
            var previous = start
            for review in reviews.filter({ $0 != .unknown }).sorted() where review > previous {
                if review > due { return due }
                due = review.adding(months: 6)
                previous = review
            }
            return due
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
        reviewDue.append(row.reviewDue.dayNumber)
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
        visitor.visit(\.reviewDue, "reviewDue")
    }

    /// One row per (child, `CPPstartDate`), so that a child's plans sort together.
    package static var order: RowOrder<Self> { .key(\.child, \.start, record: "child protection plan") }
}
