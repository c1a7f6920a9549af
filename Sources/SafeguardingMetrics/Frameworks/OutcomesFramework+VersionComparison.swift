extension OutcomesFramework {
    /// What changed from `earlier` to this version: indicators added, dropped, renamed (same
    /// identifier, different title) and redefined (same identifier, different unit or polarity).
    ///
    /// Indicators are matched by identifier (the first row with it, when a version repeats one).
    /// Changes come in this version's order (added, renamed, redefined), then the dropped
    /// indicators in the earlier version's order. Titles are compared exactly.
    ///
    /// ```swift
    /// let changes = january.changes(since: october)
    /// changes.filter { $0.kind == .redefined && $0.isPolarityInverted }
    /// ```
    /// - Complexity: O(n + m) in the numbers of indicators.
    public func changes(since earlier: OutcomesFramework) -> [FrameworkVersionChange] {
        var earlierByID: [FrameworkRowID: FrameworkIndicator] = [:]
        for indicator in earlier.indicators where earlierByID[indicator.id] == nil {
            earlierByID[indicator.id] = indicator
        }
        var laterIDs: Set<FrameworkRowID> = []
        var changes: [FrameworkVersionChange] = []
        for indicator in indicators where laterIDs.insert(indicator.id).inserted {
            guard let before = earlierByID[indicator.id] else {
                changes.append(FrameworkVersionChange(kind: .added, id: indicator.id, before: nil, after: indicator))
                continue
            }
            if before.title != indicator.title {
                changes.append(FrameworkVersionChange(kind: .renamed, id: indicator.id, before: before, after: indicator))
            }
            if before.unit != indicator.unit || before.polarity != indicator.polarity {
                changes.append(FrameworkVersionChange(kind: .redefined, id: indicator.id, before: before, after: indicator))
            }
        }
        var dropped: Set<FrameworkRowID> = []
        for indicator in earlier.indicators where !laterIDs.contains(indicator.id) && dropped.insert(indicator.id).inserted {
            changes.append(FrameworkVersionChange(kind: .dropped, id: indicator.id, before: indicator, after: nil))
        }
        return changes
    }
}
