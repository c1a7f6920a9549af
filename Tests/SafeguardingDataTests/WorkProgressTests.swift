import Foundation
import Synchronization
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

@Suite("Progress of long runs, reported to a callback")
struct WorkProgressTests {
    static let cohort = SyntheticCohort(authorities: SyntheticCohortTests.authorities(2), years: 2024...2025, seed: 5)

    @Test("Writing a cohort reports each authority once, counting to the number of authorities")
    func generation() throws {
        let directory = try TemporaryDirectory()
        let steps = Mutex<[WorkProgress]>([])
        _ = try Self.cohort.write(to: directory.url.path) { step in steps.withLock { $0.append(step) } }
        let seen = steps.withLock { $0 }
        #expect(seen.map(\.completed) == [1, 2])
        #expect(seen.allSatisfy { $0.total == 2 })
        #expect(Set(seen.map(\.item)) == Set(Self.cohort.authorities.map(\.code)))
    }

    @Test("Reading returns reports every file found, in order, counting to the number of files")
    func reading() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.cohort.write(to: directory.url.path)
        let root = directory.url.path
        let steps = Mutex<[WorkProgress]>([])
        let returns = try ReturnSet(ssda903: [root], cin: [root], population: root + "/population.csv") { step in
            steps.withLock { $0.append(step) }
        }
        let seen = steps.withLock { $0 }
        let read = returns.files.filter { !$0.isUnread }.map(\.path)
        #expect(seen.count == read.count && !seen.isEmpty)
        #expect(seen.map(\.completed) == Array(1...seen.count))
        #expect(seen.allSatisfy { $0.total == seen.count })
        #expect(seen.map(\.item) == read)
    }
}
