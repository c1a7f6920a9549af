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

/// A 1,000,000-row `episodes.csv` in the real column layout (random but valid children, dates,
/// codes and postcodes), for throughput at scale: 3 episodes for each of 333,334 children.
let millionRowEpisodes: (path: String, bytes: Int) = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sm-bench-episodes-1m.csv").path
    if !FileManager.default.fileExists(atPath: path) {
        var random = SplitMix64(seed: 1)
        let places = ["U1", "U3", "U4", "U6", "K2", "P1", "R1", "S1", "A4", "T0"]
        let statuses = ["C1", "C2", "V2", "E1", "J1"]
        let reasons = ["E4A", "E11", "E13", "E41", "E8", "E5"]
        var text = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
        text.reserveCapacity(100_000_000)
        let start = Day(year: 2022, month: 4, day: 1)!
        for row in 0..<1_000_000 {
            let child = 200_000 + row / 3
            let first = start.advanced(by: Int.random(in: 0...700, using: &random) + (row % 3) * 120)
            let last = first.advanced(by: Int.random(in: 1...119, using: &random))
            let open = row % 3 == 2 && Bool.random(using: &random)
            text += "\(child),\(first.formatted(.dayMonthYear)),\(row % 3 == 0 ? "S" : "P"),\(statuses.randomElement(using: &random)!),N1,"
            text += "\(places.randomElement(using: &random)!),PR1,\(open ? "" : last.formatted(.dayMonthYear)),"
            text += "\(open ? "" : row % 3 == 2 ? reasons.randomElement(using: &random)! : "X1"),,"
            text += "FY\(Int.random(in: 1...9, using: &random)) \(Int.random(in: 1...9, using: &random))AB,"
            text += "PR\(Int.random(in: 1...9, using: &random)) \(Int.random(in: 1...9, using: &random))CD,\n"
        }
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return (path, bytes)
}()

let benchmarks: @Sendable () -> Void = {
    FileHandle.standardError.write(Data(("reader inputs: episodes.csv \(dataset.bytes.csv) bytes; CIN XML \(dataset.bytes.xml) bytes; "
        + "1M-row episodes.csv \(millionRowEpisodes.bytes) bytes\n").utf8))
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

    Benchmark("SSDA903 episodes.csv read, 1,000,000 rows", configuration: .init(maxDuration: .seconds(30), maxIterations: 7)) { benchmark in
        for _ in benchmark.scaledIterations {
            var builder = CohortBuilder()
            let report = try SSDA903CSVReader().read(file: millionRowEpisodes.path,
                                                     context: ReturnContext(authority: "E06000009", collectionYear: 2025),
                                                     into: &builder)
            precondition(report.rowsAccepted == 1_000_000)
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
