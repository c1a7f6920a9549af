/// Everything an indicator computation can be told besides the cohort and the period: code
/// groupings, windows, the assessment clock start, the working-day calendar and placement
/// distances (INDICATORS.md §2-3 give the defaults).
///
/// Every value is replaceable: code lists change between collection years (placement codes changed
/// in October 2023) and councils define local variants.
///
/// ```swift
/// var configuration = AggregationConfiguration()
/// configuration.rereferralWindowMonths = 6
/// configuration.residential = ["K1", "K2", "R1"]
/// ```
@frozen
public struct AggregationConfiguration: Sendable {
    /// Foster placements (`PLACE` U1-U6).
    public var foster: CodeSet<PlacementTypeCodes> = ["U1", "U2", "U3", "U4", "U5", "U6"]
    /// Placements with family or friends: U1-U3 and placed with parents (P1).
    public var familyNetwork: CodeSet<PlacementTypeCodes> = ["U1", "U2", "U3", "P1"]
    /// Residential placements: K1, K2, R1, R2, R5, S1.
    public var residential: CodeSet<PlacementTypeCodes> = ["K1", "K2", "R1", "R2", "R5", "S1"]
    /// Temporary placements that do not count as a placement move (T0-T4).
    public var temporaryPlacements: CodeSet<PlacementTypeCodes> = ["T0", "T1", "T2", "T3", "T4"]
    /// Reasons for a new episode that start a new placement, for short-term stability: S, P, B, T, U.
    public var newPlacementReasons: CodeSet<ReasonNewEpisodeCodes> = ["S", "P", "B", "T", "U"]
    /// Reasons for a new episode that are a change of carer, for long-term stability: P, B.
    public var carerChangeReasons: CodeSet<ReasonNewEpisodeCodes> = ["P", "B"]
    /// Legal statuses of short breaks, ignored by every children-looked-after measure: V3, V4.
    public var shortBreaks: CodeSet<LegalStatusCodes> = ["V3", "V4"]
    /// The legal status of an interim care order: C1.
    public var interimCareOrder: CodeSet<LegalStatusCodes> = ["C1"]
    /// Care leavers' activities that count as education, employment or training.
    public var educationEmploymentTraining: CodeSet<ActivityCodes> = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"]
    /// Care leavers' contact that counts as in touch: YES.
    public var inTouch: CodeSet<InTouchCodes> = ["YES"]
    /// Care leavers left out of every care-leaver denominator: DIED and RHOM.
    public var careLeaverExclusions: CodeSet<InTouchCodes> = ["DIED", "RHOM"]
    /// Reasons a child ceased to be looked after (`REC`) that are a return home to parents or
    /// others with parental responsibility as part of the care planning process: E4A.
    public var returnedHome: CodeSet<ReasonCeasedCodes> = ["E4A"]
    /// Reasons ceased that are a return home not as part of the care planning process: E4B.
    public var returnedHomeUnplanned: CodeSet<ReasonCeasedCodes> = ["E4B"]
    /// Reasons ceased that are an adoption: E11 (application unopposed) and E12 (consent dispensed with).
    public var adopted: CodeSet<ReasonCeasedCodes> = ["E11", "E12"]
    /// Reasons ceased that are a special guardianship order: E45, E46, E47 and E48.
    public var specialGuardianship: CodeSet<ReasonCeasedCodes> = ["E45", "E46", "E47", "E48"]
    /// Reasons ceased that are a residence order or child arrangements order: E41.
    public var childArrangements: CodeSet<ReasonCeasedCodes> = ["E41"]
    /// Reasons ceased that are an adoption with the application unopposed: E11.
    public var adoptedUnopposed: CodeSet<ReasonCeasedCodes> = ["E11"]
    /// Reasons ceased that are an adoption with consent dispensed with by the court: E12.
    public var adoptedConsentDispensed: CodeSet<ReasonCeasedCodes> = ["E12"]
    /// Special guardianship orders to former foster carers who are relatives or friends: E45.
    public var specialGuardianshipFosterRelative: CodeSet<ReasonCeasedCodes> = ["E45"]
    /// Special guardianship orders to former foster carers other than relatives or friends: E46.
    public var specialGuardianshipFosterOther: CodeSet<ReasonCeasedCodes> = ["E46"]
    /// Special guardianship orders to carers, not former foster carers, who are relatives or friends: E47.
    public var specialGuardianshipCarerRelative: CodeSet<ReasonCeasedCodes> = ["E47"]
    /// Reasons ceased that are staying with the current carers at 18 or over (staying put): E17.
    public var stayingPut: CodeSet<ReasonCeasedCodes> = ["E17"]
    /// Placements in secure children's homes and children's homes: K1, K2.
    public var secureAndChildrensHomes: CodeSet<PlacementTypeCodes> = ["K1", "K2"]
    /// Independent and semi-independent living arrangements and supported accommodation: H5, K3, K4, P2.
    public var supportedAccommodation: CodeSet<PlacementTypeCodes> = ["H5", "K3", "K4", "P2"]
    /// Other residential settings: R1, R2, R3, R5.
    public var otherResidential: CodeSet<PlacementTypeCodes> = ["R1", "R2", "R3", "R5"]
    /// Other placements: Z1, residential employment (P3) and temporary placements (T0-T4).
    public var otherPlacements: CodeSet<PlacementTypeCodes> = ["Z1", "P3", "T0", "T1", "T2", "T3", "T4"]
    /// Placed with parents or other person with parental responsibility: P1.
    public var withParents: CodeSet<PlacementTypeCodes> = ["P1"]
    /// Placed for adoption: A3, A4, A5, A6.
    public var placedForAdoption: CodeSet<PlacementTypeCodes> = ["A3", "A4", "A5", "A6"]
    /// Placements for adoption with the child's current foster carers (an adoption by the foster
    /// carers, for the adjusted adoption timeliness): A3, A5.
    public var placedWithFosterCarers: CodeSet<PlacementTypeCodes> = ["A3", "A5"]
    /// Reasons for a new episode with the carers unchanged (legal status only, or a change of
    /// placement with the same carers), for the day a child moved in with its carers: L, U, B.
    public var sameCarerReasons: CodeSet<ReasonNewEpisodeCodes> = ["L", "U", "B"]
    /// Previous permanence (`PREV_PERM`) that counts as a previous permanence order: P1-P4 (Z1 is
    /// none, or not known).
    public var previousPermanence: CodeSet<PreviousPermanenceCodes> = ["P1", "P2", "P3", "P4"]
    /// Legal statuses that are a care order, interim or full: C1, C2.
    public var careOrder: CodeSet<LegalStatusCodes> = ["C1", "C2"]
    /// Legal statuses that are a placement order or freeing order: E1, D1.
    public var placementOrder: CodeSet<LegalStatusCodes> = ["E1", "D1"]
    /// Legal statuses that are accommodation under section 20: V2.
    public var voluntaryAccommodation: CodeSet<LegalStatusCodes> = ["V2"]
    /// Care leavers' activities that are higher education: F1, P1.
    public var higherEducation: CodeSet<ActivityCodes> = ["F1", "P1"]
    /// Care leavers' activities that are not education, employment or training: G1-G6.
    public var notInEducationEmploymentTraining: CodeSet<ActivityCodes> = ["G1", "G2", "G3", "G4", "G5", "G6"]
    /// Care leavers' contact that is the authority not in touch: NO.
    public var notInTouch: CodeSet<InTouchCodes> = ["NO"]
    /// OC2 convictions: children aged this range at the period end (10...17).
    public var convictionAges: ClosedRange<Int> = 10...17
    /// OC2 development assessments: children aged this range at the period end (0...4).
    public var developmentAssessmentAges: ClosedRange<Int> = 0...4
    /// Reasons for closure of a CIN episode whose child was assessed not to be in need, which is
    /// then no episode of need started: RC8 and RC9 (case closed after assessment, with no further
    /// action or referred to early help).
    public var assessedNotInNeed: CodeSet<ReasonForClosureCodes> = ["RC8", "RC9"]

    /// Re-referral window in months (12): an earlier referral on or after the date this many
    /// months before counts.
    public var rereferralWindowMonths = 12
    /// A plan that lasted at least this many days, counting both ends, ceased after 2 years (730).
    public var planLongDays = 730
    /// An open plan that started at least this many years before the period end is open 2 years
    /// or more (2).
    public var planOpenYears = 2
    /// An interim care order run longer than this many days is over 26 weeks (182).
    public var interimCareOrderDays = 182
    /// Long-term stability: no change of carer in this many months before the end (24).
    public var longTermNoMoveMonths = 24
    /// Long-term stability: looked after for at least this many months (30).
    public var longTermCareMonths = 30
    /// Long-term stability: children under this age at the end (16).
    public var longTermAgeBelow = 16
    /// Assessments within this many working days are timely (45).
    public var assessmentWorkingDays = 45
    /// Initial conferences within this many working days of the enquiry's start are timely (15).
    public var conferenceWorkingDays = 15
    /// SDQ: children aged this range at the period end are eligible (5...16).
    public var sdqAges: ClosedRange<Int> = 5...16
    /// SDQ scores at least this high are in the concern band (17).
    public var sdqConcernFrom = 17
    /// Where the assessment clock starts.
    public var assessmentClockStart: AssessmentClockStart = .assessmentStart
    /// The working-day calendar.
    public var calendar: WorkingDayCalendar = .englandAndWales
    /// Placements strictly further than this many centimetres from home are far (20 miles).
    public var farPlacementCentimetres: Int64 = 3_218_688
    /// Postcode positions of the cohort's postcodes; without them every distance is unknown.
    public var postcodePositions: PostcodePositions?

    /// The defaults of INDICATORS.md.
    public init() {}
}
