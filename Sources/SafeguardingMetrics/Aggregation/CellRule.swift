/// How the counting passes find a record's breakdown cell. The passes are generic over it so that
/// a computation without a breakdown compiles to passes where every cell is 0, with no switch per
/// record.
protocol CellRule {
    /// The breakdown cell of a record of `child` dated `date`.
    ///
    /// - Parameters:
    ///   - need: the record's primary need code, or 254 when it has none.
    ///   - initialCategory, latestCategory: the plan's categories of abuse, or 254 when not a plan.
    ///   - placement: the placement code, or 254 when not a placement.
    ///   - source: the referral source of a CIN record's referral, or 254 when not a CIN record.
    func cell(child: Int32, date: Int32, need: UInt8, initialCategory: UInt8, latestCategory: UInt8, placement: UInt8,
              source: UInt8) -> Int
}

extension CellRule {
    /// The cell of a record that has no code of its own to break down by.
    @inline(__always)
    func cell(child: Int32, date: Int32) -> Int {
        cell(child: child, date: date, need: 254, initialCategory: 254, latestCategory: 254, placement: 254, source: 254)
    }

    /// The cell of a CIN record with a primary need and, through its referral, a referral source.
    @inline(__always)
    func cell(child: Int32, date: Int32, need: UInt8, source: UInt8 = 254) -> Int {
        cell(child: child, date: date, need: need, initialCategory: 254, latestCategory: 254, placement: 254, source: source)
    }

    /// The cell of a child protection plan, with its referral's primary need and source.
    @inline(__always)
    func cell(child: Int32, date: Int32, need: UInt8 = 254, source: UInt8 = 254, initialCategory: UInt8,
              latestCategory: UInt8) -> Int {
        cell(child: child, date: date, need: need, initialCategory: initialCategory, latestCategory: latestCategory,
             placement: 254, source: source)
    }

    /// The cell of an episode of care.
    @inline(__always)
    func cell(child: Int32, date: Int32, need: UInt8, placement: UInt8) -> Int {
        cell(child: child, date: date, need: need, initialCategory: 254, latestCategory: 254, placement: placement, source: 254)
    }
}

/// No breakdown: one cell.
struct SingleCell: CellRule {
    @inline(__always)
    func cell(child: Int32, date: Int32, need: UInt8, initialCategory: UInt8, latestCategory: UInt8, placement: UInt8,
              source: UInt8) -> Int { 0 }
}

/// The cells of a breakdown (INDICATORS.md §2-3).
struct BreakdownCells: CellRule {
    let breakdown: Breakdown
    let children: ChildTable
    let foster: CodeSet<PlacementTypeCodes>
    let residential: CodeSet<PlacementTypeCodes>

    init(_ request: IndicatorRequest) {
        breakdown = request.breakdown
        children = request.cohort.children
        foster = request.configuration.foster
        residential = request.configuration.residential
    }

    @inline(__always)
    func cell(child: Int32, date: Int32, need: UInt8, initialCategory: UInt8, latestCategory: UInt8, placement: UInt8,
              source: UInt8) -> Int {
        let c = Int(child)
        switch breakdown {
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
            let raw = breakdown == .initialCategoryOfAbuse ? initialCategory : latestCategory
            if raw == 254 { return AbuseCategoryCodes.list.count + 1 }
            return Breakdown.codeCell(raw, count: AbuseCategoryCodes.list.count)
        case .placementGroup:
            if placement == 254 { return 4 }
            if foster.contains(raw: placement) { return 0 }
            if residential.contains(raw: placement) { return 1 }
            return placement >= 1 && Int(placement) <= PlacementTypeCodes.list.count ? 2 : 3
        case .referralSource:
            if source == 254 { return ReferralSourceCodes.list.count + 1 }
            return Breakdown.codeCell(source, count: ReferralSourceCodes.list.count)
        }
    }
}
