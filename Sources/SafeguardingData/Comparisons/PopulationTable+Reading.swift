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
    /// - Parameter vintage: recorded on every figure; the file name when not given.
    /// - Throws: ``DataError`` when the file cannot be read or has neither layout's columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(path: String, vintage: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<PopulationTable> {
        let reader = try CSVReader(path: path)
        let header = try CSVHeader(reading: reader)
        var table = PopulationTable(vintage: vintage ?? fileName(of: path), directory: directory)
        var report = FileReport(path: path)
        let onsLayout = header.index("population_estimate") != nil
        let columns = onsLayout
            ? try header.require(["mid_year", "geographic_level", "new_la_code", "la_name", "population_estimate"],
                                 for: "an ONS population file")
            : try header.require(["la_code", "year", "population_0_17"],
                                 for: "a population file (ONS layout, or la_code,year,population_0_17)")
        let oldCode = header.index("old_la_code"), regionName = header.index("region_name")
        let usedFor = header.index("used_for_year_ending_31_march")
        var seen: [Area: [Int: Int]] = [:]
        while try reader.next() {
            if reader.isBlankLine { continue }
            let line = reader.line
            func reject(_ reason: String, _ column: Int?) {
                report.reject(DataProblem(reason, at: header.location(line: line, column: column), severity: .error))
            }
            let yearColumn = onsLayout ? columns[0] : columns[1]
            let populationColumn = onsLayout ? columns[4] : columns[2]
            guard let year = reader.midYear(at: yearColumn, header, rejectingIn: &report),
                  let population = reader.populationCount(at: populationColumn, header, rejectingIn: &report) else { continue }
            var warnings: [DataProblem] = []
            let area: Area, name: String
            if onsLayout {
                let level = reader.trimmed(columns[1]).lowercased()
                name = reader.trimmed(columns[3])
                switch level {
                case "national":
                    area = .england
                case "regional":
                    let region = reader.trimmed(regionName).isEmpty ? name : reader.trimmed(regionName)
                    area = .region(directory.regionName(matching: region) ?? region)
                case "local authority":
                    let code = reader.trimmed(columns[2])
                    guard let resolved = directory.eCode(of: code, or: reader.trimmed(oldCode), warnings: &warnings,
                                                           location: header.location(line: line, column: columns[2])) else {
                        reject("local authority \(DataProblem.quote(code)) (\(name)) is not in the directory and has no E-code", columns[2]); continue
                    }
                    area = .localAuthority(resolved)
                default:
                    report.reject(DataProblem("geographic level \(DataProblem.quote(reader.trimmed(columns[1]))) is not read",
                                              at: header.location(line: line, column: columns[1]), severity: .info))
                    continue
                }
                if let usedFor, let paired = Int(reader.trimmed(usedFor)), paired != year + 1 {
                    warnings.append(DataProblem("mid-\(year) is marked for the year ending 31 March \(paired); the DfE uses it for \(year + 1)",
                                                at: header.location(line: line, column: usedFor), severity: .warning))
                }
            } else {
                guard let resolved = reader.authorityCode(at: columns[0], header, directory: directory, warnings: &warnings,
                                                          rejectingIn: &report) else { continue }
                area = .localAuthority(resolved)
                name = directory[resolved]?.name ?? resolved
            }
            if let earlier = seen[area]?[year] {
                warnings.append(DataProblem("\(area) mid-\(year) is also on line \(earlier); this row replaces it",
                                            at: header.location(line: line), severity: .warning))
            }
            seen[area, default: [:]][year] = line
            table.setEstimate(population, for: area, midYear: year, name: name)
            report.accept(warnings: warnings)
        }
        return ReadResult(value: table, report: report)
    }
}
