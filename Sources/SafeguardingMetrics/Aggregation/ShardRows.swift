extension Cohort {
    /// The episodes of the children `children` (consecutive child indices), as one range of rows.
    @inline(__always)
    func episodeRange(of children: Range<Int32>) -> Range<Int> { rows(episodeOffsets, children) }

    /// The referrals of the children `children`, as one range of rows.
    @inline(__always)
    func referralRange(of children: Range<Int32>) -> Range<Int> { rows(referralOffsets, children) }

    /// The plans of the children `children`, as one range of rows.
    @inline(__always)
    func planRange(of children: Range<Int32>) -> Range<Int> { rows(planOffsets, children) }

    @inline(__always)
    private func rows(_ offsets: [Int32], _ children: Range<Int32>) -> Range<Int> {
        Int(offsets[Int(children.lowerBound)])..<Int(offsets[Int(children.upperBound)])
    }
}

extension Array where Element == Int32 {
    /// In a column sorted in ascending order, the rows whose value lies in `from..<to`.
    ///
    /// - Complexity: O(log n).
    func rows(from: Int32, to: Int32) -> Range<Int> {
        let lower = firstRow(notBelow: from)
        return lower..<Swift.max(lower, firstRow(notBelow: to))
    }

    /// In a column sorted in ascending order, the first row whose value is `value` or more.
    func firstRow(notBelow value: Int32) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Each child's status at the period end (child in need, on a plan, looked after), recorded by
/// the passes for the children of one shard when a local measure needs it.
struct StatusMarks {
    static let childInNeed: UInt8 = 1
    static let childProtection: UInt8 = 2
    static let lookedAfter: UInt8 = 4

    let first: Int32
    private(set) var marks: [UInt8]
    let enabled: Bool

    init(children: Range<Int32>, enabled: Bool) {
        first = children.lowerBound
        self.enabled = enabled
        marks = enabled ? [UInt8](repeating: 0, count: children.count) : []
    }

    /// Records `flag` for `child`.
    @inline(__always)
    mutating func mark(_ child: Int32, _ flag: UInt8) {
        if enabled { marks[Int(child - first)] |= flag }
    }

    /// Whether `child` has `flag`.
    func has(_ child: Int32, _ flag: UInt8) -> Bool {
        enabled && marks[Int(child - first)] & flag != 0
    }
}
