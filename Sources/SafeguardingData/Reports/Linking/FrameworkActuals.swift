import SafeguardingMetrics

/// Actuals for a framework's linked rows computed from returns, for one authority: the link
/// between an outcomes framework and computed results.
///
/// Each row whose link (`computed_id`, or an id that names an indicator) is a catalogue indicator
/// gets a computed actual at every date the row has an actual on or before the scorecard date,
/// and at any extra periods asked for. A date stands for the period ending on it: a
/// month-precision date (`2023-10`) for the rolling 12 months ending on the month's last day
/// (2022-11-01 to 2023-10-31), a day for the 12 months ending that day. Flow measures
/// (referrals, starts, assessments) count events in that period; snapshot measures (children
/// looked after, on a plan) are taken at its last day.
///
/// An actual is left typed in, with a note saying why, when the returns do not cover the period
/// (every collection year it touches for a flow measure, the year containing its end for a
/// snapshot), when a rate's population estimate for the period is missing
/// (``SafeguardingMetrics/IndicatorRequest/missingPopulationEstimates()``), or when the indicator needs postcode
/// positions that were not given.
///
/// ```swift
/// let returns = try ReturnSet(ssda903: ["data"], cin: ["data"])
/// let actuals = try FrameworkActuals(framework: framework, at: "2024-01", returns: returns, authority: "E06000009")
/// actuals.notes.forEach { print("note:", $0) }
/// let scorecard = Scorecard(framework: framework, at: "2024-01", computed: actuals.actuals)
/// ```
///
/// Computing blocks the calling thread (see ``SafeguardingMetrics/IndicatorComputation/computeAsync(threads:)`` and
/// ``Background`` for async code).
public struct FrameworkActuals: Sendable, Hashable {
    /// The computed actuals, ready for ``SafeguardingMetrics/Scorecard``.
    public var actuals: [ComputedActual] = []
    /// Why linked actuals were not computed, one sentence each.
    public var notes: [String] = []
    /// What the actuals were computed from, in words (`nil` when there were no returns).
    public var computedFrom: String?
    /// Whether the returns are synthetic (the demonstration's), not an authority's own.
    public var synthetic = false
    /// The authority's code (`nil` when there were no returns).
    public var authority: String?
    /// The period of each date actuals were computed at, in date order.
    public var periods: [ReportingPeriod] = []

    /// No computed actuals (a framework with no returns).
    public init() {}

    /// Computes the actuals of `framework`'s linked rows for the authority at `area` of `returns`.
    ///
    /// - Parameters:
    ///   - framework: the framework; rows linked to a catalogue indicator get computed actuals.
    ///   - date: the scorecard date: actuals at dates up to it are computed.
    ///   - extra: further periods to compute every linked row for, each dated at its end.
    ///   - returns: the returns to compute from.
    ///   - area: the authority's index in the returns' cohort.
    ///   - catalogue: the indicator definitions.
    ///   - computedFrom: what the returns are, in words; by default ``ReturnSet/description(of:)``.
    ///   - synthetic: whether the returns are synthetic.
    /// - Complexity: one computation per distinct date, each O(rows of the cohort).
    public init(framework: OutcomesFramework, at date: FrameworkDate, extra: [ReportingPeriod] = [], returns: ReturnSet,
                area: UInt16, catalogue: IndicatorCatalogue = .standard, computedFrom: String? = nil, synthetic: Bool = false) {
        self.computedFrom = computedFrom ?? returns.description(of: area)
        self.synthetic = synthetic
        var wanted: [Day: (date: FrameworkDate, ids: Set<IndicatorID>)] = [:]
        for row in framework.indicators {
            guard catalogue[row.linkedIndicator] != nil else { continue }
            var dates = row.points.filter { $0.kind == .actual && $0.date.effectiveDay <= date.effectiveDay }.map(\.date)
            dates += extra.map { FrameworkDate.day($0.end) }
            for point in dates {
                wanted[point.effectiveDay, default: (point, [])].ids.insert(row.linkedIndicator)
            }
        }
        let code = returns.cohort.authorities[Int(area)]
        authority = code
        for day in wanted.keys.sorted() {
            let (pointDate, ids) = wanted[day]!
            let period = extra.first { $0.end == day } ?? .rolling12Months(endingOn: day)
            var chosen: [IndicatorID] = []
            for id in ids.sorted() {
                if let reason = FrameworkActuals.obstacle(catalogue[id]!, period: period, returns: returns, area: area,
                                                          catalogue: catalogue) {
                    notes.append("\(id) at \(pointDate) is not computed: \(reason)")
                } else {
                    chosen.append(id)
                }
            }
            guard !chosen.isEmpty else { continue }
            periods.append(period)
            var request = FrameworkActuals.request(returns, period: period, area: area, catalogue: catalogue)
            request.indicators = chosen
            do {
                let results = try IndicatorComputation(request).compute()
                for result in results.area(code)?.indicators ?? [] {
                    actuals.append(FrameworkActuals.actual(result, date: pointDate))
                }
            } catch {
                notes.append("the actuals at \(pointDate) are not computed: \(error)")
            }
        }
    }

    /// Computes the actuals of `framework`'s linked rows for the authority named `authority`
    /// (E-code, DfE number or name) in `returns`.
    ///
    /// - Throws: ``ReturnSetError`` when no authority has that code or the returns do not cover it.
    public init(framework: OutcomesFramework, at date: FrameworkDate, extra: [ReportingPeriod] = [], returns: ReturnSet,
                authority: String, catalogue: IndicatorCatalogue = .standard) throws(ReturnSetError) {
        let area = try returns.areas([authority])[0]
        self.init(framework: framework, at: date, extra: extra, returns: returns, area: area, catalogue: catalogue)
    }

    /// A request for `period` over the authority at `area`, with the set's populations and positions.
    static func request(_ returns: ReturnSet, period: ReportingPeriod, area: UInt16,
                        catalogue: IndicatorCatalogue) -> IndicatorRequest {
        var request = IndicatorRequest(cohort: returns.cohort, period: period, populations: returns.populations)
        request.catalogue = catalogue
        request.areas = [area]
        request.configuration.postcodePositions = returns.positions
        return request
    }

    /// Why `indicator` cannot be computed for `period` for the authority at `area`, or `nil` when
    /// it can: the returns do not cover the period, a rate's population estimate is missing, or
    /// distances have no postcode positions.
    public static func obstacle(_ indicator: Indicator, period: ReportingPeriod, returns: ReturnSet, area: UInt16,
                                catalogue: IndicatorCatalogue = .standard) -> String? {
        let code = returns.cohort.authorities[Int(area)]
        if !returns.covers(period, area: area, source: indicator.source, kind: indicator.kind) {
            let what = indicator.source == .cinCensus ? "CIN census" : "SSDA903"
            let years = returns.collectionYears(of: area, source: indicator.source).sorted()
            return "the \(what) returns for \(code) "
                + (years.isEmpty ? "are not in the input" : "cover collection years \(years.map(String.init).joined(separator: ", "))")
                + ", not all of \(period)"
        }
        var request = FrameworkActuals.request(returns, period: period, area: area, catalogue: catalogue)
        request.indicators = [indicator.id]
        if let missing = request.missingPopulationEstimates().first {
            return "\(missing.error)"
        }
        if indicator.requirements.postcodes && returns.positions == nil {
            return "distances need --postcodes FILE"
        }
        return nil
    }

    /// A result as a computed actual at `date`, keeping its counts.
    public static func actual(_ result: IndicatorResult, date: FrameworkDate) -> ComputedActual {
        let defined = result.state != .undefined && result.exact != nil
        if result.indicator.unit == .count {
            return ComputedActual(indicator: result.id, date: date, count: result.numerator)
        }
        return ComputedActual(indicator: result.id, date: date, unit: result.indicator.unit,
                              value: defined ? result.exact : nil, numerator: result.numerator,
                              denominator: defined ? result.denominator : 0)
    }
}
