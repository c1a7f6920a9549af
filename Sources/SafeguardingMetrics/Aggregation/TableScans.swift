/// Which of a child's tables a computation must read: a request for CIN indicators alone does not
/// walk the child's episodes of care, and so on. Attendance measures need the child's status at
/// the period end, so they read both the CIN and the care tables.
struct TableScans: Sendable {
    let cin: Bool
    let care: Bool
    let oc2: Bool
    let oc3: Bool
    /// Whether a local measure needs each child's status at the period end.
    let status: Bool

    init(_ request: IndicatorRequest) {
        var cin = false, care = false, oc2 = false, oc3 = false
        for id in request.indicators {
            guard let indicator = request.catalogue[id] else { continue }
            switch indicator.source {
            case .cinCensus: cin = true
            case .ssda903:
                if id.rawValue.hasPrefix("sdq.") { oc2 = true }
                else if id.rawValue.hasPrefix("care_leavers.") { oc3 = true }
                else { care = true }
            case .local: break
            }
        }
        let needsStatus = request.localMeasures.contains { measure in
            if case .attendance = measure.template { return true }
            return false
        }
        self.cin = cin || needsStatus
        self.care = care || needsStatus
        self.oc2 = oc2
        self.oc3 = oc3
        status = needsStatus
    }
}
