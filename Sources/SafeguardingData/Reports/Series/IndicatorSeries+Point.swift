import SafeguardingMetrics

extension IndicatorSeries {
    /// One period of a series: the period and the indicator's result for it.
    public struct Point: Sendable, Hashable {
        /// The period computed (its end is the point's date).
        public var period: ReportingPeriod
        /// The result for the period, exactly as a computation of that period alone gives it.
        public var result: IndicatorResult

        /// A point from its parts.
        public init(period: ReportingPeriod, result: IndicatorResult) {
            self.period = period
            self.result = result
        }

        /// The result's state: `ok`, `partial`, `not_covered`, `undefined` or `suppressed`.
        public var state: ResultState { result.state }

        /// The value at the indicator's precision; `nil` when the returns do not hold the period
        /// (no number from no data), or the value is undefined or suppressed.
        public var value: FixedDecimal? { result.state == .notCovered ? nil : result.display }
    }
}
