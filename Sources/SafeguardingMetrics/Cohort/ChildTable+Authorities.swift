extension ChildTable {
    /// The rows of the children of authority `authority` (an index into ``Cohort/authorities``),
    /// as the fewest ranges of consecutive rows, in row order.
    ///
    /// Children are numbered as the returns are read, so one authority's children are usually a
    /// few runs (its SSDA903 children, then those only in its CIN census), not one. Counting
    /// those ranges as shards counts every row of that authority's children and no other
    /// authority's, which is how an explanation reads one authority of a national cohort without
    /// visiting the rest.
    ///
    /// ```swift
    /// let area = UInt16(cohort.authorities.firstIndex(of: "E06000009")!)
    /// for rows in cohort.children.rows(ofAuthority: area) {
    ///     partial.merge(computation.aggregate(AggregationShard(children: rows, audits: 0..<0)))
    /// }
    /// ```
    /// - Complexity: O(children), with one allocation per range.
    public func rows(ofAuthority authority: UInt16) -> [Range<Int32>] {
        var ranges: [Range<Int32>] = []
        self.authority.withUnsafeBufferPointer { column in
            var start = -1
            for row in column.indices {
                if column[row] == authority {
                    if start < 0 { start = row }
                } else if start >= 0 {
                    ranges.append(Int32(start)..<Int32(row))
                    start = -1
                }
            }
            if start >= 0 { ranges.append(Int32(start)..<Int32(column.count)) }
        }
        return ranges
    }
}
