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
    /// - Parameter vintage: recorded on every figure; the file name when not given.
    /// - Throws: ``DataError`` when the file cannot be read or lacks one of the columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(path: String, vintage: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<BreakdownPopulationTable> {
        let reader = try CSVReader(path: path)
        let header = try CSVHeader(reading: reader)
        var table = BreakdownPopulationTable(vintage: vintage ?? fileName(of: path), directory: directory)
        var report = FileReport(path: path)
        let columns = try header.require(["la_code", "year", "breakdown", "cell", "population"],
                                         for: "a population file by breakdown (la_code,year,breakdown,cell,population)")
        let breakdowns = Breakdown.allCases.filter { $0 != .none }
        var seen: [String: Int] = [:]
        while try reader.next() {
            if reader.isBlankLine { continue }
            let line = reader.line
            func reject(_ reason: String, _ column: Int) {
                report.reject(DataProblem(reason, at: header.location(line: line, column: column), severity: .error))
            }
            var warnings: [DataProblem] = []
            guard let authority = reader.authorityCode(at: columns[0], header, directory: directory, warnings: &warnings,
                                                       rejectingIn: &report),
                  let year = reader.midYear(at: columns[1], header, rejectingIn: &report) else { continue }
            let name = reader.trimmed(columns[2])
            guard let breakdown = Breakdown(rawValue: name.lowercased()), breakdown != .none else {
                reject("\(DataProblem.quote(name)) is not a breakdown; use one of " + breakdowns.map(\.rawValue).joined(separator: ", "),
                       columns[2]); continue
            }
            let cell = reader.trimmed(columns[3])
            guard breakdown.cellLabels.contains(cell) else {
                reject("\(DataProblem.quote(cell)) is not a cell of \(breakdown.rawValue); its cells are "
                       + breakdown.cellLabels.joined(separator: ", "), columns[3]); continue
            }
            guard let population = reader.populationCount(at: columns[4], header, rejectingIn: &report) else { continue }
            let key = "\(authority) mid-\(year) \(breakdown.rawValue) \(DataProblem.quote(cell))"
            if let earlier = seen[key] {
                warnings.append(DataProblem("\(key) is also on line \(earlier); this row replaces it",
                                            at: header.location(line: line), severity: .warning))
            }
            seen[key] = line
            table.setPopulation(population, authority: authority, midYear: year, breakdown: breakdown, cell: cell)
            report.accept(warnings: warnings)
        }
        return ReadResult(value: table, report: report)
    }
}
