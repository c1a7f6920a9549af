import Testing
import SafeguardingMetrics
import SafeguardingData

@Suite("Cohort tables: each table's columns declared once")
struct CohortTableTests {
    /// The stored properties of a table, in declaration order, by reflection.
    static func storedNames(_ table: some Any) -> [String] {
        Mirror(reflecting: table).children.compactMap(\.label)
    }

    @Test("Every stored property of every table is in the table's column list, in declaration order")
    func columnListsAreComplete() {
        #expect(EpisodeTable.columnNames == Self.storedNames(EpisodeTable()))
        #expect(MissingEpisodeTable.columnNames == Self.storedNames(MissingEpisodeTable()))
        #expect(OC2Table.columnNames == Self.storedNames(OC2Table()))
        #expect(OC3Table.columnNames == Self.storedNames(OC3Table()))
        #expect(ReferralTable.columnNames == Self.storedNames(ReferralTable()))
        #expect(AssessmentTable.columnNames == Self.storedNames(AssessmentTable()))
        #expect(Section47Table.columnNames == Self.storedNames(Section47Table()))
        #expect(ProtectionPlanTable.columnNames == Self.storedNames(ProtectionPlanTable()))
        #expect(LocalEventTable.columnNames == Self.storedNames(LocalEventTable()))
        #expect(LocalEpisodeTable.columnNames == Self.storedNames(LocalEpisodeTable()))
        #expect(AttendanceTable.columnNames == Self.storedNames(AttendanceTable()))
        #expect(AuditTable.columnNames == Self.storedNames(AuditTable()))
        // The interned identifiers are the child table's one stored value that is not a column.
        #expect(ChildTable.columnNames + ["identifiers"] == Self.storedNames(ChildTable()))
    }

    @Test("Gathering moves every column by the same rows, and keeps a subset's columns aligned")
    func gatheringKeepsColumnsAligned() throws {
        var t = TestCohort()
        let children = (0..<5).map { t.child("C\($0)", born: "2010-01-01") }
        for (offset, child) in children.enumerated().reversed() {
            t.oc3(child, born: "2006-0\(offset + 1)-01", activity: ["F1", "G4", "P5", "F2", "G6"][offset])
        }
        let table = t.cohort.oc3
        #expect(table.child == children.map(\.rawValue))     // child order, from the reverse order added
        let reversed = table.gathered([4, 3, 2, 1, 0])
        #expect(reversed.child == table.child.reversed() && reversed.birth == table.birth.reversed())
        #expect(reversed.activity == table.activity.reversed() && reversed.collectionYear == table.collectionYear.reversed())
        let subset = table.gathered([1, 3])
        #expect(subset.count == 2 && subset.columnsAreAligned)
        #expect(subset.inTouch == [table.inTouch[1], table.inTouch[3]])
    }

    @Test("Building keeps each row's values together: every column of a keyed table sorted by the same key")
    func buildingSortsWholeRows() throws {
        var random = SplitMix64(seed: 20_250_331)
        var t = TestCohort()
        let places = ["U1", "U3", "U4", "U6", "K2", "P1", "T0", "R1"]
        let children = (0..<40).map { t.child("C\($0)", born: "2012-06-01") }
        // Each episode's placement, legal status and end follow from its (child, start) key, so a
        // column gathered out of step with the others is seen.
        var expected: [Int32: [Int32: (place: String, ls: String, end: String)]] = [:]
        for _ in 0..<300 {
            let child = children[Int.random(in: 0..<children.count, using: &random)]
            let start = Day(year: 2020, month: 1, day: 1)!.advanced(by: Int.random(in: 0..<1_500, using: &random))
            let place = places[Int(start.dayNumber) % places.count]
            let ls = Int(start.dayNumber) % 2 == 0 ? "C2" : "E1"
            let end = start.advanced(by: Int(child.rawValue) + 1).description
            expected[child.rawValue, default: [:]][start.dayNumber] = (place, ls, end)
            t.episode(child, start.description, end, ls: ls, place: place, year: Int.random(in: 2021...2025, using: &random))
        }
        let cohort = t.cohort
        let episodes = cohort.episodes
        #expect(episodes.columnsAreAligned)
        #expect(episodes.count == expected.values.map(\.count).reduce(0, +))
        for row in 0..<episodes.count {
            let want = try #require(expected[episodes.child[row]]?[episodes.start[row]])
            #expect(PlacementTypeCodes.list.code(at: episodes.placement[row]) == want.place)
            #expect(LegalStatusCodes.list.code(at: episodes.legalStatus[row]) == want.ls)
            #expect(Day(dayNumber: episodes.end[row]).description == want.end)
            if row > 0 {
                #expect((episodes.child[row - 1], episodes.start[row - 1]) < (episodes.child[row], episodes.start[row]))
            }
        }
        for child in children {
            #expect(cohort.episodeRange(of: child).allSatisfy { episodes.child[$0] == child.rawValue })
        }
    }

    @Test("A referral's assessments, enquiries and plans follow it to its surviving row across returns")
    func stagedReferralsMapToSurvivors() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2012-01-01"), b = t.child("B", born: "2013-01-01")
        let later = t.referral(b, "2024-05-01", year: 2025)
        let earlier = t.referral(b, "2024-05-01", year: 2024)    // the same referral in the earlier return
        let other = t.referral(a, "2023-02-01", year: 2024)
        t.assessment(earlier, start: "2024-05-02", authorised: nil, year: 2024)
        t.assessment(later, start: "2024-05-02", authorised: "2024-06-01", year: 2025)
        t.enquiry(earlier, start: "2024-05-03", conference: "2024-05-20", year: 2024)
        t.plan(earlier, "2024-05-20", nil, year: 2024)
        t.assessment(other, start: "2023-02-02", authorised: "2023-03-01", year: 2024)
        let cohort = t.cohort
        #expect(cohort.referrals.count == 2 && cohort.supersededRows.referrals == 1)
        #expect(cohort.assessments.count == 2 && cohort.supersededRows.assessments == 1)
        // Rows are in child order: A's referral first.
        #expect(cohort.referrals.child == [a.rawValue, b.rawValue])
        #expect(cohort.assessments.referral == [0, 1])
        #expect(cohort.assessments.authorisation == [d("2023-03-01"), d("2024-06-01")])  // the 2025 return's
        #expect(cohort.section47.referral == [1] && cohort.plans.referral == [1] && cohort.plans.child == [b.rawValue])
        #expect(cohort.planRange(of: b) == 0..<1 && cohort.planRange(of: a).isEmpty)
    }

    @Test("A cohort built from values in memory with the public row types")
    func buildingFromValuesInMemory() throws {
        var builder = CohortBuilder()
        let la = builder.authority("E06000009")
        let census = builder.beginReturn(authority: la, collectionYear: 2025, source: .cinCensus, file: "memory")
        let file = builder.file("memory")
        let child = builder.addChild(ChildTable.Row(birth: Day(year: 2014, month: 3, day: 9)!, sex: Code("F")!,
                                                    ethnicity: Code("WBRI")!, disabled: false),
                                     identifier: "C1", inReturn: census, file: file, line: 1)
        let referral = builder.addReferral(ReferralTable.Row(child: child, referral: Day(year: 2024, month: 7, day: 1)!,
                                                             noFurtherAction: nil, primaryNeed: Code("N1")!),
                                           inReturn: census, file: file, line: 2)
        builder.addPlan(ProtectionPlanTable.Row(referral: referral, start: Day(year: 2024, month: 8, day: 1)!, previousPlans: 1),
                        inReturn: census, file: file, line: 3)
        let cohort = builder.build()
        #expect(cohort.children.index(authority: la, identifier: "C1") == child)
        #expect(cohort.children.identifier(child) == "C1")
        #expect(cohort.children.disabled == [0] && cohort.children.sex == [Code<SexCodes>("F")!.rawValue])
        #expect(cohort.referrals.noFurtherAction == [255] && cohort.referrals.closure == [DayNumber.open])
        #expect(cohort.plans.previousPlans == [1] && cohort.plans.end == [DayNumber.open])
        #expect(cohort.plans.initialCategory == [CodeList.blank])
    }
}
