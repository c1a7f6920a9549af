/// Why a figure could not be explained.
@frozen
public enum ExplanationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The indicator is not a standard one counted by the kernel's counters (a local measure or a
    /// definition only).
    case notExplainable(IndicatorID)
    /// The indicator is a local measure of school attendance or of audits, which are not counted
    /// record by record (sessions; an authority's audits): its records are not listed.
    case localMeasure(IndicatorID)
    /// The cell is not a cell of the request's breakdown.
    case unknownCell(String, breakdown: Breakdown)
    /// The computation could not be set up for the indicator and authority.
    case aggregation(AggregationError)

    /// A sentence naming the indicator, cell or cause.
    public var description: String {
        switch self {
        case .notExplainable(let id): "'\(id)' is not a standard indicator, so it cannot be explained record by record"
        case .localMeasure(let id):
            "'\(id)' is a local measure of school attendance or of audits, which are counted in sessions or by the "
                + "authority's audits, not child record by child record: only the standard indicators and local measures "
                + "of events or episodes are explained"
        case .unknownCell(let label, let breakdown):
            "'\(label)' is not a cell of the \(breakdown.rawValue) breakdown (its cells: "
                + breakdown.cellLabels.joined(separator: ", ") + ")"
        case .aggregation(let error): error.description
        }
    }
}
