/// Local events of any kind (INDICATORS.md §4): early help assessments, family group
/// conferences, entries into pre-proceedings. Every row counts; there is no key.
public struct LocalEventTable: Sendable {
    /// The child.
    public internal(set) var child: [Int32] = []
    /// The event's date.
    public internal(set) var date: [Int32] = []
    /// The kind: an index into ``Cohort/LocalTables/kinds``.
    public internal(set) var kind: [UInt16] = []

    /// The number of events.
    public var count: Int { child.count }
}

/// Local episodes of any kind (§4): early help plans, pre-proceedings, edge-of-care support.
public struct LocalEpisodeTable: Sendable {
    /// The child.
    public internal(set) var child: [Int32] = []
    /// The start.
    public internal(set) var start: [Int32] = []
    /// The end, or ``DayNumber/open``.
    public internal(set) var end: [Int32] = []
    /// The kind: an index into ``Cohort/LocalTables/kinds``.
    public internal(set) var kind: [UInt16] = []

    /// The number of episodes.
    public var count: Int { child.count }
}

/// School attendance of children (§4): possible and attended sessions over a period.
public struct AttendanceTable: Sendable {
    /// The child.
    public internal(set) var child: [Int32] = []
    /// The first day the sessions cover.
    public internal(set) var start: [Int32] = []
    /// The last day the sessions cover.
    public internal(set) var end: [Int32] = []
    /// Possible sessions.
    public internal(set) var possibleSessions: [Int32] = []
    /// Sessions attended.
    public internal(set) var attendedSessions: [Int32] = []

    /// The number of rows.
    public var count: Int { child.count }
}

/// Case-file audits (§4): date, practice domain and grade.
public struct AuditTable: Sendable {
    /// The authority: an index into ``Cohort/authorities``.
    public internal(set) var authority: [UInt16] = []
    /// The audit's date.
    public internal(set) var date: [Int32] = []
    /// The practice domain: an index into ``Cohort/LocalTables/kinds``.
    public internal(set) var domain: [UInt16] = []
    /// The grade: an ``AuditGradeCodes`` raw value.
    public internal(set) var grade: [UInt8] = []

    /// The number of audits.
    public var count: Int { date.count }
}

/// Audit grades, Ofsted's four-point scale.
public enum AuditGradeCodes: CodeListDefinition {
    /// The codes, best first.
    public static let list = CodeList(name: "audit grade", [
        ("OUT", "Outstanding"), ("GOOD", "Good"), ("RI", "Requires improvement"), ("INAD", "Inadequate"),
    ])

    /// The raw value of a grade written in words (`Good`, `requires improvement`, `RI`), or
    /// ``CodeList/invalid``.
    public static func grade(_ text: String) -> UInt8 {
        switch text.uppercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: " ") {
        case "OUTSTANDING", "OUT": list.index(of: "OUT")!
        case "GOOD": list.index(of: "GOOD")!
        case "RI", "REQUIRES IMPROVEMENT", "REQUIRES IMPROVEMENT TO BE GOOD": list.index(of: "RI")!
        case "INADEQUATE", "INAD": list.index(of: "INAD")!
        case "": CodeList.blank
        default: CodeList.invalid
        }
    }
}
