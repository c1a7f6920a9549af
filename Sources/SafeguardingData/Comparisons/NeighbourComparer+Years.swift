import SafeguardingMetrics

extension NeighbourComparer {
    /// The collection years the published figures have for any indicator, in order.
    public var publishedYears: [Int] {
        Set(table.indicators.flatMap { table.years(of: $0) }).sorted()
    }
}
