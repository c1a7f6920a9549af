extension IndicatorComputation {
    /// Shards covering the children of the requested areas, every audit once, and no child of
    /// another authority: pieces of at most 1/`count` of those children each, never spanning two
    /// runs of them.
    ///
    /// A child counts only for its own authority, so leaving out the children of authorities the
    /// request does not ask for changes no counter: the aggregate is the one of
    /// ``shards(count:)``, found without visiting the rest of a national cohort. When every
    /// authority is requested these are the shards of ``shards(count:)``.
    ///
    /// - Complexity: O(children) to find the requested areas' rows, one pass over the child
    ///   table's authority column; O(count + runs) to cut them.
    public func selectedShards(count: Int) -> [AggregationShard] {
        precondition(count >= 1, "at least one shard")
        guard selected.contains(false) else { return shards(count: count) }
        let runs = selectedChildren()
        let total = runs.reduce(0) { $0 + $1.count }
        let audits = request.cohort.local.audits.count
        // Cut the runs into pieces of at most total / count children (rounded up).
        let size = Int32(max(1, (total + count - 1) / count))
        var shards: [AggregationShard] = []
        for run in runs {
            var start = run.lowerBound
            while start < run.upperBound {
                let end = min(run.upperBound, start + size)
                shards.append(AggregationShard(children: start..<end, audits: 0..<0))
                start = end
            }
        }
        // Audits belong to an authority, not a child: spread them over the shards as
        // shards(count:) does (their counters skip the authorities not requested).
        if shards.isEmpty { shards.append(AggregationShard(children: 0..<0, audits: 0..<0)) }
        for index in shards.indices {
            shards[index].audits = audits * index / shards.count..<audits * (index + 1) / shards.count
        }
        return shards
    }

    /// The rows of ``Cohort/children`` whose authority is requested, as the fewest runs of
    /// consecutive rows, in row order.
    private func selectedChildren() -> [Range<Int32>] {
        var runs: [Range<Int32>] = []
        request.cohort.children.authority.withUnsafeBufferPointer { column in
            selected.withUnsafeBufferPointer { selected in
                var row = 0
                while row < column.count {
                    while row < column.count, !selected[Int(column[row])] { row += 1 }
                    guard row < column.count else { break }
                    let start = row
                    while row < column.count, selected[Int(column[row])] { row += 1 }
                    runs.append(Int32(start)..<Int32(row))
                }
            }
        }
        return runs
    }
}
