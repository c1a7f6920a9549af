/// Why an indicator computation could not be set up.
@frozen
public enum AggregationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A rate was asked for and the population table has no estimate for the authority.
    case missingPopulation(authority: String, PopulationError)
    /// An indicator the catalogue does not define, or the computation cannot compute.
    case unknownIndicator(IndicatorID)
    /// An area index that is not an authority of the cohort.
    case unknownArea(UInt16)

    /// A sentence naming the authority, year or indicator.
    public var description: String {
        switch self {
        case .missingPopulation(let authority, let error): "cannot compute rates for \(authority): \(error)"
        case .unknownIndicator(let id): "'\(id)' is not an indicator this computation can compute"
        case .unknownArea(let index): "area \(index) is not an authority of the cohort"
        }
    }
}
