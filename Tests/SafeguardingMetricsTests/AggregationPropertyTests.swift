import Testing
import SafeguardingMetrics
import SafeguardingData

/// A random cohort of several authorities and years, with every table filled, from a seed.
func randomCohort(seed: UInt64, children: Int = 400) -> Cohort {
    var random = SplitMix64(seed: seed)
    var t = TestCohort(authorities: ["E06000009", "E08000028", "E06000017"])
    let base = d("2021-01-01")
    func day(_ offset: Int32) -> String { Day(dayNumber: base + offset).description }
    let places = ["U1", "U3", "U4", "U6", "K2", "P1", "T0", "R1", "Z1"]
    let reasons = ["S", "P", "B", "L", "T", "U"]
    let statuses = ["C1", "C2", "V2", "V3", "E1"]
    let kindEH = t.builder.localKind("early help"), kindPP = t.builder.localKind("pre-proceedings")
    let domain = t.builder.localKind("planning")
    for index in 0..<children {
        let la = UInt16(index % 3)
        let born = Int32.random(in: -8_000...1_500, using: &random)
        let year = Int.random(in: 2023...2025, using: &random)
        let c = t.child("C\(index)", born: day(born), la: la, year: year, sex: ["M", "F", "U"].randomElement(using: &random)!,
                        ethnicity: ["WBRI", "MWBC", "AIND", "BAFR", "OOTH", "NOBT"].randomElement(using: &random)!,
                        disabled: UInt8.random(in: 0...1, using: &random))
        var at = Int32.random(in: 0...1_200, using: &random)
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let date = at
            at += Int32.random(in: 1...400, using: &random)
            let closed: String? = Bool.random(using: &random) ? day(date + Int32.random(in: 0...500, using: &random)) : nil
            // The referral source follows from the date, so the random stream is as before.
            let source = ReferralSourceCodes.list.codes[Int(date) % ReferralSourceCodes.list.count]
            let r = t.cinReferral(c, day(date), source: source, closure: closed, nfa: Int.random(in: 0..<10, using: &random) == 0,
                                  la: la, year: Int.random(in: 2023...2025, using: &random))
            if Bool.random(using: &random) {
                t.assessment(r, start: day(date + 1), authorised: day(date + Int32.random(in: 1...90, using: &random)), la: la)
            }
            if Int.random(in: 0..<3, using: &random) == 0 {
                let conference: String? = Bool.random(using: &random) ? day(date + Int32.random(in: 5...40, using: &random)) : nil
                t.enquiry(r, start: day(date + 2), conference: conference, la: la)
                if conference != nil, Bool.random(using: &random) {
                    t.plan(r, day(date + 45), Bool.random(using: &random) ? day(date + Int32.random(in: 100...900, using: &random)) : nil,
                           previous: Int16.random(in: -1...1, using: &random), la: la)
                }
            }
        }
        if Int.random(in: 0..<3, using: &random) == 0 {
            var start = Int32.random(in: 0...1_300, using: &random)
            for episode in 0..<Int.random(in: 1...4, using: &random) {
                let length = Int32.random(in: 1...500, using: &random)
                let last = Int.random(in: 0..<3, using: &random) == 0
                t.episode(c, day(start), last ? nil : day(start + length), rne: episode == 0 ? "S" : reasons.randomElement(using: &random)!,
                          ls: statuses.randomElement(using: &random)!, place: places.randomElement(using: &random)!,
                          rec: last ? "" : ["X1", "E4A", "E11"].randomElement(using: &random)!, la: la,
                          year: Int.random(in: 2023...2025, using: &random))
                if last { break }
                start += length + (Bool.random(using: &random) ? 0 : Int32.random(in: 1...60, using: &random))
            }
            if Bool.random(using: &random) { t.missing(c, day(Int32.random(in: 0...1_500, using: &random)), la: la) }
            if Bool.random(using: &random) { t.oc2(c, born: day(born), score: Int8.random(in: -2...40, using: &random), la: la) }
        }
        if Int.random(in: 0..<8, using: &random) == 0 {
            t.oc3(c, born: day(born), inTouch: ["YES", "NO", "DIED", "NREQ"].randomElement(using: &random)!,
                  activity: ["F1", "G4", "P5"].randomElement(using: &random)!, accommodation: ["B1", "B2", "0"].randomElement(using: &random)!,
                  la: la)
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            t.builder.addLocalEvent(LocalEventTable.Row(child: c, date: Day(dayNumber: base + Int32.random(in: 900...1_600, using: &random)),
                                                        kind: kindEH))
        }
        if Bool.random(using: &random) {
            let start = Day(dayNumber: base + Int32.random(in: 900...1_500, using: &random))
            t.builder.addLocalEpisode(LocalEpisodeTable.Row(child: c, start: start, end: Bool.random(using: &random) ? .open : start.advanced(by: 200),
                                                            kind: kindPP))
            t.builder.addAttendance(AttendanceTable.Row(child: c, start: start, end: start.advanced(by: 90), possibleSessions: 120,
                                                        attendedSessions: Int32.random(in: 60...120, using: &random)))
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            t.builder.addAudit(AuditTable.Row(authority: la, date: Day(dayNumber: base + Int32.random(in: 1_000...1_600, using: &random)),
                                              domain: domain, grade: Code(rawValue: UInt8.random(in: 0...4, using: &random))))
        }
    }
    return t.cohort
}

let propertyMeasures = [
    LocalMeasure(id: "eh.rate", template: .eventRate(kind: "early help")),
    LocalMeasure(id: "eh.count", template: .eventCount(kind: "early help")),
    LocalMeasure(id: "eh.repeat", template: .repeatEvents(kind: "early help", withinMonths: 12)),
    LocalMeasure(id: "pp.rate", template: .episodeSnapshotRate(kind: "pre-proceedings")),
    LocalMeasure(id: "pp.long", template: .episodesLastingMoreThan(kind: "pre-proceedings", days: 100)),
    LocalMeasure(id: "attendance.cla", template: .attendance(status: .lookedAfter)),
    LocalMeasure(id: "audits.good", template: .auditsGoodOrBetter(domain: nil)),
]

@Suite("Aggregation shards, merges and threads")
struct AggregationPropertyTests {
    func computation(_ cohort: Cohort, breakdown: Breakdown = .none, period: ReportingPeriod = .collectionYear(2025)) throws -> IndicatorComputation {
        var request = IndicatorRequest(cohort: cohort, period: period, populations: TestCohort.populations(cohort.authorities))
        request.breakdown = breakdown
        request.localMeasures = propertyMeasures
        return try IndicatorComputation(request)
    }

    /// How many figures have a non-zero numerator (so a property is not checked on empty aggregates).
    func nonZeroFigures(_ computation: IndicatorComputation, _ aggregate: IndicatorAggregate) -> Int {
        computation.results(from: aggregate).areas.flatMap(\.indicators).filter { $0.numerator > 0 }.count
    }

    @Test("Shards cut at random and merged in random groupings and orders equal the single pass exactly", arguments: [1, 2, 3])
    func randomShards(seed: UInt64) throws {
        let cohort = randomCohort(seed: seed)
        var random = SplitMix64(seed: seed &* 7_919)
        for breakdown in [Breakdown.none, .ageBand, .latestCategoryOfAbuse] {
            let computation = try computation(cohort, breakdown: breakdown)
            let whole = computation.aggregate(AggregationShard(children: 0..<Int32(cohort.children.count), audits: 0..<cohort.local.audits.count))
            #expect(nonZeroFigures(computation, whole) > 20)
            for _ in 0..<5 {
                let pieces = Int.random(in: 1...12, using: &random)
                var childCuts = (0..<pieces - 1).map { _ in Int32.random(in: 0...Int32(cohort.children.count), using: &random) }
                var auditCuts = (0..<pieces - 1).map { _ in Int.random(in: 0...cohort.local.audits.count, using: &random) }
                childCuts = [0] + childCuts.sorted() + [Int32(cohort.children.count)]
                auditCuts = [0] + auditCuts.sorted() + [cohort.local.audits.count]
                var parts = (0..<pieces).map {
                    computation.aggregate(AggregationShard(children: childCuts[$0]..<childCuts[$0 + 1], audits: auditCuts[$0]..<auditCuts[$0 + 1]))
                }
                parts.shuffle(using: &random)
                // Merge in a random tree: repeatedly merge two random neighbours.
                while parts.count > 1 {
                    let i = Int.random(in: 0..<parts.count - 1, using: &random)
                    parts[i] = parts[i].merged(with: parts[i + 1])
                    parts.remove(at: i + 1)
                }
                #expect(parts[0] == whole)
                #expect(computation.results(from: parts[0]) == computation.results(from: whole))
            }
        }
    }

    @Test("Asking for some indicators gives the same figures as the whole catalogue, though fewer tables are read")
    func subsets() throws {
        let cohort = randomCohort(seed: 21, children: 800)
        let populations = TestCohort.populations(cohort.authorities)
        let whole = try IndicatorComputation(IndicatorRequest(cohort: cohort, period: .collectionYear(2025),
                                                              populations: populations)).compute(threads: 1)
        let ids = IndicatorCatalogue.standard.indicators.map(\.id)
        let subsets: [[IndicatorID]] = [
            ids.filter { IndicatorCatalogue.standard[$0]?.source == .cinCensus },
            ids.filter { $0.rawValue.hasPrefix("cla.") }, ids.filter { $0.rawValue.hasPrefix("sdq.") },
            ids.filter { $0.rawValue.hasPrefix("care_leavers.") }, ["cpp.rate", "cla.missing.percent"],
        ]
        var compared = 0
        for subset in subsets {
            var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: populations)
            request.indicators = subset
            let part = try IndicatorComputation(request).compute(threads: 1)
            for (area, wholeArea) in zip(part.areas, whole.areas) {
                #expect(area.indicators.map(\.id) == subset)
                for result in area.indicators {
                    let reference = try #require(wholeArea.result(for: result.id))
                    #expect(result.numerator == reference.numerator && result.denominator == reference.denominator, "\(result.id)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 35)
    }

    @Test("Asking for some authorities visits only their children and gives each the figures of the whole computation, on 1, 2 and 8 threads")
    func someAuthorities() throws {
        // Children of the three authorities alternate, so each authority's children are hundreds of runs.
        let cohort = randomCohort(seed: 5, children: 900)
        for breakdown in [Breakdown.none, .ageBand] {
            let all = try computation(cohort, breakdown: breakdown)
            let whole = all.compute(threads: 1)
            for areas: [UInt16] in [[0], [2], [0, 2], [1, 2]] {
                var request = all.request
                request.areas = areas
                let some = try IndicatorComputation(request)
                let shards = some.selectedShards(count: 16)
                let visited = shards.flatMap { $0.children.map { Int(cohort.children.authority[Int($0)]) } }
                #expect(Set(visited) == Set(areas.map(Int.init)), "\(areas)")
                #expect(visited.count == cohort.children.authority.filter { areas.contains($0) }.count, "every child of those authorities once")
                #expect(shards.map(\.audits.count).reduce(0, +) == cohort.local.audits.count)
                for threads in [1, 2, 8] {
                    let results = some.compute(threads: threads)
                    #expect(results.areas.map(\.authority) == areas.map { cohort.authorities[Int($0)] })
                    for area in results.areas {
                        let reference = try #require(whole.area(area.authority))
                        #expect(area == reference, "\(area.authority), \(threads) threads, \(breakdown)")
                        #expect(area.indicators.filter { $0.numerator > 0 }.count > 10)
                    }
                }
            }
        }
    }

    @Test("The aggregate is identical for 1, 2 and 8 threads")
    func threads() throws {
        let cohort = randomCohort(seed: 11, children: 1_000)
        for period in [ReportingPeriod.collectionYear(2024), .rolling12Months(endingOn: Day(year: 2024, month: 10, day: 31)!)] {
            let computation = try computation(cohort, breakdown: .ethnicGroup, period: period)
            let one = computation.aggregate(threads: 1)
            #expect(nonZeroFigures(computation, one) > 20)
            #expect(computation.aggregate(threads: 2) == one)
            #expect(computation.aggregate(threads: 8) == one)
        }
    }

    @Test("Breakdown cells sum to the total for every indicator and area")
    func cellsSumToTotal() throws {
        let cohort = randomCohort(seed: 5)
        for breakdown in Breakdown.allCases where breakdown != .none {
            let results = try computation(cohort, breakdown: breakdown).compute(threads: 2)
            for area in results.areas {
                for (result, cells) in zip(area.indicators, area.breakdowns) {
                    #expect(cells.count == breakdown.cellCount)
                    #expect(cells.map(\.result.numerator).reduce(0, +) == result.numerator, "\(breakdown) \(result.id)")
                    if result.indicator.unit != .ratePer10k {
                        #expect(cells.map(\.result.denominator).reduce(0, +) == result.denominator || result.indicator.unit == .count)
                    }
                }
            }
        }
    }
}
