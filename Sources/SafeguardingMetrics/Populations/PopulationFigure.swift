/// The population a rate for one area and period is computed against, with where it came from.
///
/// ```swift
/// let figure = try populations.population(for: .localAuthority("E06000009"),
///                                         period: .collectionYear(2025))
/// print(figure.population, figure.midYear, figure.isRequestedMidYear)   // 28923 2024 true
/// ```
@frozen
public struct PopulationFigure: Sendable, Hashable {
    /// The area.
    public var area: Area
    /// The estimated number of children aged 0-17.
    public var population: Int64
    /// The ONS mid-year of the estimate used (mid-2024 is 30 June 2024).
    public var midYear: Int
    /// The mid-year the DfE's pairing asked for (the calendar year in which the period starts).
    public var requestedMidYear: Int
    /// The vintage of the estimates (which ONS release, or which file).
    public var vintage: String

    /// Creates a figure from its parts.
    public init(area: Area, population: Int64, midYear: Int, requestedMidYear: Int, vintage: String) {
        self.area = area
        self.population = population
        self.midYear = midYear
        self.requestedMidYear = requestedMidYear
        self.vintage = vintage
    }

    /// Whether the estimate is for the mid-year asked for, rather than a fallback.
    public var isRequestedMidYear: Bool { midYear == requestedMidYear }
}
