/// A fact that decided how a record counted: a named date or number, taken by the counting pass
/// from the values it compared.
///
/// ```swift
/// for fact in record.facts { print(fact.name.rawValue, fact.value) }   // earlier_referral 2024-06-03
/// ```
@frozen
public struct RecordFact: Sendable, Hashable, CustomStringConvertible {
    /// What a fact is; the raw value is the stable `snake_case` column name.
    @frozen
    public enum Name: String, Sendable, Hashable, CaseIterable {
        /// A re-referral: the child's latest earlier referral's date.
        case earlierReferral = "earlier_referral"
        /// An assessment's clock start (its start, or the referral date, as configured).
        case assessmentStart = "assessment_start"
        /// An assessment's authorisation date (its end).
        case assessmentEnd = "assessment_end"
        /// Working days from a clock start through an end (after the start, through the end).
        case workingDays = "working_days"
        /// An enquiry's or a conference's conference date.
        case conference
        /// The earliest start of the enquiries a conference is timed against.
        case enquiryStart = "enquiry_start"
        /// The end of a plan or an episode.
        case end
        /// A plan's length in days, both ends inclusive.
        case lengthDays = "length_days"
        /// The start of the current period of care.
        case periodOfCareStart = "period_of_care_start"
        /// The start of the latest episode that changed the child's carer (none: no change).
        case lastCarerChange = "last_change_of_carer"
        /// The number of placements in the period (the one open at its start included).
        case placements
        /// The start of the current run of interim care orders.
        case interimCareOrderStart = "interim_care_order_start"
        /// An age in whole years at the period end.
        case ageAtEnd = "age_at_end"
        /// An SDQ score.
        case score
        /// A local event counted as a repeat: the child's latest earlier event of the kind.
        case earlierEvent = "earlier_event"
        /// A local episode's days from its start to its end (its end minus its start).
        case durationDays = "duration_days"
        /// The day an adopted child was placed for adoption (moved in with the adoptive family).
        case placedForAdoption = "placed_for_adoption"
        /// The first day of the placement order of an adopted child's period of care.
        case placementOrder = "placement_order"
        /// The day an adopted child was matched with the adopters (`DATE_MATCH`).
        case matched
    }

    /// A fact's value.
    @frozen
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        /// A date.
        case day(Day)
        /// A whole number.
        case integer(Int64)

        /// The date in ISO 8601 form, or the number.
        public var description: String {
            switch self {
            case .day(let day): day.description
            case .integer(let value): String(value)
            }
        }
    }

    /// What the fact is.
    public var name: Name
    /// Its value.
    public var value: Value

    /// Creates a fact.
    public init(name: Name, value: Value) {
        self.name = name
        self.value = value
    }

    /// `name=value`.
    public var description: String { "\(name.rawValue)=\(value)" }
}
