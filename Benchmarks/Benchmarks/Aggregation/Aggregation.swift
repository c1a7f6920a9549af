import Benchmark
import Foundation
import SafeguardingData
import SafeguardingMetrics

/// A generated multi-authority dataset shared by the aggregation benchmarks: the first
/// `SM_BENCH_LAS` authorities of the bundled directory (default 5) with their real populations,
/// 3 collection years ending 2025, written once to a temporary folder.
let aggregationDataset: (root: String, ssda903: [String], cin: [String]) = {
    let count = Int(ProcessInfo.processInfo.environment["SM_BENCH_LAS"] ?? "") ?? 5
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sm-bench-aggregation-\(count)las").path
    if !FileManager.default.fileExists(atPath: root + "/population.csv") {
        let authorities = Array(try! SyntheticAuthority.bundled().prefix(count))
        _ = try! SyntheticCohort(authorities: authorities, years: 2023...2025, seed: 903).write(to: root)
    }
    let paths = try! ReturnLoader.datasetPaths(root: root)
    return (root, paths.ssda903, paths.cin)
}()

/// The cohort read from ``aggregationDataset`` and the request for the whole catalogue for
/// collection year 2025, with the generator's populations and postcode lookup.
let aggregationRequest: IndicatorRequest = {
    let loaded = try! ReturnLoader().load(ssda903: aggregationDataset.ssda903, cin: aggregationDataset.cin)
    let directory = try! ReferenceData.localAuthorityDirectory()
    let populations = try! PopulationTable.read(path: aggregationDataset.root + "/population.csv", directory: directory).value
    var configuration = AggregationConfiguration()
    let lookup = try! PostcodeLookup.read(path: aggregationDataset.root + "/postcodes.csv").value
    configuration.postcodePositions = PostcodePositions(postcodes: loaded.cohort.postcodes, lookup: lookup)
    return IndicatorRequest(cohort: loaded.cohort, period: .collectionYear(2025), populations: populations,
                            configuration: configuration)
}()

/// Rows of every table the computation visits, for rows/s.
let aggregationRows: Int = {
    let cohort = aggregationRequest.cohort
    return cohort.episodes.count + cohort.missing.count + cohort.oc2.count + cohort.oc3.count + cohort.referrals.count
        + cohort.assessments.count + cohort.section47.count + cohort.plans.count
}()

/// Rows counted per second of wall-clock time, reported beside the wall clock.
let rowsPerSecond = BenchmarkMetric.custom("Rows per second", polarity: .prefersLarger, useScalingFactor: false)

// Benchmark names are plain identifiers: the benchmark tool writes static thresholds under a
// cleaned-up file name but reads them back under the raw name, so a name with spaces or
// punctuation never finds its thresholds (benchmark 1.38.1).
//   WholeCatalogue_1thread / _2threads  compute(threads:) for the whole catalogue, collection year 2025
//   SetUp                               IndicatorComputation.init: checks and per-child offsets
//   Merge16Partials                     merging 16 partial aggregates of the whole catalogue
//   Results                             counters to figures: rounding, states, coverage
//   ReadAndBuildCohort                  ReturnLoader over every SSDA903 CSV and CIN XML of the dataset
//   Explain…, WholeCatalogue_OneAuthority_1thread   explanation mode (Explanation.swift)
let benchmarks: @Sendable () -> Void = {
    FileHandle.standardError.write(Data(("aggregation input: \(aggregationRequest.cohort.authorities.count) authorities, "
        + "\(aggregationRequest.cohort.children.count) children, \(aggregationRows) rows\n").utf8))
    // Allocations are checked against the static thresholds committed in `Thresholds/` (p90 of
    // `mallocCountTotal`, recorded with `benchmark thresholds update --metric mallocCountTotal`),
    // with 5% tolerance for the thread pool's own allocations. Times are not checked: this is a
    // shared machine.
    let allocationTolerance: [BenchmarkMetric: BenchmarkThresholds] = [.mallocCountTotal: .init(relative: [.p90: 5.0])]
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(15), maxIterations: 30,
                                           thresholds: allocationTolerance)

    for threads in [1, 2] {
        Benchmark("WholeCatalogue_\(threads)thread\(threads == 1 ? "" : "s")",
                  configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, rowsPerSecond])) { benchmark in
            let computation = try IndicatorComputation(aggregationRequest)
            benchmark.startMeasurement()
            let start = ContinuousClock.now
            let results = computation.compute(threads: threads)
            let elapsed = ContinuousClock.now - start
            benchmark.stopMeasurement()
            blackHole(results)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            benchmark.measurement(rowsPerSecond, Int(Double(aggregationRows) / seconds / 1000))
        }
    }

    Benchmark("SetUp") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try IndicatorComputation(aggregationRequest))
        }
    }

    Benchmark("Merge16Partials") { benchmark in
        let computation = try IndicatorComputation(aggregationRequest)
        let parts = computation.shards(count: 16).map { computation.aggregate($0) }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var total = computation.emptyAggregate()
            for part in parts { total.merge(part) }
            blackHole(total)
        }
    }

    Benchmark("Results") { benchmark in
        let computation = try IndicatorComputation(aggregationRequest)
        let total = computation.aggregate(threads: 1)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(computation.results(from: total))
        }
    }

    Benchmark("ReadAndBuildCohort", configuration: .init(maxDuration: .seconds(30), maxIterations: 7)) { benchmark in
        for _ in benchmark.scaledIterations {
            let loaded = try ReturnLoader().load(ssda903: aggregationDataset.ssda903, cin: aggregationDataset.cin)
            blackHole(loaded.cohort.children.count)
        }
    }

    explanationBenchmarks()
}
