import SafeguardingMetrics

/// Actuals for a framework's linked rows computed from returns, for one authority: the link
/// between an outcomes framework and computed results.
///
/// Each row whose link (`computed_id`, or an id that names an indicator) is a catalogue indicator
/// gets a computed actual at every date the row has an actual on or before the scorecard date,
/// and at any extra periods asked for. A row counting a number (unit count) linked to a rate or
/// percentage gets the indicator's numerator, a count of the children or events it measures. A date stands for the period ending on it: a
/// month-precision date (`2023-10`) for the rolling 12 months ending on the month's last day
/// (2022-11-01 to 2023-10-31), a day for the 12 months ending that day. Flow measures
/// (referrals, starts, assessments) count events in that period; snapshot measures (children
/// looked after, on a plan) are taken at its last day.
///
/// A row's ``SafeguardingMetrics/FrameworkIndicator/basis`` says which period a date stands for
/// (the rolling 12 months, the year to date or the quarter ending on it); a period asked for with
/// `extra` stands for every linked row at its end. Each actual carries its period, so the
/// scorecard annualises a part-year flow before judging it (``SafeguardingMetrics/PeriodBasis``).
///
/// An actual whose period the returns do not hold (none of its collection years for a flow, the
/// year containing its end for a snapshot) has no value, and a note says so: the typed-in actual
/// is used if there is one, else the report shows "no data". A rate whose population estimate is
/// missing uses the latest earlier one, with a note naming both years. An indicator that needs
/// postcode positions that were not given is left typed in, with a note.
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
    /// Why linked actuals were not computed, or have no value, one sentence each.
    public var notes: [String] = []
    /// Warnings, one sentence each: a rate computed against the latest earlier population estimate
    /// because the one its period pairs with is missing (naming both mid-years).
    public var warnings: [String] = []
    /// What the actuals were computed from, in words (`nil` when there were no returns).
    public var computedFrom: String?
    /// Whether the returns are synthetic (the demonstration's), not an authority's own.
    public var synthetic = false
    /// The authority's code (`nil` when there were no returns).
    public var authority: String?
    /// The command-line arguments naming the returns these actuals were computed from and the
    /// files that go with them (`--ssda903`, `/data/returns`, `--population`, …), for the commands
    /// that list a figure's children (``BoardReport/explainCommand(indicator:authority:period:inputs:)``);
    /// `nil` when the returns have no files (the demonstration's).
    public var returnArguments: [String]?
    /// The indicators of the catalogue the actuals were computed with whose records can be listed
    /// (``SafeguardingMetrics/Indicator/isExplainable``): standard indicators and local measures of
    /// events or episodes.
    public var explainable: Set<IndicatorID> = []

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
        explainable = Set(catalogue.indicators.filter { $0.isExplainable }.map(\.id))
        // Each computation is one period: a row's date under its basis, or a period asked for.
        struct Wanted: Hashable {
            var period: ReportingPeriod
            var basis: FrameworkBasis?
        }
        var wanted: [Wanted: (date: FrameworkDate, ids: Set<IndicatorID>)] = [:]
        // A count row linked to a rate or percentage counts its numerator (children returned home,
        // say, for the share of children ceasing care who returned home).
        var counted = Set<IndicatorID>(), valued = Set<IndicatorID>()
        for row in framework.indicators {
            guard let indicator = catalogue[row.linkedIndicator] else { continue }
            if row.unit == .count && indicator.unit != .count {
                counted.insert(row.linkedIndicator)
            } else {
                valued.insert(row.linkedIndicator)
            }
            for point in row.points where point.kind == .actual && point.date.effectiveDay <= date.effectiveDay {
                let day = point.date.effectiveDay
                guard !extra.contains(where: { $0.end == day }) else { continue }
                let key = Wanted(period: row.basis.period(endingOn: day), basis: row.basis)
                wanted[key, default: (point.date, [])].ids.insert(row.linkedIndicator)
            }
            for period in extra {
                wanted[Wanted(period: period, basis: nil), default: (.day(period.end), [])].ids.insert(row.linkedIndicator)
            }
        }
        let code = returns.cohort.authorities[Int(area)]
        authority = code
        let order = wanted.keys.sorted {
            ($0.period.end, $0.period.start, $0.basis?.rawValue ?? "") < ($1.period.end, $1.period.start, $1.basis?.rawValue ?? "")
        }
        for key in order {
            let (pointDate, ids) = wanted[key]!
            let period = key.period
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
            var request = FrameworkActuals.request(returns, period: period, area: area, catalogue: catalogue)
            request.indicators = chosen
            do {
                let results = try IndicatorComputation(request).compute()
                results.populationWarnings.forEach { if !warnings.contains($0) { warnings.append($0) } }
                for result in results.area(code)?.indicators ?? [] {
                    if result.state == .notCovered {
                        notes.append("\(result.id) at \(pointDate): \(FrameworkActuals.notHeld(result, returns: returns, area: area))")
                    }
                    if valued.contains(result.id) {
                        var actual = FrameworkActuals.actual(result, date: pointDate)
                        actual.rowBasis = key.basis
                        actuals.append(actual)
                    }
                    if counted.contains(result.id) {
                        var actual = FrameworkActuals.numeratorCount(result, date: pointDate)
                        actual.rowBasis = key.basis
                        actuals.append(actual)
                    }
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
    /// it can: distances have no postcode positions. A period the returns do not hold is not an
    /// obstacle: it is computed, with the state ``SafeguardingMetrics/ResultState/notCovered`` and
    /// no value; a missing population estimate falls back to the latest earlier one, with a note.
    public static func obstacle(_ indicator: Indicator, period: ReportingPeriod, returns: ReturnSet, area: UInt16,
                                catalogue: IndicatorCatalogue = .standard) -> String? {
        if indicator.source == .local, let missing = FrameworkActuals.missingLocalTable(indicator, cohort: returns.cohort) {
            return missing
        }
        if indicator.requirements.postcodes && returns.positions == nil {
            return "distances need --postcodes FILE"
        }
        return nil
    }

    /// Why a result has no value because the returns do not hold its period, in words.
    static func notHeld(_ result: IndicatorResult, returns: ReturnSet, area: UInt16) -> String {
        let code = returns.cohort.authorities[Int(area)]
        let what = result.indicator.source == .cinCensus ? "CIN census" : "SSDA903"
        let years = returns.collectionYears(of: area, source: result.indicator.source).sorted()
        return "no data: the \(what) returns for \(code) "
            + (years.isEmpty ? "are not in the input" : "cover collection years \(years.map(String.init).joined(separator: ", "))")
            + ", none of \(result.period.map(String.init(describing:)) ?? "the period")"
    }

    /// Why a local measure cannot be computed: a local table it counts was not given (local
    /// tables say nothing of the periods they cover, so a table that is present is taken to
    /// cover every period).
    static func missingLocalTable(_ indicator: Indicator, cohort: Cohort) -> String? {
        let tables = indicator.requirements.tables
        let local = cohort.local
        let given: [(RequiredTables, Int, String)] = [
            (.localEvents, local.events.count, "events"), (.localEpisodes, local.episodes.count, "episodes"),
            (.attendance, local.attendance.count, "attendance"), (.audits, local.audits.count, "audits"),
        ]
        guard let missing = given.first(where: { tables.contains($0.0) && $0.1 == 0 }) else { return nil }
        return "no local \(missing.2) table was given (--local FILE with the columns of INDICATORS.md §4)"
    }

    /// A rate's or percentage's numerator as a computed count at `date` (children returned home, for
    /// a count row linked to the share of children ceasing care who returned home), with the
    /// result's period and the days of it the returns hold; no value when the returns hold none of it.
    /// The count is of a flow when the indicator is, so it is annualised over a part year like one.
    public static func numeratorCount(_ result: IndicatorResult, date: FrameworkDate) -> ComputedActual {
        actual(result, date: date, as: .count)
    }

    /// A result as a computed actual at `date`, keeping its counts, its period, the days of it the
    /// returns hold and its population's mid-year; no value when the returns hold none of it.
    public static func actual(_ result: IndicatorResult, date: FrameworkDate) -> ComputedActual {
        actual(result, date: date, as: result.indicator.unit)
    }

    /// A result as a computed actual in `unit`: its own unit, or `count` for its numerator alone
    /// (which names no population).
    private static func actual(_ result: IndicatorResult, date: FrameworkDate, as unit: MeasureUnit) -> ComputedActual {
        let covered = result.state != .notCovered
        let defined = result.state != .undefined && covered && result.exact != nil
        var actual: ComputedActual
        if unit == .count && covered {
            actual = ComputedActual(indicator: result.id, date: date, count: result.numerator)
        } else {
            actual = ComputedActual(indicator: result.id, date: date, unit: unit,
                                    value: defined ? result.exact : nil, numerator: result.numerator,
                                    denominator: defined ? result.denominator : 0)
        }
        let ownUnit = unit == result.indicator.unit
        actual.period = result.period
        actual.isAnnualisable = ownUnit ? result.indicator.isAnnualisable : result.indicator.kind == .flow
        actual.coveredDays = result.coveredDays
        actual.populationYear = ownUnit ? result.populationYear : nil
        return actual
    }
}
