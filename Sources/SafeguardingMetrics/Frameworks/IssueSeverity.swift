/// How serious a framework finding or scorecard issue is.
///
/// The raw values are the snake-case names used in JSON.
@frozen
public enum IssueSeverity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Worth knowing, nothing wrong: a blank or TBC cell, an actual dated after the scorecard date.
    case note
    /// Probably wrong or incomplete: no baseline, no values, a figure that disagrees.
    case warning
    /// Wrong by the rules: a value on the wrong scale, a percentage over 100, a duplicate id.
    case error

    /// Orders note < warning < error.
    public static func < (lhs: IssueSeverity, rhs: IssueSeverity) -> Bool {
        let order: [IssueSeverity] = [.note, .warning, .error]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
