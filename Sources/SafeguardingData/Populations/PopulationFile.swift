import SafeguardingMetrics

/// A population file being read: the one reader of the three layouts, told apart by the header.
///
/// - ``Layout/ons``: the ONS layout (see ``ONSColumns``): local authorities, regions and England;
/// - ``Layout/simple``: `la_code,year,population_0_17`;
/// - ``Layout/byBreakdown``: `la_code,year,breakdown,cell,population`.
///
/// `year` is the ONS mid-year; `la_code` an E-code or a 3-digit DfE number, stored under the
/// E-code the directory gives it (an E-code the directory does not know is kept as written, with
/// a warning). Every row is accepted or rejected with its line and column; a row repeating an
/// area, mid-year (and breakdown cell) replaces the earlier one, with a warning.
struct PopulationFile {
    /// The layouts of a population file.
    enum Layout {
        /// The ONS layout of the bundled estimates.
        case ons(ONSColumns)
        /// `la_code,year,population_0_17`, the columns' positions.
        case simple(authority: Int, year: Int, population: Int)
        /// `la_code,year,breakdown,cell,population`, the columns' positions.
        case byBreakdown(authority: Int, year: Int, breakdown: Int, cell: Int, population: Int)
    }

    /// Which populations a caller reads: totals (ONS or simple layout) or breakdown cells.
    enum Content {
        case totals
        case breakdownCells
    }

    /// One accepted row.
    struct Row {
        /// The area: an authority (by E-code), a region or England.
        var area: Area
        /// The area's name: the file's (ONS layout) or the directory's.
        var name: String
        /// The ONS mid-year.
        var midYear: Int
        /// The breakdown and the cell's label, in the breakdown layout.
        var cell: (breakdown: Breakdown, label: String)?
        /// The number of children.
        var population: Int64
    }

    let reader: CSVReader
    let header: CSVHeader
    let layout: Layout
    let directory: LocalAuthorityDirectory

    /// Reads the header of `reader` and recognises its layout.
    ///
    /// - Throws: ``DataError`` when the file is empty or lacks a column of the layout `content` needs.
    init(reader: CSVReader, content: Content, directory: LocalAuthorityDirectory) throws(DataError) {
        self.reader = reader
        self.directory = directory
        header = try CSVHeader(reading: reader)
        switch content {
        case .totals where header.index("population_estimate") != nil:
            layout = .ons(try ONSColumns(header, requiring: ["mid_year", "geographic_level", "new_la_code", "la_name",
                                                             "population_estimate"], for: "an ONS population file"))
        case .totals:
            let columns = try header.require(["la_code", "year", "population_0_17"],
                                             for: "a population file (ONS layout, or la_code,year,population_0_17)")
            layout = .simple(authority: columns[0], year: columns[1], population: columns[2])
        case .breakdownCells:
            let columns = try header.require(["la_code", "year", "breakdown", "cell", "population"],
                                             for: "a population file by breakdown (la_code,year,breakdown,cell,population)")
            layout = .byBreakdown(authority: columns[0], year: columns[1], breakdown: columns[2], cell: columns[3],
                                  population: columns[4])
        }
    }

    /// Reads every row, giving each accepted one to `body` in file order, and returns the account
    /// of every row.
    ///
    /// - Throws: ``DataError`` when the file cannot be read.
    /// - Complexity: O(n) in the rows of the file.
    func read(_ body: (Row) -> Void) throws(DataError) -> FileReport {
        var report = FileReport(path: reader.path)
        var seen: [String: Int] = [:]
        while try reader.next() {
            if reader.isBlankLine { continue }
            var warnings: [DataProblem] = []
            guard let row = self.row(warnings: &warnings, rejectingIn: &report) else { continue }
            var key = "\(row.area) mid-\(row.midYear)"
            if let cell = row.cell { key += " \(cell.breakdown.rawValue) \(DataProblem.quote(cell.label))" }
            if let earlier = seen[key] {
                warnings.append(DataProblem("\(key) is also on line \(earlier); this row replaces it",
                                            at: header.location(line: reader.line), severity: .warning))
            }
            seen[key] = reader.line
            body(row)
            report.accept(warnings: warnings)
        }
        return report
    }

    /// The current row, or `nil` after rejecting it in `report` with the first reason found.
    private func row(warnings: inout [DataProblem], rejectingIn report: inout FileReport) -> Row? {
        switch layout {
        case .ons(let columns):
            guard let year = midYear(at: columns.midYear, &report),
                  let population = population(at: columns.population!, &report),
                  let area = onsArea(columns, year: year, warnings: &warnings, &report) else { return nil }
            return Row(area: area, name: reader.trimmed(columns.name), midYear: year, population: population)
        case .simple(let authorityColumn, let yearColumn, let populationColumn):
            guard let year = midYear(at: yearColumn, &report), let population = population(at: populationColumn, &report),
                  let authority = authority(at: authorityColumn, warnings: &warnings, &report) else { return nil }
            return Row(area: .localAuthority(authority), name: directory[authority]?.name ?? authority, midYear: year,
                       population: population)
        case .byBreakdown(let authorityColumn, let yearColumn, let breakdownColumn, let cellColumn, let populationColumn):
            guard let authority = authority(at: authorityColumn, warnings: &warnings, &report),
                  let year = midYear(at: yearColumn, &report),
                  let cell = cell(breakdown: breakdownColumn, label: cellColumn, &report),
                  let population = population(at: populationColumn, &report) else { return nil }
            return Row(area: .localAuthority(authority), name: directory[authority]?.name ?? authority, midYear: year,
                       cell: cell, population: population)
        }
    }

    // MARK: Fields

    private func reject(_ reason: String, at column: Int?, severity: DataProblem.Severity = .error,
                        _ report: inout FileReport) {
        report.reject(DataProblem(reason, at: header.location(line: reader.line, column: column), severity: severity))
    }

    /// The ONS mid-year in `column`.
    private func midYear(at column: Int, _ report: inout FileReport) -> Int? {
        if let year = Int(reader.trimmed(column)) { return year }
        reject("\(DataProblem.quote(reader.trimmed(column))) is not a year", at: column, &report)
        return nil
    }

    /// The population in `column`: a whole number, 0 or more.
    private func population(at column: Int, _ report: inout FileReport) -> Int64? {
        if let population = wholeNumber(reader.trimmed(column)), population >= 0 { return population }
        reject("population \(DataProblem.quote(reader.trimmed(column))) is not a count", at: column, &report)
        return nil
    }

    /// The E-code of the authority in `column` (an E-code or a DfE number).
    private func authority(at column: Int, warnings: inout [DataProblem], _ report: inout FileReport) -> String? {
        let code = reader.trimmed(column)
        let location = header.location(line: reader.line, column: column)
        if let resolved = directory.eCode(of: code, warnings: &warnings, location: location) { return resolved }
        reject("local authority \(DataProblem.quote(code)) is not in the directory and is not an E-code", at: column, &report)
        return nil
    }

    /// The breakdown named in `breakdownColumn` (not `none`: the total belongs in a population
    /// file) and a label of it in `labelColumn`.
    private func cell(breakdown breakdownColumn: Int, label labelColumn: Int,
                      _ report: inout FileReport) -> (breakdown: Breakdown, label: String)? {
        let name = reader.trimmed(breakdownColumn)
        guard let breakdown = Breakdown(rawValue: name.lowercased()), breakdown != .none else {
            let breakdowns = Breakdown.allCases.filter { $0 != .none }
            reject("\(DataProblem.quote(name)) is not a breakdown; use one of " + breakdowns.map(\.rawValue).joined(separator: ", "),
                   at: breakdownColumn, &report)
            return nil
        }
        let label = reader.trimmed(labelColumn)
        guard breakdown.cellLabels.contains(label) else {
            reject("\(DataProblem.quote(label)) is not a cell of \(breakdown.rawValue); its cells are " + breakdown.cellLabels.joined(separator: ", "),
                   at: labelColumn, &report)
            return nil
        }
        return (breakdown, label)
    }

    /// The area of an ONS row: England, a region, or an authority by its E-code (or, failing
    /// that, its DfE number); other levels are left out with a note.
    private func onsArea(_ columns: ONSColumns, year: Int, warnings: inout [DataProblem], _ report: inout FileReport) -> Area? {
        let area: Area
        switch columns.level(of: reader) {
        case .national:
            area = .england
        case .regional:
            let region = reader.trimmed(columns.regionName).isEmpty ? reader.trimmed(columns.name) : reader.trimmed(columns.regionName)
            area = .region(directory.regionName(matching: region) ?? region)
        case .localAuthority:
            let code = reader.trimmed(columns.newCode)
            guard let resolved = directory.eCode(of: code, or: reader.trimmed(columns.oldCode), warnings: &warnings,
                                                 location: header.location(line: reader.line, column: columns.newCode)) else {
                reject("local authority \(DataProblem.quote(code)) (\(reader.trimmed(columns.name))) is not in the directory and has no E-code",
                       at: columns.newCode, &report)
                return nil
            }
            area = .localAuthority(resolved)
        case .other(let level):
            reject("geographic level \(DataProblem.quote(level)) is not read", at: columns.level, severity: .info, &report)
            return nil
        }
        if let usedFor = columns.usedFor, let paired = Int(reader.trimmed(usedFor)), paired != year + 1 {
            warnings.append(DataProblem("mid-\(year) is marked for the year ending 31 March \(paired); the DfE uses it for \(year + 1)",
                                        at: header.location(line: reader.line, column: usedFor), severity: .warning))
        }
        return area
    }
}
