import SafeguardingData

extension CohortInputs {
    /// Reads a file of populations by breakdown cell (`la_code,year,breakdown,cell,population`),
    /// its authorities resolved by the bundled directory, as `--population` is read: the first
    /// problems with their file, line and column on stderr, the rows that can be read kept.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the file cannot be read or lacks a column.
    func breakdownPopulations(path: String, console: Console,
                              stopwatch: inout Stopwatch) throws(ToolError) -> BreakdownPopulationTable {
        do throws(DataError) {
            let result = try stopwatch.measure(.reading) { () throws(DataError) in
                try BreakdownPopulationTable.read(path: path, directory: directory)
            }
            CohortInputs.diagnoseProblems(of: result.report, on: console)
            return result.value
        } catch {
            throw .data(error)
        }
    }
}
