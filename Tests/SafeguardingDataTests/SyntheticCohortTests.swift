import Foundation
import Testing
@testable import SafeguardingData

@Suite("Synthetic cohort generator")
struct SyntheticCohortTests {
    static func authorities(_ count: Int, population: Int64 = 8_000) -> [SyntheticAuthority] {
        let codes = [("E06000009", "890", "Blackpool"), ("E08000028", "333", "Sandwell"), ("E06000017", "857", "Rutland")]
        return codes.prefix(count).map {
            SyntheticAuthority(code: $0.0, number: $0.1, name: $0.2, population: [2021: population, 2022: population, 2023: population, 2024: population])
        }
    }

    static let numbers: @Sendable (String) -> String? = { ["890": "E06000009", "333": "E08000028", "857": "E06000017"][$0] ?? ReturnContext.eCodeOnly($0) }

    func generateAndLoad(_ format: SyntheticCohort.SSDA903Format, seed: UInt64 = 7) throws -> (LoadedCohort, SyntheticCohort.Summary) {
        let directory = try TemporaryDirectory()
        let cohort = SyntheticCohort(authorities: Self.authorities(3), years: 2023...2025, seed: seed, ssda903Format: format)
        let summary = try cohort.write(to: directory.url.path)
        let paths = try ReturnLoader.datasetPaths(root: directory.url.path)
        #expect(paths.ssda903.count == 9 && paths.cin.count == 9)
        return (try ReturnLoader(resolveAuthority: Self.numbers).load(ssda903: paths.ssda903, cin: paths.cin), summary)
    }

    /// The cohort's episodes as comparable rows, by authority code and child identifier.
    func episodeRows(_ cohort: Cohort) -> [String] {
        let e = cohort.episodes
        return (0..<e.count).map { row in
            let child = ChildRow(rawValue: e.child[row])
            return "\(cohort.authorities[Int(cohort.children.authority[child.index])]) \(cohort.children.identifier(child)) "
                + "\(e.start[row]) \(e.end[row]) \(e.reasonNewEpisode[row]) \(e.legalStatus[row]) \(e.categoryOfNeed[row]) "
                + "\(e.placement[row]) \(e.provider[row]) \(e.reasonCeased[row]) "
                + "\(e.homePostcode[row] < 0 ? "" : cohort.postcodes[Int(e.homePostcode[row])]) "
                + "\(e.placementPostcode[row] < 0 ? "" : cohort.postcodes[Int(e.placementPostcode[row])])"
        }.sorted()
    }

    func childRows(_ cohort: Cohort) -> [String] {
        let c = cohort.children
        return (0..<Int32(c.count)).map { i in
            let child = ChildRow(rawValue: i)
            return "\(cohort.authorities[Int(c.authority[child.index])]) \(c.identifier(child)) \(c.birth[child.index]) "
                + "\(c.sex[child.index]) \(c.ethnicity[child.index])"
        }.sorted()
    }

    @Test("Generated returns for 3 authorities and 3 years read back with no rejected row, CSV and XML alike")
    func roundTrip() throws {
        let (csv, summary) = try generateAndLoad(.csv)
        let (xml, _) = try generateAndLoad(.xml)
        for loaded in [csv, xml] {
            #expect(loaded.files.allSatisfy { $0.rowsRejected == 0 && $0.rowsRead == $0.rowsAccepted })
            #expect(loaded.files.flatMap(\.problems).isEmpty, "\(loaded.files.flatMap(\.problems).prefix(3))")
            #expect(loaded.cohort.authorities.count == 3)
            #expect(loaded.cohort.returns.count == 18)
        }
        // The same columns whichever layout the SSDA903 returns were written in.
        #expect(episodeRows(csv.cohort) == episodeRows(xml.cohort))
        #expect(childRows(csv.cohort) == childRows(xml.cohort))
        #expect(csv.cohort.oc2.count == xml.cohort.oc2.count && csv.cohort.oc3.count == xml.cohort.oc3.count)
        #expect(csv.cohort.missing.start.sorted() == xml.cohort.missing.start.sorted())
        #expect(csv.cohort.oc2.sdqScore.sorted() == xml.cohort.oc2.sdqScore.sorted())
        // The adoption tables and uasc, written in both layouts, read back the same.
        #expect(csv.cohort.uasc.count > 0 && csv.cohort.uasc.ceased.sorted() == xml.cohort.uasc.ceased.sorted())
        #expect(csv.cohort.adoptions.count > 0 && csv.cohort.adoptions.matched.sorted() == xml.cohort.adoptions.matched.sorted())
        #expect(csv.cohort.adoptions.decided.sorted() == xml.cohort.adoptions.decided.sorted())
        #expect(csv.cohort.placedForAdoption.ceased.sorted() == xml.cohort.placedForAdoption.ceased.sorted())
        #expect(csv.cohort.previousPermanence.kind.sorted() == xml.cohort.previousPermanence.kind.sorted())
        #expect(csv.cohort.previousPermanence.year.sorted() == xml.cohort.previousPermanence.year.sorted())
        // Every adoption is consistent with the episodes: the child's episodes end with E11 or E12 in
        // an A placement under a placement order, and the decision and match come in order.
        let a = csv.cohort.adoptions, e = csv.cohort.episodes
        for row in 0..<a.count {
            let episodes = csv.cohort.episodeRange(of: ChildRow(rawValue: a.child[row]))
            let last = try #require(episodes.last { ["E11", "E12"].contains(ReasonCeasedCodes.list.code(at: e.reasonCeased[$0])) })
            #expect(["A5", "A6"].contains(PlacementTypeCodes.list.code(at: e.placement[last])))
            #expect(LegalStatusCodes.list.code(at: e.legalStatus[last]) == "E1")
            #expect(a.decided[row] <= a.matched[row] && a.matched[row] <= e.start[last])
        }
        // Every episode row written appears in the cohort once per key: overlapping years merge.
        #expect(csv.cohort.episodes.count + csv.cohort.supersededRows.episodes == summary.episodeRows)
        #expect(csv.cohort.referrals.count + csv.cohort.supersededRows.referrals == summary.referralRecords)
        #expect(csv.cohort.episodes.count > 100 && csv.cohort.referrals.count > 1_000)
    }

    @Test("The merged cohort holds each simulated record once, with the end date known at the last return")
    func mergedCohortMatchesTheSimulation() throws {
        let (loaded, _) = try generateAndLoad(.csv)
        let window = ReportingPeriod(start: ReportingPeriod.collectionYear(2023).start, end: ReportingPeriod.collectionYear(2025).end)
        var expected: [String] = []
        for (index, authority) in Self.authorities(3).enumerated() {
            var simulator = HistorySimulator(authority: authority, gridIndex: index, seed: 7, parameters: SyntheticParameters())
            let history = simulator.run(firstYear: 2023, lastYear: 2025)
            for episode in history.episodes where episode.start <= window.end && (episode.end.map { $0 >= window.start } ?? true) {
                let end = episode.end.flatMap { $0 <= window.end ? $0.dayNumber : nil } ?? DayNumber.open
                expected.append("\(authority.code) \(history.children[episode.child].id) \(episode.start.dayNumber) \(end)")
            }
        }
        let cohort = loaded.cohort
        let actual = (0..<cohort.episodes.count).map { row in
            let child = ChildRow(rawValue: cohort.episodes.child[row])
            return "\(cohort.authorities[Int(cohort.children.authority[child.index])]) \(cohort.children.identifier(child)) "
                + "\(cohort.episodes.start[row]) \(cohort.episodes.end[row])"
        }
        #expect(actual.sorted() == expected.sorted())
    }

    @Test("The same seed gives the same files, and another seed different ones")
    func deterministic() throws {
        let (first, _) = try generateAndLoad(.csv, seed: 11)
        let (second, _) = try generateAndLoad(.csv, seed: 11)
        let (other, _) = try generateAndLoad(.csv, seed: 12)
        #expect(episodeRows(first.cohort) == episodeRows(second.cohort))
        #expect(episodeRows(first.cohort) != episodeRows(other.cohort))
    }

    @Test("Every current authority of the bundled ONS file can be generated")
    func bundledAuthorities() throws {
        let authorities = try SyntheticAuthority.bundled()
        #expect(authorities.count == 153)
        #expect(authorities.first { $0.code == "E06000009" }?.number == "890")
        #expect(authorities.allSatisfy { $0.population[2024] != nil })
    }

    @Test("Bundled authorities carry their own published rates relative to England's")
    func calibration() throws {
        let blackpool = try #require(try SyntheticAuthority.bundled().first { $0.code == "E06000009" })
        // Blackpool's published rates are far above England's: about 50 v 27 starting care, 184 v 69 looked after.
        #expect(blackpool.calibration.careStarts > 1.5)
        #expect(blackpool.calibration.careStarts * blackpool.calibration.timeInCare > 2)
        #expect(blackpool.calibration.referrals > 1)
        let plain = try #require(try SyntheticAuthority.bundled(calibrated: false).first { $0.code == "E06000009" })
        #expect(plain.calibration == .england)
        #expect(SyntheticCalibration(referrals: 100, careStarts: 0, timeInCare: .nan)
                == SyntheticCalibration(referrals: 4, careStarts: 0.25, timeInCare: 1))
    }
}
