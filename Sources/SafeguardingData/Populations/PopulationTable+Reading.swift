import SafeguardingMetrics

extension PopulationTable {
    /// Reads population estimates of children aged 0-17 in either of two layouts, told apart by
    /// the header:
    ///
    /// - the ONS layout of the bundled `ons_mye_children_0_17_by_la_2020_2024.csv`
    ///   (`mid_year, geographic_level, new_la_code, la_name, region_name, population_estimate`):
    ///   local authorities, regions and England;
    /// - the simple layout `la_code,year,population_0_17`, where `year` is the ONS mid-year and
    ///   `la_code` an E-code or a 3-digit DfE number.
    ///
    /// Authorities are stored under the E-code `directory` gives them (an E-code the directory does
    /// not know is kept as written, with a warning). A duplicate area and mid-year replaces the
    /// earlier row, with a warning. In the ONS layout, a `used_for_year_ending_31_march` other than
    /// `mid_year + 1` is reported: the DfE pairs each estimate with the following collection year.
    ///
    /// ```swift
    /// let populations = try PopulationTable.read(path: "population.csv", vintage: "ONS mid-2024",
    ///                                            directory: directory).value
    /// try populations.population(for: .localAuthority("E06000009"), collectionYear: 2025).population
    /// ```
    /// - Parameters:
    ///   - path: the file.
    ///   - vintage: recorded on every figure; the file name when not given.
    ///   - directory: resolves authorities to their E-codes.
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read or has neither layout's columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(path: String, vintage: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<PopulationTable> {
        try read(CSVReader(path: path), vintage: vintage, directory: directory)
    }

    /// Reads population estimates from `reader` (a file, or bytes in memory), as
    /// ``read(path:vintage:directory:)`` reads a file.
    static func read(_ reader: CSVReader, vintage: String?,
                     directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<PopulationTable> {
        let file = try PopulationFile(reader: reader, content: .totals, directory: directory)
        var table = PopulationTable(vintage: vintage ?? fileName(of: reader.path), directory: directory)
        let report = try file.read { row in
            table.setEstimate(row.population, for: row.area, midYear: row.midYear, name: row.name)
        }
        return ReadResult(value: table, report: report)
    }
}
