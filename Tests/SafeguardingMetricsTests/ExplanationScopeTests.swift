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

    @Test("A local measure is a clear error, whether the request or the catalogue has it; so is a definition only")
    func localMeasures() throws {
        let cohort = randomCohort(seed: 3, children: 60)
        var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(cohort.authorities))
        request.localMeasures = propertyMeasures
        let computation = try IndicatorComputation(request)
        for measure in propertyMeasures {
            #expect(throws: ExplanationError.localMeasure(measure.id)) { _ = try computation.explain(measure.id, authority: "E06000009") }
        }
        let error = ExplanationError.localMeasure("eh.rate")
        #expect(error.description.contains("'eh.rate' is a local measure") && error.description.contains("standard indicators"))
        // In the catalogue only, not among the request's measures.
        var catalogued = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: TestCohort.populations(cohort.authorities))
        catalogued.catalogue = catalogued.catalogue.including([LocalMeasure(id: "eh.count", template: .eventCount(kind: "early help"))])
        #expect(catalogued.catalogue["eh.count"]?.isLocalMeasure == true && catalogued.catalogue["eh.count"]?.isExplainable == false)
        #expect(throws: ExplanationError.localMeasure("eh.count")) {
            _ = try IndicatorComputation(catalogued).explain("eh.count", authority: "E06000009")
        }
        let standard = IndicatorCatalogue.standard.indicators
        let computable = standard.filter { $0.isComputable }
        #expect(computable.count > 30 && computable.allSatisfy { $0.isExplainable })
        #expect(standard.allSatisfy { !$0.isLocalMeasure })
    }
}
