import SafeguardingMetrics

extension ReferenceData {
    /// Where the bundled 2025 statistical-neighbour list comes from.
    public static let statisticalNeighbours2025Source =
        "DfE children's services statistical neighbour model, 2025 refresh: "
        + "github.com/dfe-analytical-services/CSC_outcomes_and_enablers data-raw/sn_model_2025_wide.csv "
        + "(commit 2f5d11a), identical to LAIT 01_data/02_prod/sn_may_2025.xlsx"

    /// The licence of the bundled DfE and ONS data.
    public static let openGovernmentLicence = "Open Government Licence v3.0"

    /// The vintage recorded on populations from the bundled ONS file.
    public static let onsPopulationVintage =
        "ONS mid-year estimates of children aged 0-17, mid-2020 to mid-2024 "
        + "(via CSC_outcomes_and_enablers data-raw, commit 2f5d11a)"

    /// The local authorities of the bundled ONS population file: the 153 current authorities and
    /// the two abolished ones older files still name (Cumbria, Northamptonshire).
    ///
    /// ```swift
    /// let directory = try ReferenceData.localAuthorityDirectory()
    /// directory["E06000009"]?.number   // "890"
    /// ```
    /// - Throws: ``DataError`` if the bundled file cannot be read.
    public static func localAuthorityDirectory() throws(DataError) -> LocalAuthorityDirectory {
        try LocalAuthorityDirectory.read(onsPopulationFile: onsPopulation).value
    }

    /// The bundled 2025 statistical-neighbour list (version `2025`, Open Government Licence v3.0):
    /// 10 ranked neighbours with closeness bands for each of the 153 authorities.
    ///
    /// ```swift
    /// let neighbours = try ReferenceData.statisticalNeighbours2025Set(directory: directory)
    /// neighbours.neighbours(of: "E06000009").first?.code   // "E06000001" (Hartlepool)
    /// ```
    /// - Throws: ``DataError`` if the bundled file cannot be read.
    public static func statisticalNeighbours2025Set(directory: LocalAuthorityDirectory) throws(DataError) -> StatisticalNeighbourSet {
        try StatisticalNeighbourSet.read(path: statisticalNeighbours2025, version: "2025", source: statisticalNeighbours2025Source,
                                         licence: openGovernmentLicence, directory: directory).value
    }

    /// The bundled published figures (years ending 31 March 2024 and 2025) for every authority,
    /// region and England, read with ``PublishedColumn/dfeChildrensSocialCare``.
    ///
    /// ```swift
    /// let published = try ReferenceData.publishedIndicators(directory: directory)
    /// published.value(for: .england, indicator: "cla.rate", year: 2025)?.published   // 67
    /// ```
    /// - Throws: ``DataError`` if the bundled file cannot be read.
    public static func publishedIndicators(directory: LocalAuthorityDirectory) throws(DataError) -> IndicatorTable {
        try IndicatorTable.read(path: publishedIndicators2024And2025, columns: PublishedColumn.dfeChildrensSocialCare,
                                directory: directory).value
    }

    /// The bundled ONS population estimates (mid-2020 to mid-2024) for authorities, regions and
    /// England, with the vintage ``onsPopulationVintage``.
    ///
    /// - Throws: ``DataError`` if the bundled file cannot be read.
    public static func populationEstimates(directory: LocalAuthorityDirectory) throws(DataError) -> PopulationTable {
        try PopulationTable.read(path: onsPopulation, vintage: onsPopulationVintage, directory: directory).value
    }

    /// Comparisons of the bundled published figures with the bundled 2025 neighbours: the default
    /// the `compare` command uses. Build it once and keep it; every comparison after that is
    /// array indexing.
    ///
    /// ```swift
    /// let comparer = try ReferenceData.comparer()
    /// let blackpool = try comparer.compare("890", indicator: "cla.rate", year: 2025, statistic: .median)
    /// print(blackpool.comparator.value!)   // 126
    /// ```
    /// - Throws: ``DataError`` if a bundled file cannot be read.
    public static func comparer(catalogue: IndicatorCatalogue = .standard) throws(DataError) -> NeighbourComparer {
        let directory = try localAuthorityDirectory()
        return NeighbourComparer(table: try publishedIndicators(directory: directory),
                         neighbours: try statisticalNeighbours2025Set(directory: directory), catalogue: catalogue)
    }
}
