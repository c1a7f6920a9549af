/// ONS mid-year population estimates of children aged 0-17, by area and mid-year, paired with
/// reporting periods as the DfE pairs them.
///
/// **Pairing (INDICATORS.md §1).** A period uses the estimate for the calendar year in which it
/// starts: the year ending 31 March 2025 (1 April 2024 to 31 March 2025) uses mid-2024 (verified
/// on 755 of 755 published local-authority rates). When that year is missing, the latest earlier
/// mid-year is used; when there is no earlier one, the latest in the table. The result says which
/// mid-year was used and the table's ``vintage``, so a rate can always be traced to its population.
///
/// SafeguardingData reads the ONS layout (`ons_mye_children_0_17_by_la_2020_2024.csv`, bundled) and
/// the simple layout `la_code,year,population_0_17`.
///
/// With a ``directory``, an authority may be named by any code the directory resolves (`890` or
/// `E06000009`), in estimates put in and in look-ups; estimates are kept under the E-code.
///
/// ```swift
/// var populations = PopulationTable(vintage: "ONS mid-2024")
/// populations.setEstimate(28_923, for: .localAuthority("E06000009"), midYear: 2024, name: "Blackpool")
/// let figure = try populations.population(for: .localAuthority("E06000009"), period: .collectionYear(2025))
/// print(figure.population, figure.midYear)   // 28923 2024
/// let later = try populations.population(for: .localAuthority("E06000009"), period: .collectionYear(2027))
/// print(later.midYear, later.isRequestedMidYear)   // 2024 false (the latest earlier estimate)
/// ```
@frozen
public struct PopulationTable: Sendable, Hashable {
    /// Which estimates these are (an ONS release, a file name), recorded on every figure.
    public var vintage: String
    /// The directory that turns any authority code into its E-code, when given.
    public let directory: LocalAuthorityDirectory?
    /// Estimates by area, then by mid-year.
    @usableFromInline
    var estimates: [Area: [Int: Int64]]
    /// Area names, for messages.
    @usableFromInline
    var names: [Area: String]

    /// Creates an empty table; with a `directory`, authorities may be named by either code.
    public init(vintage: String, directory: LocalAuthorityDirectory? = nil) {
        self.vintage = vintage
        self.directory = directory
        self.estimates = [:]
        self.names = [:]
    }

    /// Sets the estimate for `area` at `midYear`, replacing any earlier one; `name` is kept for
    /// messages.
    ///
    /// - Precondition: `population` is 0 or more.
    public mutating func setEstimate(_ population: Int64, for area: Area, midYear: Int, name: String? = nil) {
        precondition(population >= 0, "a population is a count (≥ 0)")
        let area = canonical(area)
        estimates[area, default: [:]][midYear] = population
        if let name { names[area] = name }
    }

    /// The areas with at least one estimate.
    public var areas: [Area] { Array(estimates.keys) }

    /// The mid-years with an estimate for `area`, in order.
    public func midYears(for area: Area) -> [Int] {
        (estimates[canonical(area)]?.keys).map { $0.sorted() } ?? []
    }

    /// The area's name, when the table knows it.
    public func name(of area: Area) -> String? {
        let area = canonical(area)
        if let name = names[area] { return name }
        if case .localAuthority(let code) = area { return directory?[code]?.name }
        return nil
    }

    /// The estimate for `area` at exactly `midYear`.
    ///
    /// - Throws: ``PopulationError`` naming the area and mid-year when there is no such estimate.
    public func population(for area: Area, midYear: Int) throws(PopulationError) -> PopulationFigure {
        let area = canonical(area)
        guard let population = estimates[area]?[midYear] else { throw error(area, midYear) }
        return PopulationFigure(area: area, population: population, midYear: midYear, requestedMidYear: midYear,
                                vintage: vintage)
    }

    /// The estimate the DfE would use for `area` over `period`: the mid-year of the calendar year
    /// in which the period starts, else the latest earlier mid-year, else the latest in the table.
    ///
    /// - Throws: ``PopulationError`` naming the area and mid-year when the table has no estimate
    ///   for the area at all.
    /// - Complexity: O(y log y) for y mid-years of the area.
    public func population(for area: Area, period: ReportingPeriod) throws(PopulationError) -> PopulationFigure {
        let area = canonical(area)
        let wanted = period.populationMidYear
        guard let byYear = estimates[area], let used = PopulationTable.midYear(pairedWith: period, among: byYear.keys) else {
            throw error(area, wanted)
        }
        return PopulationFigure(area: area, population: byYear[used]!, midYear: used, requestedMidYear: wanted,
                                vintage: vintage)
    }

    /// The DfE's pairing of a period with an estimate, among the mid-years `years` a table has:
    /// the calendar year in which the period starts, else the latest earlier mid-year, else the
    /// latest of all; `nil` when there are none. ``BreakdownPopulationTable`` pairs the same way.
    ///
    /// - Complexity: O(y log y) for y mid-years.
    static func midYear(pairedWith period: ReportingPeriod, among years: some Collection<Int>) -> Int? {
        let wanted = period.populationMidYear
        if years.contains(wanted) { return wanted }
        let sorted = years.sorted()
        return sorted.last { $0 < wanted } ?? sorted.last
    }

    /// The estimate for collection year `year` (the year ending 31 March `year`), which is
    /// mid-(`year` − 1) by the DfE's pairing.
    ///
    /// - Throws: ``PopulationError`` when the table has no estimate for the area.
    public func population(for area: Area, collectionYear year: Int) throws(PopulationError) -> PopulationFigure {
        try population(for: area, period: .collectionYear(year))
    }

    /// An authority under its directory E-code (unchanged without a directory or when unknown); a
    /// region under the spelling the table already has, matched without regard to case.
    private func canonical(_ area: Area) -> Area {
        switch area {
        case .localAuthority(let code):
            return directory?[code].map { .localAuthority($0.code) } ?? area
        case .region(let name):
            if estimates[area] != nil { return area }
            let wanted = name.lowercased()
            return estimates.keys.first { if case .region(let known) = $0 { known.lowercased() == wanted } else { false } } ?? area
        case .england:
            return area
        }
    }

    private func error(_ area: Area, _ midYear: Int) -> PopulationError {
        PopulationError(area: area, name: name(of: area), midYear: midYear, vintage: vintage, availableMidYears: midYears(for: area))
    }
}
