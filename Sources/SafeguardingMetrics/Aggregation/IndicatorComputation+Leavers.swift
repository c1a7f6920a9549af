extension IndicatorComputation {
    /// The date of birth an OC2 or OC3 row is aged by: the row's own, else the child's from the
    /// SSDA903 header, else `nil`.
    @inline(__always)
    func birth(onRow rowBirth: Int32, of child: Int32) -> Int32? {
        let birth = rowBirth != DayNumber.unknown ? rowBirth : lookedAfterBirth(of: child)
        return birth == DayNumber.unknown ? nil : birth
    }

    /// The date of birth the looked-after indicators age a child by: the SSDA903 header's, else
    /// (a child with no header date) the latest any return gives.
    @inline(__always)
    func lookedAfterBirth(of child: Int32) -> Int32 {
        let children = request.cohort.children
        let birth = children.ssda903Birth[Int(child)]
        return birth != DayNumber.unknown ? birth : children.birth[Int(child)]
    }

    /// Calls `body` for each OC2 or OC3 row of `rows` that belongs to the return of the collection
    /// year containing the period end and to a requested area, with the row's area, cell and date
    /// of birth (``birth(onRow:of:)``); a row with no date of birth is counted in `unknownBirth`.
    @inline(__always)
    private func forEachAgedRow<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, table: RecordTable, child: [Int32],
                                                                    collectionYear: [UInt16],
                                                                    birth: [Int32], unknownBirth: Counter, rule: Rule,
                                                                    into sink: Sink,
                                                                    _ body: (_ row: Int, _ area: Int, _ cell: Int, _ birth: Int32) -> Void) {
        let authority = request.cohort.children.authority
        let p = constants
        for row in rows {
            guard collectionYear[row] == p.yearOfEnd else { continue }
            let child = child[row]
            let area = Int(authority[Int(child)])
            guard selected[area] else { continue }
            let known = self.birth(onRow: birth[row], of: child)
            sink.visit(table, row: row, child: child, key: known ?? DayNumber.unknown)
            let cell = rule.cell(child: child, date: p.end)
            guard let born = known else {
                sink.add(unknownBirth, area: area, cell: cell)
                continue
            }
            body(row, area, cell, born)
        }
    }

    /// Counts the OC2 rows `rows` of the collection year containing the period end (SDQ).
    ///
    /// Every row counts, duplicates included. Age is taken at the period end from the row's date of
    /// birth (the child's, when the row has none).
    func countOC2<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, into sink: Sink) {
        let oc2 = request.cohort.oc2
        let configuration = request.configuration
        let p = constants
        forEachAgedRow(rows, table: .oc2, child: oc2.child, collectionYear: oc2.collectionYear, birth: oc2.birth,
                       unknownBirth: .oc2BirthUnknown, rule: rule, into: sink) { row, area, cell, birth in
            let age = p.ageAtEnd.age(born: birth)
            sink.note(.ageAtEnd, count: age)
            countOC2Outcomes(OC2Outcomes(rawValue: oc2.outcomes[row]), age: age, area: area, cell: cell, into: sink)
            guard configuration.sdqAges.contains(age) else { return }
            sink.add(.sdqEligible, area: area, cell: cell)
            let score = oc2.sdqScore[row]
            if score != -1 { sink.note(.score, count: Int(score)) }
            if score >= 0, score <= 40 {
                sink.add(.sdqValid, area: area, cell: cell)
                sink.add(.sdqSum, area: area, cell: cell, Int64(score))
                if Int(score) >= configuration.sdqConcernFrom { sink.add(.sdqConcern, area: area, cell: cell) }
            } else if score != -1 {
                sink.add(.sdqInvalidScore, area: area, cell: cell)
            }
        }
    }

    /// Counts the OC3 rows `rows` of the collection year containing the period end.
    ///
    /// The age band is the birthday reached in the period: age at the end ≥ k and age the day
    /// before the start < k, for k in 17-18 or 19-21; the lower band wins. Young people who died
    /// or returned home are left out (and counted as coverage).
    func countOC3<Rule: CellRule, Sink: CountingSink>(_ rows: Range<Int>, rule: Rule, into sink: Sink) {
        let oc3 = request.cohort.oc3
        let configuration = request.configuration
        let p = constants
        forEachAgedRow(rows, table: .oc3, child: oc3.child, collectionYear: oc3.collectionYear, birth: oc3.birth,
                       unknownBirth: .oc3BirthUnknown, rule: rule, into: sink) { row, area, cell, birth in
            let ageAtEnd = p.ageAtEnd.age(born: birth)
            sink.note(.ageAtEnd, count: ageAtEnd)
            let ageBefore = p.ageBeforeStart.age(born: birth)
            // A birthday k is reached in the period when ageBefore < k <= ageAtEnd.
            func reachesBirthday(in band: ClosedRange<Int>) -> Bool {
                max(ageBefore + 1, band.lowerBound) <= min(ageAtEnd, band.upperBound)
            }
            let younger: Bool
            if reachesBirthday(in: 17...18) {
                younger = true
            } else if reachesBirthday(in: 19...21) {
                younger = false
            } else {
                return
            }
            if configuration.careLeaverExclusions.contains(raw: oc3.inTouch[row]) {
                sink.add(.leaversExcluded, area: area, cell: cell)
                return
            }
            // Each row counts in its band and in 17-21 together.
            sink.add(younger ? .leavers17Total : .leavers19Total, area: area, cell: cell)
            sink.add(.leaversTotal, area: area, cell: cell)
            if configuration.educationEmploymentTraining.contains(raw: oc3.activity[row]) {
                sink.add(younger ? .leavers17EET : .leavers19EET, area: area, cell: cell)
                sink.add(.leaversEET, area: area, cell: cell)
            }
            if p.suitable.contains(raw: oc3.accommodation[row]) {
                sink.add(younger ? .leavers17Suitable : .leavers19Suitable, area: area, cell: cell)
                sink.add(.leaversSuitable, area: area, cell: cell)
            }
            if configuration.inTouch.contains(raw: oc3.inTouch[row]) {
                sink.add(younger ? .leavers17InTouch : .leavers19InTouch, area: area, cell: cell)
                sink.add(.leaversInTouch, area: area, cell: cell)
            }
            if !younger { countLeaverDetail(row: row, area: area, cell: cell, into: sink) }
        }
    }
}
