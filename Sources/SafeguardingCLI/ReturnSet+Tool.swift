import SafeguardingData

extension ReturnSet {
    /// Reads the returns, population and postcode files given on the command line (the bundled
    /// ONS estimates when no population file is given), showing progress on a terminal and
    /// writing the first problems of the population file and, unless `quiet`, a summary of
    /// rejected rows to stderr. Files that carry no authority or year take the single `--la` and
    /// `--year` of `selection` (``SelectionOptions/fileContext(in:)``), as in every command.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when a path does not exist, holds no return files,
    ///   or a file cannot be placed or read.
    static func load(_ files: ReturnOptions, selection: SelectionOptions, console: Console, stopwatch: inout Stopwatch,
                     quiet: Bool = false) throws(ToolError) -> ReturnSet {
        let directory = try Reference.directory()
        let context = try selection.fileContext(in: directory)
        console.progress("reading returns…")
        let returns: ReturnSet
        do {
            returns = try stopwatch.measure(.reading) { () throws(DataError) in
                try ReturnSet(ssda903: files.ssda903, cin: files.cin, population: files.population,
                              postcodes: files.postcodes, directory: directory, context: context, local: files.local,
                              progress: console.progressHandler("reading returns"),
                              threads: max(1, files.threads ?? IndicatorComputation.defaultThreads))
            }
        } catch {
            console.endProgress()
            throw .data(error)
        }
        console.endProgress()
        if let report = returns.populationReport { ReturnSet.diagnoseProblems(of: report, on: console) }
        if !quiet { returns.reportProblems(to: console) }
        return returns
    }

    /// Writes the first five problems of a population file (rejected rows and warnings, each with
    /// its file, line and column) to stderr.
    static func diagnoseProblems(of report: FileReport, on console: Console) {
        report.problems.filter { $0.severity >= .warning }.prefix(5).forEach { console.diagnose($0.description) }
    }

    /// Writes each file read twice (and read once), then a one-line summary of rejected rows and
    /// warnings to stderr, if there are any.
    func reportProblems(to console: Console) {
        for report in files where report.isUnread {
            report.problems.forEach { console.diagnose("\($0.location.file): \($0.severity.rawValue): \($0.reason)") }
        }
        let (rejected, failing) = rejectedRows
        if rejected > 0 {
            let where_ = failing.count == 1 ? failing[0].path : "\(failing.count) files"
            console.diagnose("warning: \(rejected) row\(rejected == 1 ? "" : "s") in \(where_) could not be read and "
                + "are left out; run 'safeguarding-metrics validate' with the same inputs to see each one")
        } else if filesWithWarnings.contains(where: { !$0.isUnread }) {
            let count = filesWithWarnings.filter { !$0.isUnread }.count
            console.diagnose("note: \(count) file\(count == 1 ? " has" : "s have") warnings; "
                + "'safeguarding-metrics validate' lists them")
        }
    }

    /// The cohort indices of the authorities named with `--la`, every one in the files when none is.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` for a code no authority has;
    ///   ``ToolError/invalidData(_:)`` for an authority the files do not cover, or no records.
    func areas(named codes: [String]) throws(ToolError) -> [UInt16] {
        do { return try areas(codes) } catch { throw .returns(error) }
    }

    /// Reads a file of populations by breakdown cell, as `--population` is read: the first
    /// problems with their file, line and column on stderr, the rows that can be read kept.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the file cannot be read or lacks a column.
    func breakdownPopulations(path: String, console: Console,
                              stopwatch: inout Stopwatch) throws(ToolError) -> BreakdownPopulationTable {
        do throws(DataError) {
            let result = try stopwatch.measure(.reading) { () throws(DataError) in
                try BreakdownPopulationTable.read(path: path, directory: directory)
            }
            ReturnSet.diagnoseProblems(of: result.report, on: console)
            return result.value
        } catch {
            throw .data(error)
        }
    }
}

extension ToolError {
    /// An authority the command line names that cannot be used: usage for a code no authority
    /// has, data for one the files do not hold.
    static func returns(_ error: ReturnSetError) -> ToolError {
        switch error {
        case .unknownAuthority: .invalidUsage("--la \(error.description)")
        case .authorityNotInReturns: .invalidData("--la \(error.description)")
        case .noRecords: .invalidData(error.description)
        }
    }
}
