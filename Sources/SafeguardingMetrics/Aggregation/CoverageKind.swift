/// What a coverage count counts; the raw value is the stable `snake_case` JSON key.
@frozen
public enum CoverageKind: String, Sendable, Hashable, CaseIterable {
    /// Placements whose distance from home is unknown (a blank postcode or one not in the lookup).
    case distanceUnknown = "distance_unknown"
    /// Records with a placement code that is blank or not in the code list.
    case invalidCode = "invalid_code"
    /// Records with a date needed for the measure blank or unreadable.
    case unknownDate = "unknown_date"
    /// Records whose end is before their start (kept in the denominator, not timely).
    case endBeforeStart = "end_before_start"
    /// Children whose date of birth is unknown, so their age could not be taken.
    case birthUnknown = "birth_unknown"
    /// SDQ scores present but not a valid score 0-40 (treated as no score).
    case invalidScore = "invalid_score"
    /// Plans whose `NumberOfPreviousCPP` of 0 is contradicted by an earlier plan in the data.
    case contradictedPreviousPlans = "contradicted_previous_plans"
    /// Episodes of care open at the same time as another of the same child.
    case overlappingEpisodes = "overlapping_episodes"
    /// Records the measure's definition leaves out, counted so a reader sees them: care leavers who
    /// died or returned home; adopted children never placed for adoption, or with no placement order.
    case excluded
    /// Records whose detail table has no row for them: a child adopted with no `ad1` row, a child
    /// starting to be looked after with no `previous_permanence` row.
    case noRecord = "no_record"
}
