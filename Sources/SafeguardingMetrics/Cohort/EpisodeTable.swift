/// SSDA903 episodes of care, one row per (authority, `CHILD`, `DECOM`), sorted by child and start.
///
/// ``Cohort/episodeRange(of:)`` gives a child's episodes in start order. Add episodes with
/// ``CohortBuilder/addEpisode(_:inReturn:file:line:)``.
public struct EpisodeTable: Sendable {
    /// The child: a ``ChildRow``'s raw value.
    package internal(set) var child: [Int32] = []
    /// `DECOM`: the episode's start (a day number).
    package internal(set) var start: [Int32] = []
    /// `DEC`: the episode's end, or ``DayNumber/open``.
    package internal(set) var end: [Int32] = []
    /// `RNE`: a ``ReasonNewEpisodeCodes`` raw value.
    package internal(set) var reasonNewEpisode: [UInt8] = []
    /// `LS`: a ``LegalStatusCodes`` raw value.
    package internal(set) var legalStatus: [UInt8] = []
    /// `CIN`: category of need, a ``PrimaryNeedCodes`` raw value.
    package internal(set) var categoryOfNeed: [UInt8] = []
    /// `PLACE`: a ``PlacementTypeCodes`` raw value.
    package internal(set) var placement: [UInt8] = []
    /// `PLACE_PROVIDER`: a ``PlacementProviderCodes`` raw value.
    package internal(set) var provider: [UInt8] = []
    /// `REC`: a ``ReasonCeasedCodes`` raw value.
    package internal(set) var reasonCeased: [UInt8] = []
    /// `HOME_POST`: an index into ``Cohort/postcodes``, or -1 when blank.
    package internal(set) var homePostcode: [Int32] = []
    /// `PL_POST`: an index into ``Cohort/postcodes``, or -1 when blank.
    package internal(set) var placementPostcode: [Int32] = []
    /// The collection year of the return the row came from.
    package internal(set) var collectionYear: [UInt16] = []

    /// The number of episodes.
    public var count: Int { child.count }

    /// An empty table.
    package init() {}
}

extension EpisodeTable {
    /// One episode of care, as an SSDA903 `episodes` row gives it.
    @frozen
    public struct Row: Sendable, Hashable {
        /// The child (`CHILD`).
        public var child: ChildRow
        /// `DECOM`: the start.
        public var start: Day
        /// `DEC`: the end, or ``Day/open`` when blank.
        public var end: Day
        /// `RNE`: the reason for the new episode.
        public var reasonNewEpisode: Code<ReasonNewEpisodeCodes>
        /// `LS`: the legal status.
        public var legalStatus: Code<LegalStatusCodes>
        /// `CIN`: the category of need.
        public var categoryOfNeed: Code<PrimaryNeedCodes>
        /// `PLACE`: the placement type.
        public var placement: Code<PlacementTypeCodes>
        /// `PLACE_PROVIDER`: the placement provider.
        public var provider: Code<PlacementProviderCodes>
        /// `REC`: the reason the episode ceased (blank while open).
        public var reasonCeased: Code<ReasonCeasedCodes>
        /// `HOME_POST`: a postcode index from the builder's `postcode(_:)`, or -1 when blank.
        public var homePostcode: Int32
        /// `PL_POST`: a postcode index from the builder's `postcode(_:)`, or -1 when blank.
        public var placementPostcode: Int32

        /// An episode; the fields a return may leave blank default to blank.
        @inlinable
        public init(child: ChildRow, start: Day, end: Day = .open, reasonNewEpisode: Code<ReasonNewEpisodeCodes>,
                    legalStatus: Code<LegalStatusCodes>, categoryOfNeed: Code<PrimaryNeedCodes> = .blank,
                    placement: Code<PlacementTypeCodes>, provider: Code<PlacementProviderCodes> = .blank,
                    reasonCeased: Code<ReasonCeasedCodes> = .blank, homePostcode: Int32 = -1, placementPostcode: Int32 = -1) {
            self.child = child
            self.start = start
            self.end = end
            self.reasonNewEpisode = reasonNewEpisode
            self.legalStatus = legalStatus
            self.categoryOfNeed = categoryOfNeed
            self.placement = placement
            self.provider = provider
            self.reasonCeased = reasonCeased
            self.homePostcode = homePostcode
            self.placementPostcode = placementPostcode
        }
    }
}

extension EpisodeTable: CohortTable {
    /// Appends an episode read from a return of `collectionYear`.
    package mutating func append(_ row: Row, collectionYear: UInt16) {
        child.append(row.child.rawValue)
        start.append(row.start.dayNumber)
        end.append(row.end.dayNumber)
        reasonNewEpisode.append(row.reasonNewEpisode.rawValue)
        legalStatus.append(row.legalStatus.rawValue)
        categoryOfNeed.append(row.categoryOfNeed.rawValue)
        placement.append(row.placement.rawValue)
        provider.append(row.provider.rawValue)
        reasonCeased.append(row.reasonCeased.rawValue)
        homePostcode.append(row.homePostcode)
        placementPostcode.append(row.placementPostcode)
        self.collectionYear.append(collectionYear)
    }

    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.child, "child")
        visitor.visit(\.start, "start")
        visitor.visit(\.end, "end")
        visitor.visit(\.reasonNewEpisode, "reasonNewEpisode")
        visitor.visit(\.legalStatus, "legalStatus")
        visitor.visit(\.categoryOfNeed, "categoryOfNeed")
        visitor.visit(\.placement, "placement")
        visitor.visit(\.provider, "provider")
        visitor.visit(\.reasonCeased, "reasonCeased")
        visitor.visit(\.homePostcode, "homePostcode")
        visitor.visit(\.placementPostcode, "placementPostcode")
        visitor.visit(\.collectionYear, "collectionYear")
    }

    /// One row per (child, `DECOM`), sorted by child and start.
    package static var order: RowOrder<Self> { .key(\.child, \.start, record: "episode") }
}
