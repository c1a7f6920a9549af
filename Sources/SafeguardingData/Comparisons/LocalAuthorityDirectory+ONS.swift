import SafeguardingMetrics

extension LocalAuthorityDirectory {
    /// Reads the local authorities of an ONS population file in the layout of the bundled
    /// `ons_mye_children_0_17_by_la_2020_2024.csv` (`mid_year, geographic_level, new_la_code,
    /// old_la_code, la_name, region_code, region_name, ...`).
    ///
    /// Every `Local authority` row names an authority by its 3-digit DfE number (`old_la_code`).
    /// The row with the latest mid-year gives the authority's E-code, name and region; E-codes
    /// the same number had in earlier years become ``LocalAuthority/formerCodes``. Authorities
    /// absent from the file's latest mid-year (Cumbria, Northamptonshire) are kept, with
    /// ``LocalAuthority/isCurrent`` false, because older published files still name them.
    /// Authorities are ordered by E-code. National and regional rows are accepted and add nothing.
    /// A row that gives an E-code already seen with another DfE number is rejected.
    ///
    /// ```swift
    /// let directory = try LocalAuthorityDirectory.read(onsPopulationFile: ReferenceData.onsPopulation).value
    /// directory["890"]?.code   // "E06000009"
    /// ```
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read or lacks a needed column.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(onsPopulationFile path: String) throws(DataError) -> ReadResult<LocalAuthorityDirectory> {
        let reader = try CSVReader(path: path)
        let header = try CSVHeader(reading: reader)
        let columns = try ONSColumns(header, requiring: ["mid_year", "geographic_level", "new_la_code", "old_la_code", "la_name",
                                                         "region_name"], for: "a local-authority directory")
        var report = FileReport(path: path)
        struct Sighting { var year: Int; var authority: LocalAuthority }
        var latest: [String: Sighting] = [:]
        var codes: [String: Set<String>] = [:]
        var numberOfCode: [String: String] = [:], lineOfCode: [String: Int] = [:]
        var latestYear = Int.min
        while try reader.next() {
            if reader.isBlankLine { continue }
            let line = reader.line
            guard let year = Int(reader.trimmed(columns.midYear)) else {
                report.reject(DataProblem("mid_year \(DataProblem.quote(reader.trimmed(columns.midYear))) is not a year",
                                          at: header.location(line: line, column: columns.midYear), severity: .error))
                continue
            }
            latestYear = max(latestYear, year)
            guard columns.level(of: reader) == .localAuthority else { report.accept(); continue }
            let code = reader.trimmed(columns.newCode).uppercased(), number = reader.trimmed(columns.oldCode)
            guard isECode(code), !number.isEmpty else {
                report.reject(DataProblem("a local-authority row needs an E-code and a DfE number (found \(DataProblem.quote(code)), \(DataProblem.quote(number)))",
                                          at: header.location(line: line, column: columns.newCode), severity: .error))
                continue
            }
            if let owner = numberOfCode[code], owner != number {
                report.reject(DataProblem("E-code \(code) belongs to DfE number \(owner) on line \(lineOfCode[code]!), not \(number)",
                                          at: header.location(line: line, column: columns.oldCode), severity: .error))
                continue
            }
            numberOfCode[code] = number
            if lineOfCode[code] == nil { lineOfCode[code] = line }
            codes[number, default: []].insert(code)
            let regionCode = reader.trimmed(columns.regionCode)
            let authority = LocalAuthority(code: code, number: number, name: reader.trimmed(columns.name),
                                           regionCode: regionCode.isEmpty ? nil : regionCode,
                                           regionName: reader.trimmed(columns.regionName))
            if (latest[number]?.year ?? Int.min) <= year { latest[number] = Sighting(year: year, authority: authority) }
            report.accept()
        }
        let authorities = latest.map { number, sighting in
            var authority = sighting.authority
            authority.formerCodes = codes[number, default: []].subtracting([authority.code]).sorted()
            authority.isCurrent = sighting.year == latestYear
            return authority
        }.sorted { $0.code < $1.code }
        return ReadResult(value: LocalAuthorityDirectory(authorities), report: report)
    }

    /// The E-code of an authority named by `code` (or, failing that, `fallback`) in a file being
    /// read: the directory's E-code, or `code` itself when it is an E-code the directory does not
    /// know (with a warning at `location`); `nil` for anything else.
    func eCode(of code: String, or fallback: String = "", warnings: inout [DataProblem], location: SourceLocation) -> String? {
        if let authority = self[code] ?? (fallback.isEmpty ? nil : self[fallback]) { return authority.code }
        guard isECode(code) else { return nil }
        warnings.append(DataProblem("local authority \(code) is not in the directory; kept under its E-code",
                                    at: location, severity: .warning))
        return code.uppercased()
    }
}
