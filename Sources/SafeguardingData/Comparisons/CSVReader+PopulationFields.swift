import SafeguardingMetrics

extension CSVReader {
    /// The ONS mid-year in `column` of the current row, or `nil` after rejecting the row in
    /// `report` with the reason at that column.
    func midYear(at column: Int, _ header: CSVHeader, rejectingIn report: inout FileReport) -> Int? {
        if let year = Int(trimmed(column)) { return year }
        report.reject(DataProblem("\(DataProblem.quote(trimmed(column))) is not a year", at: header.location(line: line, column: column),
                                  severity: .error))
        return nil
    }

    /// The population in `column` of the current row (a whole number, 0 or more), or `nil` after
    /// rejecting the row in `report` with the reason at that column.
    func populationCount(at column: Int, _ header: CSVHeader, rejectingIn report: inout FileReport) -> Int64? {
        if let population = wholeNumber(trimmed(column)), population >= 0 { return population }
        report.reject(DataProblem("population \(DataProblem.quote(trimmed(column))) is not a count",
                                  at: header.location(line: line, column: column), severity: .error))
        return nil
    }

    /// The E-code of the authority in `column` of the current row (an E-code or a DfE number, see
    /// ``LocalAuthorityDirectory/eCode(of:or:warnings:location:)``), or `nil` after rejecting the
    /// row in `report` with the reason at that column.
    func authorityCode(at column: Int, _ header: CSVHeader, directory: LocalAuthorityDirectory,
                       warnings: inout [DataProblem], rejectingIn report: inout FileReport) -> String? {
        let code = trimmed(column)
        let location = header.location(line: line, column: column)
        if let resolved = directory.eCode(of: code, warnings: &warnings, location: location) { return resolved }
        report.reject(DataProblem("local authority \(DataProblem.quote(code)) is not in the directory and is not an E-code", at: location,
                                  severity: .error))
        return nil
    }
}
