extension CohortBuilder {
    /// Reports the records of children no return describes: a child with SSDA903 episodes,
    /// missing episodes, OC2 or OC3 rows but no SSDA903 header row or CIN census `Child` in any
    /// return (so no date of birth, sex or ethnicity). One warning per child and table, at the
    /// child's first row of that table in file order, which locates the child without naming it
    /// (a return without its header names no child in any diagnostic); the records are kept.
    ///
    /// - Complexity: O(n) in the number of staged rows.
    func checkUnknownChildren(problems: inout [DataProblem]) {
        check(episodes.rows.child, episodes.origins, "episodes", &problems)
        check(missing.rows.child, missing.origins, "missing episodes", &problems)
        check(oc2.rows.child, oc2.origins, "OC2 rows", &problems)
        check(oc3.rows.child, oc3.origins, "OC3 rows", &problems)
        check(uasc.rows.child, uasc.origins, "UASC rows", &problems)
        check(adoptions.rows.child, adoptions.origins, "AD1 rows", &problems)
        check(placedForAdoption.rows.child, placedForAdoption.origins, "placed for adoption rows", &problems)
        check(previousPermanence.rows.child, previousPermanence.origins, "previous permanence rows", &problems)
    }

    /// Reports the first row of each child of `child` that no header describes.
    private func check(_ child: [Int32], _ origins: [RowOrigin], _ what: String, _ problems: inout [DataProblem]) {
        var reported = Set<Int32>()
        for (row, c) in child.enumerated() where childLastReturn[Int(c)] == UInt16.max && reported.insert(c).inserted {
            problems.append(DataProblem("the child of this row has \(what) but no header row in any return (SSDA903 header "
                                            + "or CIN census Child): its date of birth, sex and ethnicity are unknown; the records are kept",
                                        at: location(origins[row], column: "CHILD"), severity: .warning))
        }
    }
}
