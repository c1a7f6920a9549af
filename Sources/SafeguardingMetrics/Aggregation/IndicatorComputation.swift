import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An indicator computation, set up and ready to run: the fused, parallel, mergeable pass over a
/// cohort that gives every requested indicator for every area (INDICATORS.md §2-4).
///
/// Setting up checks the request (indicators, areas, populations). ``aggregate(_:)`` counts one
/// shard of children into plain integer counters with one pass over each table the requested
/// indicators read (every table of the cohort is in child order, so a shard's rows of each table
/// are one range); ``aggregate(threads:)`` does that for all shards across
/// cores and merges them; ``results(from:)`` turns counters into figures. ``compute(threads:)`` does all
/// three.
///
/// ```swift
/// let request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: populations)
/// let results = try IndicatorComputation(request).compute()
/// print(results.area("E06000009")?.result(for: "cla.rate")?.display ?? "z")
/// ```
public struct IndicatorComputation: Sendable {
    /// The request.
    public let request: IndicatorRequest
    /// Whether each authority of the cohort is one of the requested areas.
    let selected: [Bool]
    /// The population of each requested area (`nil` when no rate was asked for).
    let populations: [PopulationFigure?]
    /// The population of each breakdown cell of each requested area (empty lists without breakdown populations).
    let cellPopulations: [[PopulationFigure?]]
    /// Local measures with their kinds resolved to cohort indices (`UInt16.max` when absent).
    let localKinds: [UInt16]
    let constants: PeriodConstants
    /// The tables the requested indicators and local measures read; the others are not scanned.
    let scans: TableScans

    /// Checks the request and prepares the computation.
    ///
    /// Each requested indicator is counted as its catalogue definition says: a standard indicator
    /// by its counters, an indicator made from a ``LocalMeasure`` as that measure (added to the
    /// request's ``IndicatorRequest/localMeasures`` when they do not have it). A local measure of
    /// the request is counted as itself whatever the catalogue says of its identifier.
    ///
    /// - Throws: ``AggregationError`` for an indicator that cannot be computed, an area that is not
    ///   an authority of the cohort, a missing population (naming the authority and mid-year), or
    ///   breakdown populations by a label that is not a cell of the breakdown.
    /// - Complexity: O(areas + indicators × catalogue + days of the period + breakdown populations).
    public init(_ request: IndicatorRequest) throws(AggregationError) {
        var request = request
        let cohort = request.cohort
        var localIDs = Set(request.localMeasures.map(\.id))
        var needsPopulation = request.localMeasures.contains { $0.template.requirements.population }
        for id in request.indicators where !localIDs.contains(id) {
            guard let indicator = request.catalogue[id] else { throw .unknownIndicator(id) }
            switch indicator.counting {
            case .counters: break
            case .localMeasure(let template):
                request.localMeasures.append(LocalMeasure(id: id, template: template, decimals: indicator.decimals))
                localIDs.insert(id)
            case .declared: throw .unknownIndicator(id)
            }
            if indicator.counting.needsPopulation { needsPopulation = true }
        }
        var selected = [Bool](repeating: false, count: cohort.authorities.count)
        var figures: [PopulationFigure?] = []
        for area in request.areas {
            guard Int(area) < cohort.authorities.count else { throw .unknownArea(area) }
            selected[Int(area)] = true
            let code = cohort.authorities[Int(area)]
            if needsPopulation {
                do {
                    figures.append(try request.populations.population(for: .localAuthority(code), period: request.period))
                } catch {
                    throw .missingPopulation(authority: code, error)
                }
            } else {
                figures.append(nil)
            }
        }
        self.request = request
        self.selected = selected
        self.populations = figures
        cellPopulations = try IndicatorComputation.cellPopulations(request)
        localKinds = request.localMeasures.map { measure in
            let name: String?
            switch measure.template {
            case .eventRate(let kind), .episodeSnapshotRate(let kind), .eventCount(let kind),
                 .repeatEvents(let kind, _), .episodesLastingMoreThan(let kind, _): name = kind
            case .auditsGoodOrBetter(let domain): name = domain
            case .attendance: name = nil
            }
            guard let name else { return UInt16.max - 1 }
            return cohort.local.kinds.firstIndex(of: name).map { UInt16($0) } ?? UInt16.max
        }
        constants = PeriodConstants(request.period, request.configuration)
        scans = TableScans(request)
    }

    /// Shards covering every child and audit once: `count` ranges of about equal size.
    ///
    /// - Complexity: O(count).
    public func shards(count: Int) -> [AggregationShard] {
        precondition(count >= 1, "at least one shard")
        let children = request.cohort.children.count
        let audits = request.cohort.local.audits.count
        return (0..<count).map { part in
            AggregationShard(children: Int32(children * part / count)..<Int32(children * (part + 1) / count),
                             audits: audits * part / count..<audits * (part + 1) / count)
        }
    }

    /// An aggregate with every counter 0, compatible with this computation's shards: the
    /// starting point for merging shards counted elsewhere.
    ///
    /// - Complexity: O(areas × cells × counters).
    public func emptyAggregate() -> IndicatorAggregate {
        IndicatorAggregate(period: request.period, breakdown: request.breakdown, areaCount: request.cohort.authorities.count,
                           localMeasureCount: request.localMeasures.count)
    }

    /// Counts one shard: every row of the shard's children in every table the request reads, and
    /// the shard's audits.
    ///
    /// - Precondition: the shard's ranges lie within the cohort.
    /// - Complexity: O(rows of the shard's children + audits), with no allocation per row.
    public func aggregate(_ shard: AggregationShard) -> IndicatorAggregate {
        precondition(shard.children.lowerBound >= 0 && Int(shard.children.upperBound) <= request.cohort.children.count,
                     "shard children outside the cohort")
        precondition(shard.audits.lowerBound >= 0 && shard.audits.upperBound <= request.cohort.local.audits.count,
                     "shard audits outside the cohort")
        var aggregate = emptyAggregate()
        let slots = aggregate.slotsPerCell
        aggregate.counts.withUnsafeMutableBufferPointer { counts in
            let sink = CounterSink(counts: counts, cells: request.breakdown.cellCount, slots: slots)
            if request.breakdown == .none {
                count(shard.children, rule: SingleCell(), into: sink)
            } else {
                count(shard.children, rule: BreakdownCells(request), into: sink)
            }
            accumulateAudits(shard.audits, into: sink)
        }
        return aggregate
    }

    /// One pass over each table the request reads, for the children `children`.
    func count<Rule: CellRule, Sink: CountingSink>(_ children: Range<Int32>, rule: Rule, into sink: Sink) {
        let cohort = request.cohort
        var marks = StatusMarks(children: children, enabled: scans.status)
        let referrals = cohort.referralRange(of: children)
        if scans.referrals { countReferrals(referrals, rule: rule, marks: &marks, into: sink) }
        if scans.assessments {
            countAssessments(cohort.assessments.referral.rows(from: Int32(referrals.lowerBound), to: Int32(referrals.upperBound)),
                             rule: rule, into: sink)
        }
        if scans.section47 {
            countEnquiries(cohort.section47.referral.rows(from: Int32(referrals.lowerBound), to: Int32(referrals.upperBound)),
                           rule: rule, into: sink)
        }
        if scans.plans { countPlans(cohort.planRange(of: children), rule: rule, marks: &marks, into: sink) }
        if scans.care { countCare(cohort.episodeRange(of: children), rule: rule, marks: &marks, into: sink) }
        if scans.oc2 { countOC2(cohort.oc2.child.rows(from: children.lowerBound, to: children.upperBound), rule: rule, into: sink) }
        if scans.oc3 { countOC3(cohort.oc3.child.rows(from: children.lowerBound, to: children.upperBound), rule: rule, into: sink) }
        if !request.localMeasures.isEmpty { countLocal(children, rule: rule, marks: marks, into: sink) }
    }

    /// The aggregate of the whole cohort, counted in shards on up to `threads` threads and merged.
    ///
    /// Only the children of the requested areas are visited (``selectedShards(count:)``): one
    /// authority of a national cohort costs about that authority's rows, not the nation's.
    ///
    /// With one thread the shards are counted in turn on the calling thread; with more, the
    /// shards (8 per thread) are handed out to Dispatch's worker threads as they come free, so a
    /// busy core does not hold the others back. The result is the same for any number of threads:
    /// counters are integers and merging adds them.
    /// - Complexity: O(rows) work, spread over `threads` cores.
    public func aggregate(threads: Int) -> IndicatorAggregate {
        precondition(threads >= 1, "at least one thread")
        let shards = selectedShards(count: threads == 1 ? 1 : threads * 8)
        if shards.count == 1 { return aggregate(shards[0]) }
        if threads == 1 {
            var total = emptyAggregate()
            for shard in shards { total.merge(aggregate(shard)) }
            return total
        }
        let parts = Mutex<[IndicatorAggregate?]>(Array(repeating: nil, count: shards.count))
        DispatchQueue.concurrentPerform(iterations: shards.count) { part in
            let counted = aggregate(shards[part])
            parts.withLock { $0[part] = counted }
        }
        var total = emptyAggregate()
        for part in parts.withLock({ $0 }) { total.merge(part!) }
        return total
    }

    /// Counts the cohort on every core and returns the figures.
    ///
    /// Blocks the calling thread until the figures are ready; from async code, call
    /// ``computeAsync(threads:)`` instead, which suspends the task rather than holding a thread.
    ///
    /// - Complexity: O(rows) work, spread over the cores.
    public func compute(threads: Int = IndicatorComputation.defaultThreads) -> IndicatorResults {
        results(from: aggregate(threads: threads))
    }

    /// The number of threads ``compute(threads:)`` uses by default: the cores online.
    public static let defaultThreads: Int = {
        #if canImport(Glibc) || canImport(Darwin)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }()
}
