/// CIN census section 47 enquiries, one row per (referral, `S47ActualStartDate`), sorted by
/// referral and start.
///
/// Add enquiries with ``CohortBuilder/addSection47(_:inReturn:file:line:)``.
public struct Section47Table: Sendable {
    /// The referral: a row of ``ReferralTable`` (while staged, a ``StagedReferral``'s raw value).
    package internal(set) var referral: [Int32] = []
    /// `S47ActualStartDate` (a day number), or unknown.
    package internal(set) var start: [Int32] = []
    /// `DateOfInitialCPC`, or unknown.
    package internal(set) var initialConference: [Int32] = []
    /// `ICPCnotRequired`: 1 true, 0 false, 255 blank.
    package internal(set) var conferenceNotRequired: [UInt8] = []

    /// The number of enquiries.
    public var count: Int { referral.count }

    /// An empty table.
    package init() {}
}

extension Section47Table {
    /// One section 47 enquiry of a referral.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The referral, from ``CohortBuilder/addReferral(_:inReturn:file:line:)``.
        public var referral: StagedReferral
        /// `S47ActualStartDate`, or ``Day/unknown``.
        public var start: Day
        /// `DateOfInitialCPC`, or ``Day/unknown``.
        public var initialConference: Day
        /// `ICPCnotRequired`, or `nil` when blank.
        public var conferenceNotRequired: Bool?

        /// An enquiry.
        @inlinable
        public init(referral: StagedReferral, start: Day, initialConference: Day = .unknown,
                    conferenceNotRequired: Bool? = nil) {
            self.referral = referral
            self.start = start
            self.initialConference = initialConference
            self.conferenceNotRequired = conferenceNotRequired
        }
    }
}

extension Section47Table: CohortTable {
    /// Appends an enquiry.
    package mutating func append(_ row: Row) {
        referral.append(row.referral.rawValue)
        start.append(row.start.dayNumber)
        initialConference.append(row.initialConference.dayNumber)
        conferenceNotRequired.append(row.conferenceNotRequired.flag)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.referral, "referral")
        visitor.visit(\.start, "start")
        visitor.visit(\.initialConference, "initialConference")
        visitor.visit(\.conferenceNotRequired, "conferenceNotRequired")
    }

    /// One row per (referral key, `S47ActualStartDate`), sorted by referral and start.
    package static var order: RowOrder<Self> { .key(\.referral, \.start, record: "section 47 enquiry") }
}
