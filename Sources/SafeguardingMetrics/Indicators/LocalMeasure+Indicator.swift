/// The local templates of INDICATORS.md §4 as indicator definitions: their text, kind and
/// requirements follow from the template, so a council's own measure is documented, listed and
/// planned like a standard one.
extension LocalMeasure {
    /// The measure as an indicator: titled by its identifier, with no polarity. Results of the
    /// measure carry this definition unless the request's catalogue has one made from the same
    /// template.
    ///
    /// ```swift
    /// let measure = LocalMeasure(id: "fgc.repeat.percent", template: .repeatEvents(kind: "FGC", withinMonths: 12))
    /// measure.indicator.definition.numerator   // events of the kind "FGC" in the period where …
    /// ```
    public var indicator: Indicator { Indicator(self) }
}

extension Indicator {
    /// Creates the definition of a local measure, counted by the measure's template.
    ///
    /// Put it in a request's ``IndicatorRequest/catalogue`` and name it in
    /// ``IndicatorRequest/indicators``: the computation counts it as the measure, with no need to
    /// list it in ``IndicatorRequest/localMeasures`` too.
    ///
    /// ```swift
    /// let early = Indicator(LocalMeasure(id: "early_help.assessments.rate", template: .eventRate(kind: "EHA")),
    ///                       title: "Early help assessments per 10,000 children")
    /// request.catalogue = IndicatorCatalogue.standard.replacing(early)
    /// request.indicators = ["early_help.assessments.rate", "referrals.rate"]
    /// ```
    ///
    /// - Parameters:
    ///   - measure: the measure, which gives the identifier, unit, precision and counting.
    ///   - title: the title; by default the identifier.
    ///   - polarity: which direction is better; by default none.
    ///   - definition: the text; by default the template's.
    public init(_ measure: LocalMeasure, title: String? = nil, polarity: Polarity = .none,
                definition: IndicatorDefinition? = nil) {
        let template = measure.template
        self.init(id: measure.id, title: title ?? measure.id.rawValue, unit: measure.unit, decimals: measure.decimals,
                  polarity: polarity, source: .local, kind: template.kind, definition: definition ?? template.definition,
                  counting: .localMeasure(template))
    }
}

extension LocalMeasure.Template {
    /// Whether the template counts events in the period or takes a snapshot at its end.
    var kind: MeasureKind {
        switch self {
        case .episodeSnapshotRate: .snapshot
        case .eventRate, .eventCount, .repeatEvents, .episodesLastingMoreThan, .attendance, .auditsGoodOrBetter: .flow
        }
    }

    /// What the template's counting reads.
    var requirements: IndicatorRequirements {
        switch self {
        case .eventRate: IndicatorRequirements(population: true, tables: .localEvents)
        case .episodeSnapshotRate: IndicatorRequirements(population: true, tables: .localEpisodes)
        case .eventCount, .repeatEvents: IndicatorRequirements(population: false, tables: .localEvents)
        case .episodesLastingMoreThan: IndicatorRequirements(population: false, tables: .localEpisodes)
        case .attendance(let status):
            IndicatorRequirements(population: false, tables: RequiredTables.attendance.union(status.tables),
                                  statusAtPeriodEnd: true)
        case .auditsGoodOrBetter: IndicatorRequirements(population: false, tables: .audits, breakdowns: [])
        }
    }

    /// The template's definition in words.
    var definition: IndicatorDefinition {
        let children = "children aged 0-17 (the ONS mid-year estimate paired with the period)"
        let events = "local events: child, date, kind", episodes = "local episodes: child, start, end, kind"
        switch self {
        case .eventRate(let kind):
            return IndicatorDefinition(
                summary: "Local events of the kind \"\(kind)\" in the period, per 10,000 children.",
                numerator: "events of the kind \"\(kind)\" dated in the period (each event)", denominator: children,
                records: events)
        case .episodeSnapshotRate(let kind):
            return IndicatorDefinition(
                summary: "Children with a local episode of the kind \"\(kind)\" open at the period end, per 10,000 children.",
                numerator: "children with an episode of the kind \"\(kind)\" started on or before the period end and not "
                    + "ended by it",
                denominator: children, records: episodes)
        case .eventCount(let kind):
            return IndicatorDefinition(
                summary: "The number of local events of the kind \"\(kind)\" in the period.",
                numerator: "events of the kind \"\(kind)\" dated in the period (each event)", denominator: "none (a count)",
                records: events)
        case .repeatEvents(let kind, let months):
            return IndicatorDefinition(
                summary: "The share of local events of the kind \"\(kind)\" in the period that repeat one within \(months) "
                    + "months.",
                numerator: "events of the kind \"\(kind)\" in the period where the same child has a strictly earlier event of "
                    + "the kind dated on or after the same day \(months) months before",
                denominator: "events of the kind \"\(kind)\" dated in the period", records: events)
        case .episodesLastingMoreThan(let kind, let days):
            return IndicatorDefinition(
                summary: "The share of local episodes of the kind \"\(kind)\" ended in the period that lasted more than "
                    + "\(days) days.",
                numerator: "of the denominator, episodes whose end minus start is more than \(days) days",
                denominator: "episodes of the kind \"\(kind)\" with a start date that ended in the period", records: episodes)
        case .attendance(let status):
            return IndicatorDefinition(
                summary: "School attendance of children \(status.phrase) at the period end: sessions attended as a "
                    + "percentage of possible sessions.",
                numerator: "sessions attended, over the denominator's attendance rows",
                denominator: "possible sessions, over attendance rows whose last day is in the period, of children "
                    + "\(status.phrase) at the period end",
                records: "local attendance: child, period, possible and attended sessions; the child's status from the "
                    + "CIN census or SSDA903")
        case .auditsGoodOrBetter(let domain):
            let which = domain.map { "in the domain \"\($0)\"" } ?? "in any domain"
            return IndicatorDefinition(
                summary: "The share of case audits \(which) dated in the period that were graded outstanding or good.",
                numerator: "audits graded outstanding or good", denominator: "audits \(which) dated in the period with a "
                    + "valid grade",
                records: "local audits: authority, date, domain, grade")
        }
    }
}

extension LocalMeasure.Status {
    /// The table whose pass records the status.
    var tables: RequiredTables {
        switch self {
        case .childInNeed: .referrals
        case .childProtection: .plans
        case .lookedAfter: .careEpisodes
        }
    }

    /// The status in words: "in need", "on a child protection plan", "looked after".
    var phrase: String {
        switch self {
        case .childInNeed: "in need"
        case .childProtection: "on a child protection plan"
        case .lookedAfter: "looked after"
        }
    }
}
