import SafeguardingData

/// Actuals for a framework's linked rows computed from a cohort, for one authority.
///
/// Each row whose link (`computed_id`, or an id that names an indicator) is a standard indicator
/// gets a computed actual at every date the row has an actual on or before the scorecard date,
/// and at any extra dates asked for (`--year`, `--period`). A date stands for the period ending
/// on it: a month-precision date (`2023-10`) for the rolling 12 months ending on the month's last
/// day (2022-11-01 to 2023-10-31), a day for the 12 months ending that day. Flow measures
/// (referrals, starts, assessments) count events in that period; snapshot measures (children
/// looked after, on a plan) are taken at its last day.
///
/// An actual is left typed in, with a note saying why, when the returns do not cover the period
/// (every collection year it touches for a flow measure, the year containing its end for a
/// snapshot), when a rate's population estimate for the period is missing, or when the
/// indicator needs postcode positions that were not given.
struct FrameworkActuals {
    /// The computed actuals, ready for ``Scorecard``.
    var actuals: [ComputedActual] = []
    /// Why linked actuals were not computed, one sentence each.
    var notes: [String] = []

    /// No computed actuals (a framework with no returns).
    init() {}

    /// Computes the actuals of `framework`'s linked rows for the authority at `area` of `inputs`.
    ///
    /// - Parameters:
    ///   - extra: further periods to compute every linked row for, each dated at its end.
    init(framework: OutcomesFramework, at date: FrameworkDate, extra: [ReportingPeriod] = [], inputs: CohortInputs,
         area: UInt16, catalogue: IndicatorCatalogue = .standard) {
        var wanted: [Day: (date: FrameworkDate, ids: Set<IndicatorID>)] = [:]
        for row in framework.indicators {
            guard catalogue[row.linkedIndicator] != nil else { continue }
            var dates = row.points.filter { $0.kind == .actual && $0.date.effectiveDay <= date.effectiveDay }.map(\.date)
            dates += extra.map { FrameworkDate.day($0.end) }
            for point in dates {
                wanted[point.effectiveDay, default: (point, [])].ids.insert(row.linkedIndicator)
            }
        }
        let code = inputs.cohort.authorities[Int(area)]
        for day in wanted.keys.sorted() {
            let (pointDate, ids) = wanted[day]!
            let period = extra.first { $0.end == day } ?? .rolling12Months(endingOn: day)
            var chosen: [IndicatorID] = []
            for id in ids.sorted() {
                let indicator = catalogue[id]!
                if let reason = FrameworkActuals.obstacle(indicator, period: period, inputs: inputs, area: area) {
                    notes.append("\(id) at \(pointDate) is not computed: \(reason)")
                } else {
                    chosen.append(id)
                }
            }
            guard !chosen.isEmpty else { continue }
            var request = IndicatorRequest(cohort: inputs.cohort, period: period, populations: inputs.populations)
            request.catalogue = catalogue
            request.indicators = chosen
            request.areas = [area]
            request.configuration.postcodePositions = inputs.positions
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

    /// Why `indicator` cannot be computed for `period`, or `nil` when it can.
    static func obstacle(_ indicator: Indicator, period: ReportingPeriod, inputs: CohortInputs, area: UInt16) -> String? {
        let code = inputs.cohort.authorities[Int(area)]
        if !inputs.covers(period, area: area, source: indicator.source, kind: indicator.kind) {
            let what = indicator.source == .cinCensus ? "CIN census" : "SSDA903"
            let years = inputs.collectionYears(of: area, source: indicator.source).sorted()
            return "the \(what) returns for \(code) "
                + (years.isEmpty ? "are not in the input" : "cover collection years \(years.map(String.init).joined(separator: ", "))")
                + ", not all of \(period)"
        }
        if indicator.requirements.population {
            do {
                _ = try inputs.populations.population(for: .localAuthority(code), midYear: period.populationMidYear)
            } catch {
                return "\(error)"
            }
        }
        if indicator.requirements.postcodes && inputs.positions == nil {
            return "distances need --postcodes FILE"
        }
        return nil
    }

    /// A result as a computed actual at `date`, keeping its counts.
    static func actual(_ result: IndicatorResult, date: FrameworkDate) -> ComputedActual {
        let defined = result.state != .undefined && result.exact != nil
        if result.indicator.unit == .count {
            return ComputedActual(indicator: result.id, date: date, count: result.numerator)
        }
        return ComputedActual(indicator: result.id, date: date, unit: result.indicator.unit,
                              value: defined ? result.exact : nil, numerator: result.numerator,
                              denominator: defined ? result.denominator : 0)
    }
}

extension ReportingPeriod {
    /// Whether the period is 12 whole months: the rolling year ending on its last day.
    var isRollingYear: Bool { self == .rolling12Months(endingOn: end) }
}
