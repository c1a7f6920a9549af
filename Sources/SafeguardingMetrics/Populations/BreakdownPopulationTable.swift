/// Populations of children by breakdown cell (children aged 5-9, girls, children of Asian
/// ethnicity), by authority and ONS mid-year: the optional input that gives a rate indicator's
/// ``BreakdownCell``s real rates (INDICATORS.md §2: "rates by breakdown need a population by
/// breakdown").
///
/// **Pairing.** A period pairs with a mid-year exactly as ``PopulationTable`` pairs it (the
/// calendar year in which the period starts, else the latest earlier mid-year, else the latest),
/// among the mid-years the table has for that authority and breakdown; every cell's population
/// comes from that one mid-year, which each figure records with the table's ``vintage``.
///
/// **Cells.** A label is a cell of the breakdown exactly as ``Breakdown/cellLabels`` spells it
/// (`"5-9"`, `"Female"`, `"WBRI"`). A cell with no population at the paired mid-year keeps an
/// undefined rate; cells with no meaningful population ("Unborn", "Not recorded", "Not
/// applicable", placement groups) are simply left out. The cells' populations need not sum to the
/// authority's total population, and nothing checks that they do: they may come from another
/// source or vintage, and some cells have none. A computation fails with
/// ``AggregationError/unknownBreakdownCell(authority:midYear:label:breakdown:requested:)`` when the
/// table gives an authority populations by a label the requested breakdown does not have, or by
/// another breakdown only.
///
/// With a ``directory``, an authority may be named by any code the directory resolves (`890` or
/// `E06000009`); populations are kept under the E-code. SafeguardingData reads the layout
/// `la_code,year,breakdown,cell,population`.
///
/// ```swift
/// var populations = BreakdownPopulationTable(vintage: "ONS mid-2024 by age")
/// populations.setPopulation(8_000, authority: "E06000009", midYear: 2024, breakdown: .ageBand, cell: "5-9")
/// let cells = try populations.cellPopulations(for: "E06000009", period: .collectionYear(2025), breakdown: .ageBand)
/// print(cells[2]?.population, cells[2]?.midYear)   // Optional(8000) Optional(2024)
/// print(cells[0] == nil)                           // true: no population for "Under 1"
/// ```
@frozen
public struct BreakdownPopulationTable: Sendable, Hashable {
    /// Which estimates these are (an ONS release, a file name), recorded on every figure.
    public var vintage: String
    /// The directory that turns any authority code into its E-code, when given.
    public let directory: LocalAuthorityDirectory?
    /// Populations by authority, breakdown, mid-year and cell label.
    @usableFromInline
    var populations: [String: [Breakdown: [Int: [String: Int64]]]]

    /// Creates an empty table; with a `directory`, authorities may be named by either code.
    public init(vintage: String, directory: LocalAuthorityDirectory? = nil) {
        self.vintage = vintage
        self.directory = directory
        populations = [:]
    }

    /// Sets the population of the cell labelled `cell` of `breakdown` for `authority` at
    /// `midYear`, replacing any earlier one. The label is not checked here: a computation checks
    /// it against the breakdown it is asked for.
    ///
    /// - Precondition: `population` is 0 or more.
    public mutating func setPopulation(_ population: Int64, authority: String, midYear: Int, breakdown: Breakdown,
                                       cell: String) {
        precondition(population >= 0, "a population is a count (≥ 0)")
        populations[canonical(authority), default: [:]][breakdown, default: [:]][midYear, default: [:]][cell] = population
    }

    /// The authorities (E-codes with a directory) with at least one population.
    public var authorities: [String] { Array(populations.keys) }

    /// The breakdowns `authority` has populations for, in ``Breakdown`` order.
    public func breakdowns(for authority: String) -> [Breakdown] {
        guard let byBreakdown = populations[canonical(authority)] else { return [] }
        return Breakdown.allCases.filter { byBreakdown[$0] != nil }
    }

    /// The mid-years with populations for `authority` by `breakdown`, in order.
    public func midYears(for authority: String, breakdown: Breakdown) -> [Int] {
        (populations[canonical(authority)]?[breakdown]?.keys).map { $0.sorted() } ?? []
    }

    /// The population of one cell at exactly `midYear`, if the table has it.
    public func population(for authority: String, midYear: Int, breakdown: Breakdown, cell: String) -> Int64? {
        populations[canonical(authority)]?[breakdown]?[midYear]?[cell]
    }

    /// The population of each cell of `breakdown` for `authority` over `period`, in cell order:
    /// from the mid-year the DfE pairs with the period among those the table has for the authority
    /// and breakdown; `nil` for a cell with no population then, and for every cell when the table
    /// has nothing for the authority.
    ///
    /// - Throws: ``AggregationError/unknownBreakdownCell(authority:midYear:label:breakdown:requested:)``
    ///   naming the authority, mid-year and label when, at any mid-year, the table gives the
    ///   authority a population by a label that is not a cell of `breakdown`, or gives it
    ///   populations by other breakdowns and none by `breakdown`.
    /// - Complexity: O(l log l) for l labels and mid-years of the authority and breakdown.
    public func cellPopulations(for authority: String, period: ReportingPeriod,
                                breakdown: Breakdown) throws(AggregationError) -> [PopulationFigure?] {
        let code = canonical(authority)
        let labels = breakdown.cellLabels
        guard let byBreakdown = populations[code], !byBreakdown.isEmpty else { return labels.map { _ in nil } }
        guard let byYear = byBreakdown[breakdown] else {
            let other = breakdowns(for: code)[0], otherYears = byBreakdown[other]!
            let midYear = PopulationTable.midYear(pairedWith: period, among: otherYears.keys)!
            throw .unknownBreakdownCell(authority: code, midYear: midYear, label: otherYears[midYear]!.keys.min()!,
                                        breakdown: other, requested: breakdown)
        }
        for midYear in byYear.keys.sorted() {
            if let label = byYear[midYear]!.keys.sorted().first(where: { !labels.contains($0) }) {
                throw .unknownBreakdownCell(authority: code, midYear: midYear, label: label, breakdown: breakdown,
                                            requested: breakdown)
            }
        }
        let used = PopulationTable.midYear(pairedWith: period, among: byYear.keys)!
        return labels.map { label in
            byYear[used]![label].map {
                PopulationFigure(area: .localAuthority(code), population: $0, midYear: used,
                                 requestedMidYear: period.populationMidYear, vintage: vintage)
            }
        }
    }

    /// An authority under its directory E-code (unchanged without a directory or when unknown).
    private func canonical(_ authority: String) -> String {
        directory?[authority]?.code ?? authority
    }
}
