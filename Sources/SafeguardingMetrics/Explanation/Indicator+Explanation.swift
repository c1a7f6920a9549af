extension Indicator {
    /// Whether ``IndicatorComputation/explain(_:authority:cell:)`` can list this indicator's
    /// records: a standard indicator, counted by the kernel's counters, or a local measure of
    /// local events or episodes. A local measure of school attendance (sessions, not records) or
    /// of audits (an authority's, not a child's), and a definition the computation cannot count,
    /// are not explainable.
    public var isExplainable: Bool {
        switch counting {
        case .counters: true
        case .localMeasure(let template):
            switch template {
            case .eventRate, .eventCount, .repeatEvents, .episodeSnapshotRate, .episodesLastingMoreThan: true
            case .attendance, .auditsGoodOrBetter: false
            }
        case .declared: false
        }
    }

    /// Whether this indicator is a local measure: a council's own definition, counted from the
    /// cohort's local tables by a ``LocalMeasure/Template``.
    public var isLocalMeasure: Bool {
        if case .localMeasure = counting { true } else { false }
    }
}
