/// Offsets that give each child's (or referral's) rows of the tables a cohort does not index
/// itself, built once per computation so that a shard of children finds all its rows in O(1).
struct CohortIndex: Sendable {
    /// Assessments of referral `r`: `assessmentOffsets[r]..<assessmentOffsets[r + 1]`.
    let assessmentOffsets: [Int32]
    /// Section 47 enquiries of referral `r`.
    let section47Offsets: [Int32]
    /// Missing episodes of child `c` (the table is sorted by child).
    let missingOffsets: [Int32]
    /// OC2 rows of child `c`: `oc2Order[oc2Offsets[c]..<oc2Offsets[c + 1]]`.
    let oc2Offsets: [Int32]
    let oc2Order: [Int32]
    /// OC3 rows by child.
    let oc3Offsets: [Int32]
    let oc3Order: [Int32]
    /// Local events by child, each child's in date order.
    let eventOffsets: [Int32]
    let eventOrder: [Int32]
    /// Local episodes by child.
    let localEpisodeOffsets: [Int32]
    let localEpisodeOrder: [Int32]
    /// Attendance rows by child.
    let attendanceOffsets: [Int32]
    let attendanceOrder: [Int32]

    /// Builds the offsets.
    ///
    /// - Complexity: O(n) in the rows, plus sorting each child's local events by date.
    init(_ cohort: Cohort) {
        let children = cohort.children.count
        assessmentOffsets = Cohort.offsets(sortedChildren: cohort.assessments.referral, childCount: cohort.referrals.count)
        section47Offsets = Cohort.offsets(sortedChildren: cohort.section47.referral, childCount: cohort.referrals.count)
        missingOffsets = Cohort.offsets(sortedChildren: cohort.missing.child, childCount: children)
        (oc2Offsets, oc2Order) = CohortIndex.group(cohort.oc2.child, childCount: children)
        (oc3Offsets, oc3Order) = CohortIndex.group(cohort.oc3.child, childCount: children)
        var events = CohortIndex.group(cohort.local.events.child, childCount: children)
        let dates = cohort.local.events.date
        for child in 0..<children {
            let range = Int(events.offsets[child])..<Int(events.offsets[child + 1])
            if range.count > 1 { events.order[range].sort { (dates[Int($0)], $0) < (dates[Int($1)], $1) } }
        }
        (eventOffsets, eventOrder) = events
        (localEpisodeOffsets, localEpisodeOrder) = CohortIndex.group(cohort.local.episodes.child, childCount: children)
        (attendanceOffsets, attendanceOrder) = CohortIndex.group(cohort.local.attendance.child, childCount: children)
    }

    /// A stable counting sort of row indices by child.
    static func group(_ child: [Int32], childCount: Int) -> (offsets: [Int32], order: [Int32]) {
        let offsets = Cohort.offsets(sortedChildren: child, childCount: childCount)
        var next = offsets
        var order = [Int32](repeating: 0, count: child.count)
        for (row, c) in child.enumerated() {
            order[Int(next[Int(c)])] = Int32(row)
            next[Int(c)] += 1
        }
        return (offsets, order)
    }
}
