extension IndicatorComputation {
    /// A child's status at the period end, which attendance measures need.
    struct ChildStatus {
        var childInNeed = false
        var childProtection = false
        var lookedAfter = false
    }

    /// Counts every row of one child in every table.
    @inline(__always)
    func accumulate(child: Int32, into sink: inout CounterSink) {
        let area = Int(request.cohort.children.authority[Int(child)])
        guard selected[area] else { return }
        var status = ChildStatus()
        if scans.cin { accumulateCIN(child: child, area: area, status: &status, into: sink) }
        if scans.care { accumulateCare(child: child, area: area, status: &status, into: sink) }
        if scans.oc2 { accumulateOC2(child: child, area: area, into: sink) }
        if scans.oc3 { accumulateOC3(child: child, area: area, into: sink) }
        if !request.localMeasures.isEmpty { accumulateLocal(child: child, area: area, status: status, into: sink) }
    }

    /// The breakdown cell of a record of `child` dated `date`.
    ///
    /// - Parameters:
    ///   - need: the record's primary need code, or 254 when it has none.
    ///   - category: the plan's category of abuse (initial, latest), or 254 when not a plan.
    ///   - placement: the placement code, or 254 when not a placement.
    @inline(__always)
    func cell(child: Int32, date: Int32, need: UInt8 = 254, initialCategory: UInt8 = 254, latestCategory: UInt8 = 254,
              placement: UInt8 = 254) -> Int {
        let children = request.cohort.children
        let c = Int(child)
        switch request.breakdown {
        case .none:
            return 0
        case .ageBand:
            return Breakdown.ageBandCell(birth: children.birth[c], expectedBirth: children.expectedBirth[c], at: date)
        case .sex:
            return Breakdown.codeCell(children.sex[c], count: SexCodes.list.count)
        case .ethnicity:
            return Breakdown.codeCell(children.ethnicity[c], count: EthnicityCodes.list.count)
        case .ethnicGroup:
            return EthnicityCodes.majorGroup(of: children.ethnicity[c]) ?? EthnicityCodes.majorGroups.count
        case .disability:
            return children.disabled[c] == 1 ? 0 : children.disabled[c] == 0 ? 1 : 2
        case .primaryNeed:
            return Breakdown.codeCell(need == 254 ? CodeList.blank : need, count: PrimaryNeedCodes.list.count)
        case .initialCategoryOfAbuse, .latestCategoryOfAbuse:
            let raw = request.breakdown == .initialCategoryOfAbuse ? initialCategory : latestCategory
            if raw == 254 { return AbuseCategoryCodes.list.count + 1 }
            return Breakdown.codeCell(raw, count: AbuseCategoryCodes.list.count)
        case .placementGroup:
            if placement == 254 { return 4 }
            if request.configuration.foster.contains(raw: placement) { return 0 }
            if request.configuration.residential.contains(raw: placement) { return 1 }
            return placement >= 1 && Int(placement) <= PlacementTypeCodes.list.count ? 2 : 3
        }
    }
}
