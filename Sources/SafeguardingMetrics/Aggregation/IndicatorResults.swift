/// The figures of a computation: every area's results for the period.
///
/// ```swift
/// let results = try IndicatorComputation(request).compute()
/// print(results.period, results.areas.count)
/// ```
@frozen
public struct IndicatorResults: Sendable, Hashable {
    /// The period.
    public var period: ReportingPeriod
    /// The breakdown the cells follow.
    public var breakdown: Breakdown
    /// One entry per requested area, in request order.
    public var areas: [AreaResult]

    /// Creates results.
    public init(period: ReportingPeriod, breakdown: Breakdown, areas: [AreaResult]) {
        self.period = period
        self.breakdown = breakdown
        self.areas = areas
    }

    /// The results of the authority with `code`, if it was computed.
    public func area(_ code: String) -> AreaResult? { areas.first { $0.authority == code } }
}
