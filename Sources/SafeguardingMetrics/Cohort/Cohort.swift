/// Child-level records from any number of statutory returns, as columns, ready for aggregation.
///
/// Every table is one array per field with narrow integer types, declared once in the table's
/// file (see <doc:TheCohort>); children are referred to by row, a ``ChildRow``. Keyed tables hold
/// one row per record key (the latest return's row) sorted by child and date; the other
/// child-level tables (OC2, OC3, local events, episodes and attendance) are sorted by child too
/// (local events by child and date), keeping file order otherwise; and ``episodeRange(of:)``,
/// ``referralRange(of:)`` and ``planRange(of:)`` give one child's rows without searching. Build a
/// cohort with ``CohortBuilder``, from values in memory or through the SafeguardingData readers,
/// which read the returns' files into one.
public struct Cohort: Sendable {
    /// Rows that were replaced by the same record in a later return, per table. Consecutive
    /// returns overlap (a record open over 31 March appears in both), so this is expected.
    @frozen
    public struct SupersededRows: Sendable, Hashable {
        /// Episodes.
        public var episodes = 0
        /// Missing episodes.
        public var missing = 0
        /// Referrals.
        public var referrals = 0
        /// Assessments.
        public var assessments = 0
        /// Section 47 enquiries.
        public var section47 = 0
        /// Child protection plans.
        public var plans = 0
        /// Decisions that a child should be placed for adoption (`placed_for_adoption`).
        public var placedForAdoption = 0

        /// No rows superseded.
        public init() {}
    }

    /// The generic local tables of INDICATORS.md §4.
    public struct LocalTables: Sendable {
        /// Local events.
        public internal(set) var events = LocalEventTable()
        /// Local episodes.
        public internal(set) var episodes = LocalEpisodeTable()
        /// School attendance.
        public internal(set) var attendance = AttendanceTable()
        /// Audits.
        public internal(set) var audits = AuditTable()
        /// Names of local kinds and audit domains; the tables' `kind` and `domain` index into it.
        public internal(set) var kinds: [String] = []

        /// Empty tables.
        public init() {}

        init(events: LocalEventTable, episodes: LocalEpisodeTable, attendance: AttendanceTable, audits: AuditTable,
             kinds: [String]) {
            self.events = events
            self.episodes = episodes
            self.attendance = attendance
            self.audits = audits
            self.kinds = kinds
        }
    }

    /// Authority codes; tables refer to them by index.
    public let authorities: [String]
    /// The returns the cohort was built from.
    public let returns: [CohortReturn]
    /// The children.
    public let children: ChildTable
    /// SSDA903 episodes, sorted by child and start.
    public let episodes: EpisodeTable
    /// SSDA903 missing and away episodes, sorted by child and start.
    public let missing: MissingEpisodeTable
    /// SSDA903 OC2 rows.
    public let oc2: OC2Table
    /// SSDA903 OC3 rows.
    public let oc3: OC3Table
    /// SSDA903 unaccompanied asylum-seeking children (`uasc`) rows.
    public let uasc: UASCTable
    /// SSDA903 adoptions (`ad1`) rows.
    public let adoptions: AdoptionTable
    /// SSDA903 decisions that a child should be placed for adoption (`placed_for_adoption`), sorted
    /// by child and date.
    public let placedForAdoption: PlacedForAdoptionTable
    /// SSDA903 previous permanence (`previous_permanence`) rows.
    public let previousPermanence: PreviousPermanenceTable
    /// CIN referrals, sorted by child and referral date.
    public let referrals: ReferralTable
    /// CIN assessments, sorted by referral and start.
    public let assessments: AssessmentTable
    /// CIN section 47 enquiries, sorted by referral and start.
    public let section47: Section47Table
    /// CIN child protection plans, sorted by child and start.
    public let plans: ProtectionPlanTable
    /// Local events, episodes, attendance and audits (``LocalTables/kinds`` names their kinds).
    public let local: LocalTables
    /// Normalised postcodes; episode postcode columns index into it.
    public let postcodes: [String]
    /// Every problem found while reading and merging.
    public let problems: [DataProblem]
    /// Rows replaced by a later return's row with the same key.
    public let supersededRows: SupersededRows

    @usableFromInline let episodeOffsets: [Int32]
    @usableFromInline let referralOffsets: [Int32]
    @usableFromInline let planOffsets: [Int32]

    init(authorities: [String], returns: [CohortReturn], children: ChildTable, episodes: EpisodeTable,
         missing: MissingEpisodeTable, oc2: OC2Table, oc3: OC3Table, uasc: UASCTable, adoption: AdoptionTables,
         referrals: ReferralTable,
         assessments: AssessmentTable, section47: Section47Table, plans: ProtectionPlanTable, local: LocalTables,
         postcodes: [String],
         problems: [DataProblem], supersededRows: SupersededRows) {
        self.authorities = authorities
        self.returns = returns
        self.children = children
        self.episodes = episodes
        self.missing = missing
        self.oc2 = oc2
        self.oc3 = oc3
        self.uasc = uasc
        adoptions = adoption.adoptions
        placedForAdoption = adoption.placedForAdoption
        previousPermanence = adoption.previousPermanence
        self.referrals = referrals
        self.assessments = assessments
        self.section47 = section47
        self.plans = plans
        self.local = local
        self.postcodes = postcodes
        self.problems = problems
        self.supersededRows = supersededRows
        episodeOffsets = Cohort.offsets(sortedChildren: episodes.child, childCount: children.count)
        referralOffsets = Cohort.offsets(sortedChildren: referrals.child, childCount: children.count)
        planOffsets = Cohort.offsets(sortedChildren: plans.child, childCount: children.count)
    }

    /// An empty cohort.
    public init() {
        self = CohortBuilder().build()
    }

    /// The rows of ``episodes`` for one child, in start order.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func episodeRange(of child: ChildRow) -> Range<Int> { range(episodeOffsets, child) }

    /// The rows of ``referrals`` for one child, in date order.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func referralRange(of child: ChildRow) -> Range<Int> { range(referralOffsets, child) }

    /// The rows of ``plans`` for one child, in start order.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func planRange(of child: ChildRow) -> Range<Int> { range(planOffsets, child) }

    @usableFromInline
    func range(_ offsets: [Int32], _ child: ChildRow) -> Range<Int> {
        Int(offsets[child.index])..<Int(offsets[child.index + 1])
    }

    /// Compressed-row offsets: rows of child `c` are `offsets[c]..<offsets[c + 1]`.
    static func offsets(sortedChildren: [Int32], childCount: Int) -> [Int32] {
        var offsets = [Int32](repeating: 0, count: childCount + 1)
        for child in sortedChildren { offsets[Int(child) + 1] += 1 }
        for index in 0..<childCount { offsets[index + 1] += offsets[index] }
        return offsets
    }

    /// The number of problems of each severity.
    public var problemCounts: (warnings: Int, errors: Int) {
        let errors = problems.lazy.filter { $0.severity == .error }.count
        return (problems.count - errors, errors)
    }
}
