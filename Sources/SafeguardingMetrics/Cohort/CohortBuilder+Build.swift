extension CohortBuilder {
    /// Builds the cohort: each keyed table is deduplicated by its record key (INDICATORS.md §1,
    /// "Combining several returns") keeping the row from the latest collection year, sorted by
    /// child and date, and checked for overlaps.
    ///
    /// Problems added while building: a key repeated inside one return (the last row in the file
    /// is kept), episodes that overlap, and ends before starts. Rows replaced by a later return
    /// are the normal overlap of consecutive returns and are counted in
    /// ``Cohort/supersededRows``, not reported.
    ///
    /// - Complexity: O(n log n) in the number of staged rows.
    public func build() -> Cohort {
        var problems = self.problems
        var superseded = Cohort.SupersededRows()
        // Rank of each return: later collection years first, then later-begun returns.
        let rank = returnRanks()

        // Episodes: key (child, DECOM).
        let episodeKept = deduplicate(first: episodes.child, second: episodes.start, origins: episodeOrigin, rank: rank,
                                      what: "episode", problems: &problems, superseded: &superseded.episodes)
        let builtEpisodes = episodes.gathered(episodeKept)
        checkEpisodes(builtEpisodes, origins: episodeOrigin.gathered(episodeKept), problems: &problems)

        // Missing episodes: key (child, MIS_START).
        let missingKept = deduplicate(first: missing.child, second: missing.start, origins: missingOrigin, rank: rank,
                                      what: "missing episode", problems: &problems, superseded: &superseded.missing)
        let builtMissing = missing.gathered(missingKept)

        // Referrals: key (child, CINreferralDate); every staged referral maps to its survivor.
        let referralKept = deduplicate(first: referrals.child, second: referrals.referral, origins: referralOrigin,
                                       rank: rank, what: "referral", problems: &problems, superseded: &superseded.referrals)
        let builtReferrals = referrals.gathered(referralKept)
        let survivor = referralSurvivors(kept: referralKept, built: builtReferrals)

        // Assessments, enquiries and plans: key (referral key, their own start date).
        let assessmentReferral = assessments.referral.map { survivor[Int($0)] }
        let assessmentKept = deduplicate(first: assessmentReferral, second: assessments.start, origins: assessmentOrigin,
                                         rank: rank, what: "assessment", problems: &problems,
                                         superseded: &superseded.assessments)
        let builtAssessments = assessments.gathered(assessmentKept, referral: assessmentReferral)

        let enquiryReferral = section47.referral.map { survivor[Int($0)] }
        let enquiryKept = deduplicate(first: enquiryReferral, second: section47.start, origins: section47Origin, rank: rank,
                                      what: "section 47 enquiry", problems: &problems, superseded: &superseded.section47)
        let builtSection47 = section47.gathered(enquiryKept, referral: enquiryReferral)

        // Plans are keyed by child and start so that a child's plans sort together.
        let planReferral = plans.referral.map { survivor[Int($0)] }
        let planChild = planReferral.map { builtReferrals.child[Int($0)] }
        let planKept = deduplicate(first: planChild, second: plans.start, origins: planOrigin, rank: rank,
                                   what: "child protection plan", problems: &problems, superseded: &superseded.plans)
        let builtPlans = plans.gathered(planKept, referral: planReferral, child: planChild)

        // Tables without a record key keep every row; they are put in child order (file order within
        // a child; local events by date) so that a shard of children finds its rows as one range.
        let builtOC2 = oc2.gathered(CohortBuilder.childOrder(oc2.child))
        let builtOC3 = oc3.gathered(CohortBuilder.childOrder(oc3.child))
        let builtEvents = localEvents.gathered(CohortBuilder.childOrder(localEvents.child, then: localEvents.date))
        let builtLocalEpisodes = localEpisodes.gathered(CohortBuilder.childOrder(localEpisodes.child))
        let builtAttendance = attendance.gathered(CohortBuilder.childOrder(attendance.child))

        return Cohort(authorities: authorities, returns: returns, children: children, episodes: builtEpisodes,
                      missing: builtMissing, oc2: builtOC2, oc3: builtOC3, referrals: builtReferrals,
                      assessments: builtAssessments, section47: builtSection47, plans: builtPlans,
                      local: Cohort.LocalTables(events: builtEvents, episodes: builtLocalEpisodes, attendance: builtAttendance,
                                                audits: audits, kinds: localKinds),
                      postcodes: (0..<Int32(postcodes.count)).map(postcodes.string), problems: problems,
                      supersededRows: superseded)
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

    /// For each return, a rank where a larger value wins: later collection year, then later begun.
    private func returnRanks() -> [Int] {
        let order = returns.indices.sorted { (returns[$0].collectionYear, $0) < (returns[$1].collectionYear, $1) }
        var rank = [Int](repeating: 0, count: returns.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        return rank
    }

    /// Sorts staged rows by key and keeps one per key: the row from the highest-ranked return,
    /// and within a return the last row in the file. Returns the kept staging indices in key order.
    private func deduplicate(first: [Int32], second: [Int32], origins: [RowOrigin], rank: [Int], what: String,
                             problems: inout [DataProblem], superseded: inout Int) -> [Int32] {
        var order = Array(0..<Int32(first.count))
        order.sort { a, b in
            let i = Int(a), j = Int(b)
            if first[i] != first[j] { return first[i] < first[j] }
            if second[i] != second[j] { return second[i] < second[j] }
            let ri = rank[Int(origins[i].returnIndex)], rj = rank[Int(origins[j].returnIndex)]
            if ri != rj { return ri > rj }
            return origins[i].line > origins[j].line
        }
        var kept: [Int32] = []
        kept.reserveCapacity(order.count)
        var position = 0
        while position < order.count {
            let winner = Int(order[position])
            kept.append(order[position])
            var next = position + 1
            while next < order.count, first[Int(order[next])] == first[winner], second[Int(order[next])] == second[winner] {
                let loser = origins[Int(order[next])]
                if loser.returnIndex == origins[winner].returnIndex {
                    problems.append(DataProblem("\(what) with the same key as line \(origins[winner].line) of this return; the later row is kept", at: location(loser), severity: .warning))
                } else {
                    superseded += 1
                }
                next += 1
            }
            position = next
        }
        return kept
    }

    /// Maps every staged referral to the row of its key's survivor in the built table.
    private func referralSurvivors(kept: [Int32], built: ReferralTable) -> [Int32] {
        var survivor = [Int32](repeating: -1, count: referrals.count)
        for (row, staged) in kept.enumerated() { survivor[Int(staged)] = Int32(row) }
        // Dropped rows share a key with a kept row; find it by binary search in the sorted table.
        for staged in 0..<referrals.count where survivor[staged] < 0 {
            let key = (referrals.child[staged], referrals.referral[staged])
            var low = 0, high = built.count
            while low < high {
                let mid = (low + high) / 2
                if (built.child[mid], built.referral[mid]) < key { low = mid + 1 } else { high = mid }
            }
            survivor[staged] = Int32(low)
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

extension Array {
    /// The elements at `indices`, in that order.
    func gathered(_ indices: [Int32]) -> [Element] {
        indices.map { self[Int($0)] }
    }
}
