import Benchmark
import SafeguardingMetrics

// Explanation mode against the ordinary computation, for the first authority of the dataset:
//   ExplainRereferrals_OneAuthority          explain(referrals.repeat_within_12_months.percent), CIN tables
//   ExplainLongTermStability_OneAuthority    explain(cla.stability.long_term.percent), SSDA903 episodes
//   WholeCatalogue_OneAuthority_1thread      set up and compute the whole catalogue for that authority, one thread
// Each explanation sets up its own one-indicator computation, as the whole catalogue's run does;
// reading the returns is outside all three. Times are not checked against thresholds (shared machine).

/// Registers the explanation benchmarks.
func explanationBenchmarks() {
    var oneAuthority = aggregationRequest
    oneAuthority.areas = [0]
    let authority = aggregationRequest.cohort.authorities[0]
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                                maxDuration: .seconds(15), maxIterations: 30)
    for (name, id) in [("Rereferrals", "referrals.repeat_within_12_months.percent"),
                       ("LongTermStability", "cla.stability.long_term.percent")] {
        Benchmark("Explain\(name)_OneAuthority", configuration: configuration) { benchmark in
            let computation = try IndicatorComputation(oneAuthority)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try computation.explain(IndicatorID(id), authority: authority))
            }
        }
    }
    Benchmark("WholeCatalogue_OneAuthority_1thread", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try IndicatorComputation(oneAuthority).compute(threads: 1))
        }
    }
}
