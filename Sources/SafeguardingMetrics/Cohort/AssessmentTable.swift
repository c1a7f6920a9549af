/// CIN census assessments, one row per (referral, `AssessmentActualStartDate`), sorted by referral
/// and start.
///
/// Add assessments with ``CohortBuilder/addAssessment(_:inReturn:file:line:)``.
public struct AssessmentTable: Sendable {
    /// The referral: a row of ``ReferralTable`` (while staged, a ``StagedReferral``'s raw value).
    package internal(set) var referral: [Int32] = []
    /// `AssessmentActualStartDate` (a day number), or unknown.
    package internal(set) var start: [Int32] = []
    /// `AssessmentAuthorisationDate`, or unknown (not yet authorised).
    package internal(set) var authorisation: [Int32] = []
    /// `FactorsIdentifiedAtAssessment`: bit `i` set for the ``AssessmentFactorCodes`` code of raw
    /// value `i` (1...44), bit 0 when a code not in the list was recorded; 0 when none were.
    package internal(set) var factors: [UInt64] = []

    /// The number of assessments.
    public var count: Int { referral.count }

    /// An empty table.
    package init() {}
}

extension AssessmentTable {
    /// One assessment of a referral.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The referral, from ``CohortBuilder/addReferral(_:inReturn:file:line:)``.
        public var referral: StagedReferral
        /// `AssessmentActualStartDate`, or ``Day/unknown``.
        public var start: Day
        /// `AssessmentAuthorisationDate`, or ``Day/unknown`` (not yet authorised).
        public var authorisation: Day
        /// The factors identified at the end of the assessment (`AssessmentFactors`).
        public var factors: CodeSet<AssessmentFactorCodes>
        /// Whether a factor code not in ``AssessmentFactorCodes`` was recorded too (kept, and
        /// counted as no factor).
        public var invalidFactor: Bool

        /// An assessment.
        @inlinable
        public init(referral: StagedReferral, start: Day, authorisation: Day = .unknown,
                    factors: CodeSet<AssessmentFactorCodes> = [], invalidFactor: Bool = false) {
            self.referral = referral
            self.start = start
            self.authorisation = authorisation
            self.factors = factors
            self.invalidFactor = invalidFactor
        }
    }
}

extension AssessmentTable: CohortTable {
    /// Appends an assessment.
    package mutating func append(_ row: Row) {
        referral.append(row.referral.rawValue)
        start.append(row.start.dayNumber)
        authorisation.append(row.authorisation.dayNumber)
        // Every factor code's raw value is below 64, so the first word of the set holds them all.
        factors.append(row.factors.words.0 | (row.invalidFactor ? 1 : 0))
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.referral, "referral")
        visitor.visit(\.start, "start")
        visitor.visit(\.authorisation, "authorisation")
        visitor.visit(\.factors, "factors")
    }

    /// One row per (referral key, `AssessmentActualStartDate`), sorted by referral and start.
    package static var order: RowOrder<Self> { .key(\.referral, \.start, record: "assessment") }
}
