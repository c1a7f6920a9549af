import Testing
import SafeguardingMetrics

@Suite("What an explanation reads: one authority's children, standard indicators only")
struct ExplanationScopeTests {
    @Test("An authority's ranges of rows hold exactly its children, in order, as few ranges as can be", arguments: [UInt64(4), 5])
    func authorityRows(seed: UInt64) {
        let cohort = randomCohort(seed: seed, children: 200)
        var covered = [Int](repeating: 0, count: cohort.children.count)
        for area in cohort.authorities.indices {
            let ranges = cohort.children.rows(ofAuthority: UInt16(area))
            #expect(!ranges.isEmpty)
            for range in ranges {
                #expect(!range.isEmpty)
                for row in range {
                    #expect(Int(cohort.children.authority[Int(row)]) == area)
                    covered[Int(row)] += 1
                }
            }
            // Ranges are in order and never touch: touching ranges would be one.
            for (earlier, later) in zip(ranges, ranges.dropFirst()) { #expect(earlier.upperBound < later.lowerBound) }
        }
        #expect(covered.allSatisfy { $0 == 1 })
        #expect(cohort.children.rows(ofAuthority: UInt16(cohort.authorities.count)).isEmpty)
    }

    @Test("Children of one authority in one block are one range; another authority's block around it splits nothing")
    func contiguousAuthority() throws {
        var t = TestCohort(authorities: ["E06000009", "E08000028"])
        for index in 0..<5 { _ = t.child("A\(index)", born: "2015-01-01", la: 0) }
        for index in 0..<3 { _ = t.child("B\(index)", born: "2015-01-01", la: 1) }
        _ = t.child("A9", born: "2015-01-01", la: 0)
        let cohort = t.cohort
        #expect(cohort.children.rows(ofAuthority: 0) == [0..<5, 8..<9])
        #expect(cohort.children.rows(ofAuthority: 1) == [5..<8])
    }

    @Test("Long blocks, checked 32 rows at a time, end and start exactly where the authority changes",
          arguments: [[(0, 70), (1, 33), (0, 1), (2, 100), (0, 31), (1, 64), (0, 32), (2, 5)], [(1, 200), (0, 64)], [(0, 95)]])
    func longBlocks(blocks: [(area: UInt16, children: Int)]) {
        var t = TestCohort(authorities: ["E06000009", "E08000028", "E06000017"])
        var serial = 0
        for block in blocks {
            for _ in 0..<block.children {
                _ = t.child("C\(serial)", born: "2015-01-01", la: block.area)
                serial += 1
            }
        }
        let cohort = t.cohort
        for area in UInt16(0)..<3 {
            // The ranges, made one row at a time.
            var expected: [Range<Int32>] = []
            var start: Int?
            var first = 0
            for block in blocks {
                if block.area == area, start == nil { start = first }
                if block.area != area, let begun = start { expected.append(Int32(begun)..<Int32(first)); start = nil }
                first += block.children
            }
            if let begun = start { expected.append(Int32(begun)..<Int32(first)) }
            #expect(cohort.children.rows(ofAuthority: area) == expected, "authority \(area)")
        }
    }

    @Test("Local measures of events and episodes are explained exactly, cells too; of attendance or audits, a clear error",
          arguments: [Breakdown.none, .ageBand])
    func localMeasures(breakdown: Breakdown) throws {
        var explained = 0, records = 0
        for seed in [UInt64(3), 8] {
            let cohort = randomCohort(seed: seed, children: 300)
            var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(cohort.authorities))
            request.localMeasures = propertyMeasures
            request.breakdown = breakdown
            let computation = try IndicatorComputation(request)
            for area in computation.compute(threads: 1).areas {
                for measure in propertyMeasures {
                    switch measure.template {
                    case .attendance, .auditsGoodOrBetter:
                        #expect(!measure.indicator.isExplainable)
                        #expect(throws: ExplanationError.localMeasure(measure.id)) {
                            _ = try computation.explain(measure.id, authority: area.authority)
                        }
                    default:
                        #expect(measure.indicator.isExplainable)
                        let explanation = try computation.explain(measure.id, authority: area.authority)
                        expectExplains(explanation, try #require(area.result(for: measure.id)), "seed \(seed)")
                        #expect(explanation.records.allSatisfy { $0.table == .localEvents || $0.table == .localEpisodes })
                        explained += 1
                        records += explanation.records.count
                        for cell in area.breakdown(for: measure.id) where breakdown != .none {
                            let inCell = try computation.explain(measure.id, authority: area.authority, cell: cell.label)
                            expectExplains(inCell, cell.result, "seed \(seed) cell")
                        }
                    }
                }
            }
        }
        #expect(explained == 2 * 3 * 5 && records > 100)
        let error = ExplanationError.localMeasure("attendance.cla")
        #expect(error.description.contains("'attendance.cla' is a local measure of school attendance or of audits"))
    }

    @Test("A repeat local event names the earlier event; a long local episode its end and length")
    func localFacts() throws {
        var t = TestCohort()
        let child = t.child("EH1", born: "2015-01-01")
        let kind = t.builder.localKind("early help")
        let episodeKind = t.builder.localKind("pre-proceedings")
        t.builder.addLocalEvent(LocalEventTable.Row(child: child, date: day("2024-01-10"), kind: kind))
        t.builder.addLocalEvent(LocalEventTable.Row(child: child, date: day("2024-09-10"), kind: kind))
        t.builder.addLocalEpisode(LocalEpisodeTable.Row(child: child, start: day("2024-05-01"), end: day("2025-01-01"), kind: episodeKind))
        var request = t.request()
        request.localMeasures = [LocalMeasure(id: "eh.repeat", template: .repeatEvents(kind: "early help", withinMonths: 12)),
                                 LocalMeasure(id: "pp.long", template: .episodesLastingMoreThan(kind: "pre-proceedings", days: 100))]
        let computation = try IndicatorComputation(request)
        let repeated = try computation.explain("eh.repeat", authority: "E06000009")
        #expect(repeated.records.count == 1 && repeated.records[0].countedIn == .numerator)
        #expect(repeated.records[0].key == day("2024-09-10") && repeated.records[0].fact(.earlierEvent) == .day(day("2024-01-10")))
        let long = try computation.explain("pp.long", authority: "E06000009")
        #expect(long.records.count == 1 && long.records[0].table == .localEpisodes && long.records[0].countedIn == .numerator)
        #expect(long.records[0].fact(.end) == .day(day("2025-01-01")) && long.records[0].fact(.durationDays) == .integer(245))
    }
}
