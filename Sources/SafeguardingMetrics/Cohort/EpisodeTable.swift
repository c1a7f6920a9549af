/// SSDA903 episodes of care, one row per (authority, `CHILD`, `DECOM`), sorted by child and start.
///
/// ``Cohort/episodeRange(of:)`` gives a child's episodes in start order.
public struct EpisodeTable: Sendable {
    /// The child (a row of ``ChildTable``).
    public internal(set) var child: [Int32] = []
    /// `DECOM`: the episode's start.
    public internal(set) var start: [Int32] = []
    /// `DEC`: the episode's end, or ``DayNumber/open``.
    public internal(set) var end: [Int32] = []
    /// `RNE`: a ``ReasonNewEpisodeCodes`` raw value.
    public internal(set) var reasonNewEpisode: [UInt8] = []
    /// `LS`: a ``LegalStatusCodes`` raw value.
    public internal(set) var legalStatus: [UInt8] = []
    /// `CIN`: category of need, a ``PrimaryNeedCodes`` raw value.
    public internal(set) var categoryOfNeed: [UInt8] = []
    /// `PLACE`: a ``PlacementTypeCodes`` raw value.
    public internal(set) var placement: [UInt8] = []
    /// `PLACE_PROVIDER`: a ``PlacementProviderCodes`` raw value.
    public internal(set) var provider: [UInt8] = []
    /// `REC`: a ``ReasonCeasedCodes`` raw value.
    public internal(set) var reasonCeased: [UInt8] = []
    /// `HOME_POST`: an index into ``Cohort/postcodes``, or -1 when blank.
    public internal(set) var homePostcode: [Int32] = []
    /// `PL_POST`: an index into ``Cohort/postcodes``, or -1 when blank.
    public internal(set) var placementPostcode: [Int32] = []
    /// The collection year of the return the row came from.
    public internal(set) var collectionYear: [UInt16] = []

    /// The number of episodes.
    public var count: Int { child.count }
}

/// SSDA903 missing and away episodes, one row per (authority, `CHILD`, `MIS_START`).
public struct MissingEpisodeTable: Sendable {
    /// The child.
    public internal(set) var child: [Int32] = []
    /// `MIS_START`.
    public internal(set) var start: [Int32] = []
    /// `MIS_END`, or ``DayNumber/open``.
    public internal(set) var end: [Int32] = []
    /// `MISSING`: a ``MissingTypeCodes`` raw value (missing `M` or away `A`).
    public internal(set) var kind: [UInt8] = []
    /// The collection year of the return the row came from.
    public internal(set) var collectionYear: [UInt16] = []

    /// The number of rows.
    public var count: Int { child.count }
}

/// SSDA903 OC2 rows (outcomes for children looked after 12 months or more, including SDQ).
/// OC2 rows have no key: every row counts, duplicates included.
public struct OC2Table: Sendable {
    /// The child.
    public internal(set) var child: [Int32] = []
    /// The collection year of the return.
    public internal(set) var collectionYear: [UInt16] = []
    /// `DOB` on the row.
    public internal(set) var birth: [Int32] = []
    /// `SDQ_SCORE` 0-40, -1 when blank, -2 when present but not a valid score.
    public internal(set) var sdqScore: [Int8] = []
    /// `SDQ_REASON`: an ``SDQReasonCodes`` raw value.
    public internal(set) var sdqReason: [UInt8] = []

    /// The number of rows.
    public var count: Int { child.count }
}

/// SSDA903 OC3 rows (care leavers). OC3 rows have no key: every row counts.
public struct OC3Table: Sendable {
    /// The young person.
    public internal(set) var child: [Int32] = []
    /// The collection year of the return.
    public internal(set) var collectionYear: [UInt16] = []
    /// `DOB` on the row.
    public internal(set) var birth: [Int32] = []
    /// `IN_TOUCH`: an ``InTouchCodes`` raw value.
    public internal(set) var inTouch: [UInt8] = []
    /// `ACTIV`: an ``ActivityCodes`` raw value.
    public internal(set) var activity: [UInt8] = []
    /// `ACCOM`: an ``AccommodationCodes`` raw value.
    public internal(set) var accommodation: [UInt8] = []

    /// The number of rows.
    public var count: Int { child.count }
}
