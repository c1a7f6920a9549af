import Benchmark
import Foundation
import SafeguardingMetrics

// Explanation mode against the ordinary computation, for the authority of the dataset with the
// most children (run with SM_BENCH_LAS=153 for the national cohort, the measure):
//   ExplainRereferrals_OneAuthority              explain(referrals.repeat_within_12_months.percent), CIN tables
//   ExplainAssessments_OneAuthority              explain(assessments.within_45_working_days.percent), CIN tables
//   ExplainLongTermStability_OneAuthority        explain(cla.stability.long_term.percent), SSDA903 episodes
//   WholeCatalogue_OneAuthority_1thread          set up and compute(threads: 1) the whole catalogue with that
//                                                authority as the one area: the library's own call, which
//                                                visits only the requested authorities' children
//                                                (IndicatorComputation.selectedShards)
//   WholeCatalogue_OneAuthorityRows_1thread      the same, counting that authority's children's rows by hand
//                                                (its ChildTable.rows(ofAuthority:) ranges as shards): the
//                                                two should now take about the same time
// Each explanation sets up its own one-indicator computation, as the whole catalogue's runs do;
// reading the returns is outside all of them. Times are not checked against thresholds (shared machine).

/// The authority with the most children, and the ranges of its children's rows.
let explainedAuthority: (index: UInt16, code: String, rows: [Range<Int32>]) = {
    let cohort = aggregationRequest.cohort
    var best: (index: UInt16, code: String, rows: [Range<Int32>]) = (0, cohort.authorities[0], [])
    var most = -1
    for index in cohort.authorities.indices {
        let rows = cohort.children.rows(ofAuthority: UInt16(index))
        let children = rows.reduce(0) { $0 + $1.count }
        if children > most { (most, best) = (children, (UInt16(index), cohort.authorities[index], rows)) }
    }
    return best
}()

/// Registers the explanation benchmarks.
func explanationBenchmarks() {
    FileHandle.standardError.write(Data(("explained authority: \(explainedAuthority.code), "
        + "\(explainedAuthority.rows.reduce(0) { $0 + $1.count }) children in \(explainedAuthority.rows.count) ranges of rows\n").utf8))
    var oneAuthority = aggregationRequest
    oneAuthority.areas = [explainedAuthority.index]
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                                maxDuration: .seconds(20), maxIterations: 30)
    for (name, id) in [("Rereferrals", "referrals.repeat_within_12_months.percent"),
                       ("Assessments", "assessments.within_45_working_days.percent"),
                       ("LongTermStability", "cla.stability.long_term.percent")] {
        Benchmark("Explain\(name)_OneAuthority", configuration: configuration) { benchmark in
            let computation = try IndicatorComputation(oneAuthority)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try computation.explain(IndicatorID(id), authority: explainedAuthority.code))
            }
        }
    }
    Benchmark("WholeCatalogue_OneAuthority_1thread", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try IndicatorComputation(oneAuthority).compute(threads: 1))
        }
    }
    Benchmark("WholeCatalogue_OneAuthorityRows_1thread", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let computation = try IndicatorComputation(oneAuthority)
            var aggregate = computation.emptyAggregate()
            for rows in explainedAuthority.rows {
                aggregate.merge(computation.aggregate(AggregationShard(children: rows, audits: 0..<0)))
            }
            blackHole(computation.results(from: aggregate))
        }
    }
}
