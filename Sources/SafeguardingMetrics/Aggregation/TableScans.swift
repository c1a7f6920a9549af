/// Which of a child's tables a computation must read, from the requirements of the requested
/// indicators and local measures: a request for CIN indicators alone does not walk the child's
/// episodes of care, and so on. An attendance measure needs the child's status at the period
/// end, recorded by the pass over the table of that status.
struct TableScans: Sendable {
    /// The CIN census passes over referrals, assessments, enquiries and plans, each run only when a
    /// requested counter is counted from its table (an assessment's counters read the referral
    /// table's columns, not the pass over it; a conference is counted by the referral and enquiry
    /// passes, whose tables it lists).
    let referrals: Bool
    let assessments: Bool
    let section47: Bool
    let plans: Bool
    /// The pass over episodes of care and missing episodes.
    let care: Bool
    /// Whether any CIN census pass runs.
    var cin: Bool { referrals || assessments || section47 || plans }
    let oc2: Bool
    let oc3: Bool
    /// Whether a local measure needs each child's status at the period end.
    let status: Bool

    /// The scans of `request`, whose local measures include every local measure it computes.
    ///
    /// - Precondition: every requested indicator that is not a local measure is in the catalogue.
    init(_ request: IndicatorRequest) {
        let localIDs = Set(request.localMeasures.map(\.id))
        var tables = RequiredTables()
        var status = false, referralPass = false
        for id in request.indicators where !localIDs.contains(id) {
            let counting = request.catalogue[id]!.counting
            tables.formUnion(counting.tables)
            if case .counters(let recipe) = counting, recipe.isCountedByReferralPass { referralPass = true }
        }
        for measure in request.localMeasures {
            let requirements = measure.template.requirements
            tables.formUnion(requirements.tables)
            // A child's status in need comes from the referral pass.
            if requirements.tables.contains(.referrals) { referralPass = true }
            status = status || requirements.statusAtPeriodEnd
        }
        referrals = referralPass
        assessments = tables.contains(.assessments)
        section47 = tables.contains(.section47)
        plans = tables.contains(.plans)
        care = !tables.isDisjoint(with: .care)
        oc2 = tables.contains(.oc2)
        oc3 = tables.contains(.oc3)
        self.status = status
    }
}
