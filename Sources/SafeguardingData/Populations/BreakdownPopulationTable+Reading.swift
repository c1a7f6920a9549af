import SafeguardingMetrics

extension BreakdownPopulationTable {
    /// Reads populations of children by breakdown cell in the layout
    /// `la_code,year,breakdown,cell,population`, where `year` is the ONS mid-year, `la_code` an
    /// E-code or a 3-digit DfE number, `breakdown` a ``Breakdown`` by its raw name (`age_band`,
    /// `sex`, `ethnic_group`, …) and `cell` a label of that breakdown exactly as
    /// ``Breakdown/cellLabels`` spells it (`5-9`, `Female`, `WBRI`). One file may hold several
    /// breakdowns.
    ///
    /// Authorities are stored under the E-code `directory` gives them (an E-code the directory does
    /// not know is kept as written, with a warning). A row is rejected, with its line and column,
    /// for an unknown authority, a year that is not a number, a breakdown that is not one (or
    /// `none`: the total population belongs in the population file), a cell that is not a label
    /// of its breakdown, or a population that is not a count. A duplicate authority, year,
    /// breakdown and cell replaces the earlier row, with a warning.
    ///
    /// ```swift
    /// let cells = try BreakdownPopulationTable.read(path: "population_by_age.csv", directory: directory).value
    /// var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: populations)
    /// request.breakdown = .ageBand
    /// request.breakdownPopulations = cells
    /// ```
    /// - Parameters:
    ///   - path: the file.
    ///   - vintage: recorded on every figure; the file name when not given.
    ///   - directory: resolves authorities to their E-codes.
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read or lacks one of the columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(path: String, vintage: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<BreakdownPopulationTable> {
        try read(CSVReader(path: path), vintage: vintage, directory: directory)
    }

    /// Reads populations by breakdown cell from `reader` (a file, or bytes in
    /// memory), as ``read(path:vintage:directory:)`` reads a file.
    static func read(_ reader: CSVReader, vintage: String?,
                     directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<BreakdownPopulationTable> {
        let file = try PopulationFile(reader: reader, content: .breakdownCells, directory: directory)
        var table = BreakdownPopulationTable(vintage: vintage ?? fileName(of: reader.path), directory: directory)
        let report = try file.read { row in
            guard case .localAuthority(let authority) = row.area, let cell = row.cell else {
                preconditionFailure("a row of the breakdown layout names an authority and a cell")
            }
            table.setPopulation(row.population, authority: authority, midYear: row.midYear, breakdown: cell.breakdown,
                                cell: cell.label)
        }
        return ReadResult(value: table, report: report)
    }
}
