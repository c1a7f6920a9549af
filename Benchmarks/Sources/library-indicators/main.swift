// Prints the library's numerators and denominators for a generated dataset as JSON, with the
// time spent reading and computing and the peak memory, for the side-by-side comparison
// (`Benchmarks/compare.py`). Not a product: the tool's `indicators` subcommand is the user-facing
// way to get the same figures.
//
// Usage: library-indicators DATASET_ROOT [--year Y] [--threads N] [--repeat K] [--indicators a,b,c]
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SafeguardingData
import SafeguardingMetrics

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("library-indicators: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let root = arguments.first, !root.hasPrefix("-") else {
    fail("usage: library-indicators DATASET_ROOT [--year Y] [--threads N] [--repeat K] [--indicators a,b,c]")
}
arguments.removeFirst()
var year = 2025, threads = 2, repeats = 1
var subset: [IndicatorID] = []
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let value = arguments.first else { fail("\(flag) needs a value") }
    arguments.removeFirst()
    switch flag {
    case "--year": year = Int(value) ?? year
    case "--threads": threads = Int(value) ?? threads
    case "--repeat": repeats = max(1, Int(value) ?? repeats)
    case "--indicators": subset = value.split(separator: ",").map { IndicatorID(String($0)) }
    default: fail("unknown option \(flag)")
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let clock = ContinuousClock()
let paths: (ssda903: [String], cin: [String])
do { paths = try ReturnLoader.datasetPaths(root: root) } catch { fail("\(error)") }

// (a) Reading: the SSDA903 CSVs alone (what the other engines read), then everything with CIN.
var read903 = 0.0
do {
    let start = clock.now
    let loaded = try ReturnLoader().load(ssda903: paths.ssda903)
    read903 = seconds(clock.now - start)
    precondition(loaded.cohort.episodes.count > 0)
} catch { fail("\(error)") }

let start = clock.now
let loaded: LoadedCohort
do { loaded = try ReturnLoader().load(ssda903: paths.ssda903, cin: paths.cin) } catch { fail("\(error)") }
let directory: LocalAuthorityDirectory, populations: PopulationTable, lookup: PostcodeLookup
do {
    directory = try ReferenceData.localAuthorityDirectory()
    populations = try PopulationTable.read(path: root + "/population.csv", directory: directory).value
    lookup = try PostcodeLookup.read(path: root + "/postcodes.csv").value
} catch { fail("\(error)") }
let readAll = seconds(clock.now - start)

// (b) Computing from the cohort in memory: the whole catalogue, and the compared subset alone.
var configuration = AggregationConfiguration()
configuration.postcodePositions = PostcodePositions(postcodes: loaded.cohort.postcodes, lookup: lookup)
var request = IndicatorRequest(cohort: loaded.cohort, period: .collectionYear(year), populations: populations,
                               configuration: configuration)
var subsetRequest = request
if !subset.isEmpty { subsetRequest.indicators = subset }
var computeAll: [Double] = [], computeSubset: [Double] = []
var results: IndicatorResults? = nil
do {
    for _ in 0..<repeats {
        var begin = clock.now
        results = try IndicatorComputation(request).compute(threads: threads)
        computeAll.append(seconds(clock.now - begin))
        begin = clock.now
        let part = try IndicatorComputation(subsetRequest).compute(threads: threads)
        computeSubset.append(seconds(clock.now - begin))
        precondition(part.areas.count == results!.areas.count)
    }
} catch { fail("\(error)") }

/// The peak resident memory of this process in bytes: `VmHWM` of /proc/self/status on Linux
/// (per address space, so it does not include a parent's memory before exec, unlike ru_maxrss),
/// else getrusage's ru_maxrss.
func peakResidentBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kib = Int(line.split(separator: " ").dropFirst().first ?? "") {
        return kib * 1024
    }
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)
    #endif
}

let cohort = loaded.cohort
var json: [String: Any] = [
    "engine": "swift",
    "threads": threads,
    "read_903_seconds": read903,
    "read_all_seconds": readAll,
    "compute_all_seconds": computeAll,
    "compute_subset_seconds": computeSubset,
    "peak_rss_bytes": peakResidentBytes(),
    "rows": ["episodes": cohort.episodes.count, "missing": cohort.missing.count, "oc2": cohort.oc2.count,
             "oc3": cohort.oc3.count, "referrals": cohort.referrals.count, "plans": cohort.plans.count,
             "children": cohort.children.count],
    "rows_rejected": loaded.files.map(\.rowsRejected).reduce(0, +),
]
json["areas"] = results!.areas.map { area -> [String: Any] in
    var figures: [String: [Int64]] = [:]
    for result in area.indicators { figures[result.id.rawValue] = [result.numerator, result.denominator] }
    return ["la": area.authority, "population": area.population?.population ?? 0, "indicators": figures]
}
let data = try! JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
FileHandle.standardOutput.write(data)
FileHandle.standardOutput.write(Data("\n".utf8))
