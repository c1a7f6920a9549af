extension CohortBuilder {
    /// Builds the cohort: each keyed table is deduplicated by its record key (INDICATORS.md §1,
    /// "Combining several returns") keeping the row from the latest collection year, sorted by
    /// child and date, and checked for overlaps.
    ///
    /// Problems added while building: a key repeated inside one return (the last row in the file
    /// is kept; for OC2 and OC3 the key is the child), episodes that overlap, ends before starts,
    /// and records of a child no header row describes. Rows replaced by a later return
    /// are the normal overlap of consecutive returns and are counted in
    /// ``Cohort/supersededRows``, not reported.
    ///
    /// - Complexity: O(n log n) in the number of staged rows.
    public func build() -> Cohort {
        var merge = Merge(builder: self)

        // Each table's key and order is declared with its columns (`RowOrder`).
        let (builtEpisodes, episodeKept) = merge.deduplicated(episodes, counting: \.episodes)
        checkEpisodes(builtEpisodes, origins: episodes.origins.gathered(episodeKept), problems: &merge.problems)
        checkUnknownChildren(problems: &merge.problems)
        let builtMissing = merge.deduplicated(missing, counting: \.missing).table
        let (builtReferrals, referralKept) = merge.deduplicated(referrals, counting: \.referrals)

        // Assessments, enquiries and plans name a staged referral: every staged referral maps to
        // the row of its key's survivor, and their keys are the survivor's.
        let survivor = referralSurvivors(kept: referralKept, built: builtReferrals)
        var assessments = self.assessments, section47 = self.section47, plans = self.plans
        assessments.rows.referral = assessments.rows.referral.map { survivor[Int($0)] }
        section47.rows.referral = section47.rows.referral.map { survivor[Int($0)] }
        plans.rows.referral = plans.rows.referral.map { survivor[Int($0)] }
        let builtAssessments = merge.deduplicated(assessments, counting: \.assessments).table
        let builtSection47 = merge.deduplicated(section47, counting: \.section47).table
        let builtPlans = merge.deduplicated(plans, counting: \.plans).table

        // OC2 and OC3: one row per child within each return, never merged across returns.
        let builtOC2 = merge.lastPerChildInReturn(oc2), builtOC3 = merge.lastPerChildInReturn(oc3)
        let builtUASC = merge.lastPerChildInReturn(uasc)
        let adoption = AdoptionTables(adoptions: merge.lastPerChildInReturn(adoptions),
                                      placedForAdoption: merge.deduplicated(placedForAdoption, counting: \.placedForAdoption).table,
                                      previousPermanence: merge.lastPerChildInReturn(previousPermanence))

        // Tables without a record key keep every row, in child order (file order within a child;
        // local events by date), so that a shard of children finds its rows as one range.
        let local = Cohort.LocalTables(events: CohortBuilder.ordered(localEvents), episodes: CohortBuilder.ordered(localEpisodes),
                                       attendance: CohortBuilder.ordered(attendance), audits: CohortBuilder.ordered(audits),
                                       kinds: localKinds)
        return Cohort(authorities: authorities, returns: returns, children: children, episodes: builtEpisodes,
                      missing: builtMissing, oc2: builtOC2, oc3: builtOC3, uasc: builtUASC, adoption: adoption,
                      referrals: builtReferrals, assessments: builtAssessments, section47: builtSection47, plans: builtPlans,
                      local: local, postcodes: (0..<Int32(postcodes.count)).map(postcodes.string),
                      problems: merge.problems, supersededRows: merge.superseded)
    }

    /// A table without a record key in the order it declares: by child (then date), or as added.
    static func ordered<Table: CohortTable>(_ table: Table) -> Table {
        switch Table.order {
        case .asAdded:
            return table
        case .child(let child, let then):
            return table.gathered(childOrder(table[keyPath: child], then: then.map { table[keyPath: $0] }))
        case .key, .childInReturn:
            preconditionFailure("a keyed table is deduplicated, not only ordered")
        }
    }

    /// The rows of a table in child order, then `date` order when given, keeping file order
    /// among equal keys.
    ///
    /// - Complexity: O(n) when no dates are given (a counting sort), else O(n log n).
    static func childOrder(_ child: [Int32], then date: [Int32]? = nil) -> [Int32] {
        guard let date else {
            let offsets = Cohort.offsets(sortedChildren: child, childCount: Int(child.max().map { $0 + 1 } ?? 0))
            var next = offsets
            var order = [Int32](repeating: 0, count: child.count)
            for (row, c) in child.enumerated() {
                order[Int(next[Int(c)])] = Int32(row)
                next[Int(c)] += 1
            }
            return order
        }
        return Array(0..<Int32(child.count)).sorted {
            (child[Int($0)], date[Int($0)], $0) < (child[Int($1)], date[Int($1)], $1)
        }
    }

    /// Maps every staged referral to the row of its key's survivor in the built table.
    private func referralSurvivors(kept: [Int32], built: ReferralTable) -> [Int32] {
        let staged = referrals.rows
        var survivor = [Int32](repeating: -1, count: staged.count)
        for (row, index) in kept.enumerated() { survivor[Int(index)] = Int32(row) }
        // Dropped rows share a key with a kept row; find it by binary search in the sorted table.
        for index in 0..<staged.count where survivor[index] < 0 {
            let key = (staged.child[index], staged.referral[index])
            var low = 0, high = built.count
            while low < high {
                let mid = (low + high) / 2
                if (built.child[mid], built.referral[mid]) < key { low = mid + 1 } else { high = mid }
            }
            survivor[index] = Int32(low)
        }
        return survivor
    }

    /// Reports episodes that end before they start, and episodes that start before the previous
    /// episode of the same child has ended.
    private func checkEpisodes(_ table: EpisodeTable, origins: [RowOrigin], problems: inout [DataProblem]) {
        for row in 0..<table.count {
            if table.end[row] != DayNumber.open, table.end[row] < table.start[row] {
                problems.append(DataProblem("episode ends (DEC) before it starts (DECOM); it counts as looked after on no day", at: location(origins[row], column: "DEC"), severity: .warning))
            }
            if row > 0, table.child[row] == table.child[row - 1], table.start[row] < table.end[row - 1] {
                problems.append(DataProblem("episode starts before the previous episode of this child (line \(origins[row - 1].line)) has ended; "
                        + "the later episode gives the placement while both are open", at: location(origins[row], column: "DECOM"), severity: .warning))
            }
        }
    }
}
