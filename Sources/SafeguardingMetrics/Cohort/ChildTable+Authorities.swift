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
    /// - Complexity: O(children), 32 rows at a time where they are all of another authority or
    ///   all of this one; one allocation per range.
    public func rows(ofAuthority authority: UInt16) -> [Range<Int32>] {
        var ranges: [Range<Int32>] = []
        self.authority.withUnsafeBufferPointer { column in
            guard let base = column.baseAddress else { return }
            let count = column.count
            let wanted = SIMD32<UInt16>(repeating: authority)
            func block(_ row: Int) -> SIMDMask<SIMD32<Int16>> {
                UnsafeRawPointer(base + row).loadUnaligned(as: SIMD32<UInt16>.self) .== wanted
            }
            var row = 0
            while row < count {
                while row + 32 <= count, !any(block(row)) { row += 32 }
                while row < count, column[row] != authority { row += 1 }
                guard row < count else { break }
                let start = row
                while row + 32 <= count, all(block(row)) { row += 32 }
                while row < count, column[row] == authority { row += 1 }
                ranges.append(Int32(start)..<Int32(row))
            }
        }
        return ranges
    }
}
