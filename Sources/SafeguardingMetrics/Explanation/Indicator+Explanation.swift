extension Indicator {
    /// Whether ``IndicatorComputation/explain(_:authority:cell:)`` can list this indicator's
    /// records: a standard indicator, counted by the kernel's counters. A local measure (counted
    /// from a council's own tables by its template) and a definition the computation cannot count
    /// are not explainable.
    public var isExplainable: Bool {
        if case .counters = counting { true } else { false }
    }

    /// Whether this indicator is a local measure: a council's own definition, counted from the
    /// cohort's local tables by a ``LocalMeasure/Template``.
    public var isLocalMeasure: Bool {
        if case .localMeasure = counting { true } else { false }
    }
}
