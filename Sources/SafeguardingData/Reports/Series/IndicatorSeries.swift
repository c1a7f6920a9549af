import SafeguardingMetrics

/// One indicator computed from returns over a list of periods for one authority: a trend made
/// from the returns, one computation per period.
///
/// Each point keeps the whole result of its period, state and all: a point whose period the
/// returns do not hold is ``SafeguardingMetrics/ResultState/notCovered`` and has no value, one
/// they hold part of is ``SafeguardingMetrics/ResultState/partial``. A series is computed, never
/// published: do not draw it as one line with published figures.
///
/// ```swift
/// let returns = try ReturnSet(ssda903: ["data"], cin: ["data"])
/// let area = try returns.areas(["E06000009"])[0]
/// let series = returns.series(of: "cla.rate", area: area, periods: returns.quarterlyPeriods(of: area))
/// for point in series.points { print(point.period.end, point.value.map { "\($0)" } ?? point.state.rawValue) }
/// ```
public struct IndicatorSeries: Sendable, Hashable {
    /// The indicator.
    public var indicator: IndicatorID
    /// The authority's code.
    public var authority: String
    /// One point per period, in the order the periods were given.
    public var points: [Point]

    /// A series from its parts.
    public init(indicator: IndicatorID, authority: String, points: [Point]) {
        self.indicator = indicator
        self.authority = authority
        self.points = points
    }

    /// The points with a value that stands for the whole of its period (state
    /// ``SafeguardingMetrics/ResultState/ok``): the ones a trend line may join.
    public var whole: [Point] { points.filter { $0.state == .ok && $0.value != nil } }
}
