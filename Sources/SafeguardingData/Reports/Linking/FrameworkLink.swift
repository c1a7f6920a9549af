import SafeguardingMetrics

/// How one framework row is linked to a computed indicator, or why it is not.
///
/// ```swift
/// let link = FrameworkLinks(framework: framework).links[2]
/// link.state          // .suggested("referrals.rate")
/// link.reason         // no computed_id; its title and unit match referrals.rate: add the column computed_id …
/// ```
@frozen
public struct FrameworkLink: Sendable, Hashable {
    /// The row's identifier.
    public var row: FrameworkRowID
    /// The row's title.
    public var title: String
    /// The row's unit.
    public var unit: MeasureUnit
    /// The link, or why there is none.
    public var state: State

    /// A row's link.
    @frozen
    public enum State: Sendable, Hashable {
        /// Linked to the indicator (by its `computed_id`, or an id that names one).
        case linked(IndicatorID)
        /// The row's `computed_id` names no indicator of the catalogue; the nearest identifiers
        /// by edit distance are offered.
        case unknown(IndicatorID, nearest: [IndicatorID])
        /// No `computed_id`; the indicator whose title and unit match is proposed.
        case suggested(IndicatorID)
        /// No `computed_id`; several indicators match equally well.
        case ambiguous([IndicatorID])
        /// No `computed_id`, and no indicator of the row's unit measures what its title names.
        case unmatched
    }

    /// Creates a link.
    public init(row: FrameworkRowID, title: String, unit: MeasureUnit, state: State) {
        self.row = row
        self.title = title
        self.unit = unit
        self.state = state
    }

    /// The linked indicator, when the row is linked.
    public var indicator: IndicatorID? {
        if case .linked(let id) = state { return id }
        return nil
    }

    /// A short code for the state, as in JSON: `linked`, `unknown_computed_id`, `suggested`,
    /// `ambiguous` or `no_match`.
    public var code: String {
        switch state {
        case .linked: "linked"
        case .unknown: "unknown_computed_id"
        case .suggested: "suggested"
        case .ambiguous: "ambiguous"
        case .unmatched: "no_match"
        }
    }

    /// The indicators proposed: the suggestion, the equal matches, or the nearest identifiers.
    public var candidates: [IndicatorID] {
        switch state {
        case .linked, .unmatched: []
        case .unknown(_, let nearest): nearest
        case .suggested(let id): [id]
        case .ambiguous(let ids): ids
        }
    }

    /// Why the row is not linked and what to do, in a sentence (empty when it is linked).
    public var reason: String {
        switch state {
        case .linked:
            return ""
        case .unknown(let id, let nearest):
            return "computed_id \(id) is not an indicator; did you mean \(FrameworkLink.list(nearest, or: true))? "
                + "('safeguarding-metrics indicators --list' lists every id)"
        case .suggested(let id):
            return "no computed_id; its title and unit match \(id): add the column computed_id with the value \(id) "
                + "to compute and compare it"
        case .ambiguous(let ids):
            return "no computed_id; its title matches \(FrameworkLink.list(ids, or: true)) equally: add computed_id "
                + "with the one it means"
        case .unmatched:
            return "no computed_id, and no standard indicator in \(unit.displayName) matches its title (a local measure?)"
        }
    }

    /// `a, b or c`.
    static func list(_ ids: [IndicatorID], or: Bool) -> String {
        let names = ids.map(\.rawValue)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + names.last!
    }
}
