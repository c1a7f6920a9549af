import Foundation
import Testing
@testable import SafeguardingCLI

/// The `indicators` JSON of a fixed-seed generated cohort of three authorities, recorded before the
/// indicator definitions were restructured: any change to a figure, a key or the order of the
/// output shows here as a byte difference.
@Suite("golden indicators JSON")
struct GoldenIndicatorsTests {
    /// Generates the cohort once per test (the generator is deterministic for a seed).
    private func cohort() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        let run = tool("generate", "--out", scratch.path, "--las", "3", "--years", "3", "--seed", "12",
                       "--children", "4000")
        #expect(run.status == 0, "\(run.errors)")
        return scratch
    }

    private func golden(_ name: String) throws -> String {
        try String(contentsOfFile: Repository.root + "/Tests/SafeguardingCLITests/Fixtures/golden/" + name, encoding: .utf8)
    }

    private func indicators(_ scratch: ScratchDirectory, _ extra: [String]) -> Run {
        tool(["indicators", "--ssda903", scratch.path, "--cin", scratch.path,
              "--population", scratch.path + "/population.csv", "--postcodes", scratch.path + "/postcodes.csv",
              "--format", "json"] + extra)
    }

    @Test("collection years 2024 and 2025 give the recorded JSON byte for byte")
    func collectionYears() throws {
        let scratch = try cohort()
        for year in [2024, 2025] {
            let run = indicators(scratch, ["--year", String(year)])
            #expect(run.status == 0)
            #expect(run.output == (try golden("indicators-\(year).json")), "indicators --year \(year) changed")
        }
    }

    @Test("a part-year period with an age-band breakdown gives the recorded JSON byte for byte")
    func partYearBreakdown() throws {
        let scratch = try cohort()
        let run = indicators(scratch, ["--period", "2024-07-01..2025-03-31", "--breakdown", "age_band"])
        #expect(run.status == 0)
        #expect(run.output == (try golden("indicators-part-year-age-band.json")))
    }
}

@Suite("indicators JSON on any number of threads")
struct ThreadedIndicatorsTests {
    @Test("--threads 1, 2 and 8 give the same indicators JSON and validate output, byte for byte")
    func sameOutput() throws {
        let scratch = try ScratchDirectory()
        let run = tool("generate", "--out", scratch.path, "--las", "3", "--years", "3", "--seed", "12", "--children", "4000")
        #expect(run.status == 0, "\(run.errors)")
        func indicators(_ threads: Int) -> Run {
            tool(["indicators", "--ssda903", scratch.path, "--cin", scratch.path, "--population", scratch.path + "/population.csv",
                  "--postcodes", scratch.path + "/postcodes.csv", "--format", "json", "--year", "2025", "--threads", String(threads)])
        }
        let one = indicators(1)
        #expect(one.status == 0 && one.output.count > 1_000)
        for threads in [2, 8] {
            let other = indicators(threads)
            #expect(other.status == 0)
            #expect(other.output == one.output, "--threads \(threads)")
            #expect(other.errors == one.errors, "--threads \(threads)")
        }
        func validate(_ threads: Int) -> Run {
            tool(["validate", "--ssda903", scratch.path, "--cin", scratch.path, "--threads", String(threads)])
        }
        let checked = validate(1)
        #expect(checked.output.count > 1_000)
        for threads in [2, 8] {
            let other = validate(threads)
            #expect(other.status == checked.status && other.output == checked.output, "validate --threads \(threads)")
        }
    }
}
