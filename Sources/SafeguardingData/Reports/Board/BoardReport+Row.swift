import SafeguardingMetrics

extension BoardReport {
    /// One framework row of the report: its scorecard row, the indicator it is linked to and the
    /// comparison, or why there is none.
    public struct Row: Sendable, Hashable {
        /// The scorecard row.
        public var row: ScorecardRow
        /// The published indicator the row is linked to, when the catalogue has it.
        public var linked: Indicator?
        /// The comparison, when the published data has the indicator for the year.
        public var comparison: NeighbourComparison?
        /// Why a linked row has no comparison.
        public var comparisonNote: String?
        /// The command that lists the children behind the row's latest actual, when it was computed
        /// from returns for a standard indicator (``BoardReport/explainCommand(indicator:authority:period:inputs:)``):
        /// the command, never the list.
        public var explainCommand: String?
        /// The linked indicator computed from the returns at each quarter end they hold, when the
        /// report has returns (see ``BoardReport/addingSeries(from:area:catalogue:)``).
        public var series: IndicatorSeries?
        /// The linked indicator's published history for the authority, its neighbours and England
        /// (see ``BoardReport/addingHistory(_:)``): drawn apart from ``series``, never joined to it.
        public var history: PublishedTrend?

        /// A row from its parts.
        public init(row: ScorecardRow, linked: Indicator?, comparison: NeighbourComparison? = nil,
                    comparisonNote: String? = nil) {
            self.row = row
            self.linked = linked
            self.comparison = comparison
            self.comparisonNote = comparisonNote
        }
    }
}
