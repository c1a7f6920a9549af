/// Where the 45-working-day clock of an assessment starts.
@frozen
public enum AssessmentClockStart: String, Sendable, Hashable, CaseIterable {
    /// `AssessmentActualStartDate` (the default).
    case assessmentStart = "assessment_start"
    /// The referral's `CINreferralDate`.
    case referralDate = "referral_date"
}
