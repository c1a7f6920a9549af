/// Why an indicator computation could not be set up.
@frozen
public enum AggregationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A rate was asked for and the population table has no estimate for the authority.
    case missingPopulation(authority: String, PopulationError)
    /// An indicator the catalogue does not define, or the computation cannot compute.
    case unknownIndicator(IndicatorID)
    /// An area index that is not an authority of the cohort.
    case unknownArea(UInt16)
    /// The breakdown populations give `authority` at `midYear` a population by `label`, which is
    /// not a cell of the `requested` breakdown: either `breakdown` is the requested one and the
    /// label is not among its ``Breakdown/cellLabels``, or `breakdown` is another one, the only
    /// kind of population the table has for the authority, and `label` is one of its cells.
    case unknownBreakdownCell(authority: String, midYear: Int, label: String, breakdown: Breakdown, requested: Breakdown)
    /// An authority code the cohort has no records for.
    case authorityNotInCohort(String)

    /// A sentence naming the authority, year or indicator.
    public var description: String {
        switch self {
        case .missingPopulation(let authority, let error): "cannot compute rates for \(authority): \(error)"
        case .unknownIndicator(let id): "'\(id)' is not an indicator this computation can compute"
        case .unknownArea(let index): "area \(index) is not an authority of the cohort"
        case .unknownBreakdownCell(let authority, let midYear, let label, let breakdown, let requested):
            (breakdown == requested
                ? "the breakdown populations for \(authority) at mid-\(midYear) give a population for '\(label)', "
                    + "which is not a cell of the \(requested.rawValue) breakdown"
                : "the breakdown populations for \(authority) at mid-\(midYear) are by \(breakdown.rawValue) "
                    + "('\(label)', …), not by the requested \(requested.rawValue) breakdown")
                + " (its cells: \(requested.cellLabels.joined(separator: ", ")))"
        case .authorityNotInCohort(let code): "\(code) is not an authority of the cohort"
        }
    }
}
