import SafeguardingMetrics

extension ReturnSet {
    /// Every quarter end (30 June, 30 September, 31 December, 31 March) in the collection years the
    /// returns hold for the authority at `area`, of either source, in order.
    public func quarterEnds(of area: UInt16) -> [Day] {
        let years = collectionYears(of: area, source: .ssda903).union(collectionYears(of: area, source: .cinCensus))
        return years.sorted().flatMap { year in
            [Day(year: year - 1, month: 6, day: 30)!, Day(year: year - 1, month: 9, day: 30)!,
             Day(year: year - 1, month: 12, day: 31)!, Day(year: year, month: 3, day: 31)!]
        }
    }

    /// The rolling 12 months ending on each of ``quarterEnds(of:)``: flows count the events of the
    /// 12 months, snapshots are taken on the quarter end.
    public func quarterlyPeriods(of area: UInt16) -> [ReportingPeriod] {
        quarterEnds(of: area).map { ReportingPeriod.rolling12Months(endingOn: $0) }
    }

    /// The series of each of `indicators` over `periods` for the authority at `area`: one
    /// computation per period, of all the indicators at once.
    ///
    /// An indicator that cannot be computed at all from these returns (a distance without postcode
    /// positions, a local measure whose table was not given) has no series.
    ///
    /// - Parameters:
    ///   - indicators: the indicators, ids of `catalogue`.
    ///   - area: the authority's index in the returns' cohort.
    ///   - periods: the periods, in the order the points should have.
    ///   - catalogue: the indicator definitions.
    /// - Returns: one series per computable indicator, in the order of `indicators`.
    /// - Throws: ``SafeguardingMetrics/AggregationError`` when a period cannot be computed (an id
    ///   `catalogue` does not have).
    /// - Complexity: one computation per period, each O(rows of the cohort).
    public func series(of indicators: [IndicatorID], area: UInt16, periods: [ReportingPeriod],
                       catalogue: IndicatorCatalogue = .standard) throws(AggregationError) -> [IndicatorSeries] {
        let code = cohort.authorities[Int(area)]
        let computable = indicators.filter { id in
            guard let indicator = catalogue[id] else { return true }
            return periods.first.map {
                FrameworkActuals.obstacle(indicator, period: $0, returns: self, area: area, catalogue: catalogue) == nil
            } ?? true
        }
        var points: [IndicatorID: [IndicatorSeries.Point]] = [:]
        for period in periods where !computable.isEmpty {
            var request = FrameworkActuals.request(self, period: period, area: area, catalogue: catalogue)
            request.indicators = computable
            let results = try IndicatorComputation(request).compute()
            for result in results.area(code)?.indicators ?? [] {
                points[result.id, default: []].append(IndicatorSeries.Point(period: period, result: result))
            }
        }
        return computable.map { IndicatorSeries(indicator: $0, authority: code, points: points[$0] ?? []) }
    }

    /// The series of `indicator` over `periods` for the authority at `area` (see
    /// the many-indicator form); `nil` when it cannot be computed from these returns.
    ///
    /// - Throws: ``SafeguardingMetrics/AggregationError`` when a period cannot be computed.
    public func series(of indicator: IndicatorID, area: UInt16, periods: [ReportingPeriod],
                       catalogue: IndicatorCatalogue = .standard) throws(AggregationError) -> IndicatorSeries? {
        try series(of: [indicator], area: area, periods: periods, catalogue: catalogue).first
    }
}
