extension LocalMeasure {
    /// The templates as written in a specification, with their arguments.
    public static let specificationForms = [
        "event_rate:KIND", "episode_rate:KIND", "event_count:KIND", "repeat_events:KIND:MONTHS",
        "episodes_over:KIND:DAYS", "attendance:cin|cp|cla", "audits_good", "audits_good:DOMAIN",
    ]

    /// Reads a measure written `ID=TEMPLATE`, as a command line or a configuration file gives it:
    ///
    /// | text | template |
    /// |---|---|
    /// | `ID=event_rate:KIND` | ``Template/eventRate(kind:)`` |
    /// | `ID=episode_rate:KIND` | ``Template/episodeSnapshotRate(kind:)`` |
    /// | `ID=event_count:KIND` | ``Template/eventCount(kind:)`` |
    /// | `ID=repeat_events:KIND:MONTHS` | ``Template/repeatEvents(kind:withinMonths:)`` |
    /// | `ID=episodes_over:KIND:DAYS` | ``Template/episodesLastingMoreThan(kind:days:)`` |
    /// | `ID=attendance:cin`, `cp` or `cla` | ``Template/attendance(status:)`` |
    /// | `ID=audits_good` or `ID=audits_good:DOMAIN` | ``Template/auditsGoodOrBetter(domain:)`` |
    ///
    /// Kinds and domains are as written in the local tables' `kind` and `domain` columns.
    ///
    /// ```swift
    /// let measure = try LocalMeasure(specification: "early_help.assessments.rate=event_rate:EHA")
    /// measure.template   // .eventRate(kind: "EHA")
    /// ```
    ///
    /// - Throws: ``LocalMeasureSpecificationError`` for text not of that form.
    public init(specification text: String) throws(LocalMeasureSpecificationError) {
        func fail(_ reason: String) -> LocalMeasureSpecificationError {
            LocalMeasureSpecificationError(text: text, reason: reason)
        }
        guard let equals = text.firstIndex(of: "=") else {
            throw fail("write ID=TEMPLATE, e.g. early_help.assessments.rate=event_rate:EHA")
        }
        let id = LocalMeasure.trimmed(text[..<equals])
        guard !id.isEmpty else { throw fail("no identifier before '='") }
        let rest = text[text.index(after: equals)...]
        let name = LocalMeasure.trimmed(rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let argument = rest.contains(":") ? LocalMeasure.trimmed(rest[rest.index(after: rest.firstIndex(of: ":")!)...]) : ""
        /// The kind and a whole number after the last colon.
        func kindAndNumber(_ what: String) throws(LocalMeasureSpecificationError) -> (String, Int) {
            guard let colon = argument.lastIndex(of: ":"), let number = Int(argument[argument.index(after: colon)...]),
                  number > 0, !argument[..<colon].isEmpty else {
                throw fail("\(name) needs KIND:\(what), a whole number of \(what.lowercased()) above 0")
            }
            return (String(argument[..<colon]), number)
        }
        let template: Template
        switch name {
        case "event_rate", "episode_rate", "event_count":
            guard !argument.isEmpty else { throw fail("\(name) needs a kind: \(name):KIND") }
            template = name == "event_rate" ? .eventRate(kind: argument)
                : name == "episode_rate" ? .episodeSnapshotRate(kind: argument) : .eventCount(kind: argument)
        case "repeat_events":
            let (kind, months) = try kindAndNumber("MONTHS")
            template = .repeatEvents(kind: kind, withinMonths: months)
        case "episodes_over":
            let (kind, days) = try kindAndNumber("DAYS")
            template = .episodesLastingMoreThan(kind: kind, days: days)
        case "attendance":
            guard let status = Status(rawValue: argument) else { throw fail("attendance needs cin, cp or cla") }
            template = .attendance(status: status)
        case "audits_good":
            template = .auditsGoodOrBetter(domain: argument.isEmpty ? nil : argument)
        default:
            throw fail("'\(name)' is not a template; write one of " + LocalMeasure.specificationForms.joined(separator: ", "))
        }
        self.init(id: IndicatorID(id), template: template)
    }

    /// `text` without leading and trailing spaces.
    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
