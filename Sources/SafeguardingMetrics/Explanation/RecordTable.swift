/// The table a record of an explanation comes from, which says what the record's key date is.
@frozen
public enum RecordTable: String, Sendable, Hashable, CaseIterable {
    /// A CIN episode (referral); its key is the referral date.
    case referrals = "referral"
    /// An assessment; its key is the authorisation date (its end).
    case assessments = "assessment"
    /// A section 47 enquiry; its key is the enquiry's start.
    case section47 = "section47"
    /// An initial child protection conference; its key is the conference date.
    case conferences = "conference"
    /// A child protection plan; its key is the plan's start.
    case plans = "plan"
    /// An episode of care; its key is the episode's start.
    case episodes = "episode"
    /// An OC2 (SDQ) row; its key is the child's date of birth.
    case oc2
    /// An OC3 care leaver row; its key is the young person's date of birth.
    case oc3
    /// A local event (a local measure's, INDICATORS.md §4); its key is the event's date.
    case localEvents = "local_event"
    /// A local episode (a local measure's); its key is the episode's start.
    case localEpisodes = "local_episode"

    /// What the key date of a record of this table is, in words.
    public var keyName: String {
        switch self {
        case .referrals: "referral date"
        case .assessments: "assessment authorised"
        case .section47: "enquiry start"
        case .conferences: "conference date"
        case .plans: "plan start"
        case .episodes: "episode start"
        case .oc2, .oc3: "date of birth"
        case .localEvents: "event date"
        case .localEpisodes: "episode start"
        }
    }
}
