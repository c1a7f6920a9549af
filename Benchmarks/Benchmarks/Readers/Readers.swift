import Benchmark
import Foundation
import SafeguardingData

/// A generated dataset shared by the reader benchmarks: one authority with a large population,
/// so its episodes file is big enough to measure throughput (`SM_BENCH_POPULATION` changes it).
let dataset: (episodes: String, cin: String, bytes: (csv: Int, xml: Int)) = {
    let population = Int64(ProcessInfo.processInfo.environment["SM_BENCH_POPULATION"] ?? "") ?? 1_500_000
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sm-bench-\(population)").path
    let folder = "\(root)/E06000009/2025"
    if !FileManager.default.fileExists(atPath: folder + "/ssda903/episodes.csv") {
        let authority = SyntheticAuthority(code: "E06000009", number: "890", name: "Blackpool",
                                           population: [2023: population, 2024: population])
        _ = try! SyntheticCohort(authorities: [authority], years: 2025...2025, seed: 1).write(to: root)
    }
    func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
    let episodes = folder + "/ssda903/episodes.csv", cin = "\(folder)/cin/cin_census_2025.xml"
    return (episodes, cin, (size(episodes), size(cin)))
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(20), maxIterations: 20)

    Benchmark("SSDA903 episodes.csv read (bytes per iteration in the scaling factor)",
              configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            var builder = CohortBuilder()
            let report = try SSDA903CSVReader().read(file: dataset.episodes,
                                                     context: ReturnContext(authority: "E06000009", collectionYear: 2025),
                                                     into: &builder)
            blackHole(report.rowsAccepted)
        }
    }

    Benchmark("CIN census XML read") { benchmark in
        for _ in benchmark.scaledIterations {
            var builder = CohortBuilder()
            let report = try CINCensusReader().read(file: dataset.cin,
                                                    context: ReturnContext(authority: "E06000009", collectionYear: 2025),
                                                    into: &builder)
            blackHole(report.rowsAccepted)
        }
    }

    Benchmark("CSV tokenizer only, episodes.csv") { benchmark in
        for _ in benchmark.scaledIterations {
            let reader = try CSVReader(path: dataset.episodes)
            var fields = 0
            while try reader.next() { fields += reader.fieldCount }
            blackHole(fields)
        }
    }
}
