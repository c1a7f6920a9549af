/// A council's own measure on the generic local tables (INDICATORS.md §4), computed in the same
/// pass as the standard indicators.
///
/// Kinds and audit domains are named as in ``Cohort/LocalTables/kinds``; a name the cohort does
/// not have simply counts nothing.
///
/// ```swift
/// let measures = [
///     LocalMeasure(id: "early_help.assessments.rate", template: .eventRate(kind: "early help assessment")),
///     LocalMeasure(id: "fgc.repeat.percent", template: .repeatEvents(kind: "FGC", withinMonths: 12)),
///     LocalMeasure(id: "audits.good.percent", template: .auditsGoodOrBetter(domain: nil)),
/// ]
/// ```
@frozen
public struct LocalMeasure: Sendable, Hashable {
    /// The measure's identifier on results.
    public var id: IndicatorID
    /// What it counts.
    public var template: Template
    /// The published precision (1 decimal place by default).
    public var decimals: Int

    /// The statuses a child can be in at the period end, for attendance.
    @frozen
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// A child in need: a CIN episode open at the end (not NFA).
        case childInNeed = "cin"
        /// On a child protection plan at the end.
        case childProtection = "cp"
        /// Looked after at the end.
        case lookedAfter = "cla"
    }

    /// The templates of §4.
    @frozen
    public enum Template: Sendable, Hashable {
        /// Events of the kind dated in the period, per 10,000 children (each event counts).
        case eventRate(kind: String)
        /// Children with an episode of the kind open at the period end, per 10,000 children.
        case episodeSnapshotRate(kind: String)
        /// Events of the kind dated in the period (a count, no denominator).
        case eventCount(kind: String)
        /// Of events of the kind in the period, the percentage where the same child has a
        /// strictly earlier event of the kind on or after the date `withinMonths` months before.
        case repeatEvents(kind: String, withinMonths: Int)
        /// Of episodes of the kind that ended in the period, the percentage that lasted more than
        /// `days` days (end − start > days).
        case episodesLastingMoreThan(kind: String, days: Int)
        /// Σ attended / Σ possible sessions, over attendance rows whose last day is in the
        /// period, of children in `status` at the period end.
        case attendance(status: Status)
        /// Of audits dated in the period with a valid grade (in `domain`, or any when `nil`), the
        /// percentage graded outstanding or good.
        case auditsGoodOrBetter(domain: String?)
    }

    /// Creates a local measure.
    public init(id: IndicatorID, template: Template, decimals: Int = 1) {
        precondition((0...6).contains(decimals), "decimals must be 0...6")
        self.id = id
        self.template = template
        self.decimals = decimals
    }

    /// The unit of the measure's value.
    public var unit: MeasureUnit {
        switch template {
        case .eventRate, .episodeSnapshotRate: .ratePer10k
        case .eventCount: .count
        case .repeatEvents, .episodesLastingMoreThan, .attendance, .auditsGoodOrBetter: .percentage
        }
    }
}
