/// CIN census referrals (`CINdetails`), one row per (authority, child, `CINreferralDate`), sorted
/// by child and referral date.
public struct ReferralTable: Sendable {
    /// The child.
    public internal(set) var child: [Int32] = []
    /// `CINreferralDate`.
    public internal(set) var referral: [Int32] = []
    /// `CINclosureDate`, or ``DayNumber/open``.
    public internal(set) var closure: [Int32] = []
    /// `ReferralNFA`: 1 true, 0 false, 255 blank or unreadable.
    public internal(set) var noFurtherAction: [UInt8] = []
    /// `PrimaryNeedCode`: a ``PrimaryNeedCodes`` raw value.
    public internal(set) var primaryNeed: [UInt8] = []
    /// `ReasonForClosure`: a ``ReasonForClosureCodes`` raw value.
    public internal(set) var reasonForClosure: [UInt8] = []
    /// `DateOfInitialCPC` at the CIN episode level (transfer-ins have only this), or unknown.
    public internal(set) var initialConference: [Int32] = []
    /// The collection year of the return the row came from.
    public internal(set) var collectionYear: [UInt16] = []

    /// The number of referrals.
    public var count: Int { child.count }
}

/// CIN census assessments, one row per (referral, `AssessmentActualStartDate`).
public struct AssessmentTable: Sendable {
    /// The referral (a row of ``ReferralTable``).
    public internal(set) var referral: [Int32] = []
    /// `AssessmentActualStartDate`, or unknown.
    public internal(set) var start: [Int32] = []
    /// `AssessmentAuthorisationDate`, or unknown (not yet authorised).
    public internal(set) var authorisation: [Int32] = []

    /// The number of assessments.
    public var count: Int { referral.count }
}

/// CIN census section 47 enquiries, one row per (referral, `S47ActualStartDate`).
public struct Section47Table: Sendable {
    /// The referral.
    public internal(set) var referral: [Int32] = []
    /// `S47ActualStartDate`, or unknown.
    public internal(set) var start: [Int32] = []
    /// `DateOfInitialCPC`, or unknown.
    public internal(set) var initialConference: [Int32] = []
    /// `ICPCnotRequired`: 1 true, 0 false, 255 blank.
    public internal(set) var conferenceNotRequired: [UInt8] = []

    /// The number of enquiries.
    public var count: Int { referral.count }
}

/// CIN census child protection plans, one row per (referral, `CPPstartDate`).
public struct ProtectionPlanTable: Sendable {
    /// The referral.
    public internal(set) var referral: [Int32] = []
    /// The child (the referral's child, repeated for fast scans).
    public internal(set) var child: [Int32] = []
    /// `CPPstartDate`.
    public internal(set) var start: [Int32] = []
    /// `CPPendDate`, or ``DayNumber/open``.
    public internal(set) var end: [Int32] = []
    /// `InitialCategoryOfAbuse`: an ``AbuseCategoryCodes`` raw value.
    public internal(set) var initialCategory: [UInt8] = []
    /// `LatestCategoryOfAbuse`: an ``AbuseCategoryCodes`` raw value.
    public internal(set) var latestCategory: [UInt8] = []
    /// `NumberOfPreviousCPP`, or -1 when blank.
    public internal(set) var previousPlans: [Int16] = []

    /// The number of plans.
    public var count: Int { referral.count }
}
