/// Which of a child's tables a computation must read, from the requirements of the requested
/// indicators and local measures: a request for CIN indicators alone does not walk the child's
/// episodes of care, and so on. An attendance measure needs the child's status at the period
/// end, recorded by the pass over the table of that status.
struct TableScans: Sendable {
    /// The CIN census passes (referrals, assessments, enquiries, plans), run together.
    let cin: Bool
    /// The pass over episodes of care and missing episodes.
    let care: Bool
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
        var status = false
        for id in request.indicators where !localIDs.contains(id) {
            tables.formUnion(request.catalogue[id]!.counting.tables)
        }
        for measure in request.localMeasures {
            let requirements = measure.template.requirements
            tables.formUnion(requirements.tables)
            status = status || requirements.statusAtPeriodEnd
        }
        cin = !tables.isDisjoint(with: .cinCensus)
        care = !tables.isDisjoint(with: .care)
        oc2 = tables.contains(.oc2)
        oc3 = tables.contains(.oc3)
        self.status = status
    }
}
