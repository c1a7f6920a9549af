import SafeguardingMetrics

extension ReturnSet {
    /// A data-quality report of return, population and postcode files (the `validate` command's),
    /// read exactly as the path initialiser, `init(ssda903:cin:population:postcodes:directory:context:local:progress:threads:)`,
    /// reads them, by the same function, but going on past a file that cannot be read.
    ///
    /// Every file gets a report: its rows read, accepted and rejected, and every problem with its
    /// line and column. The cohort is built, and each problem the build finds (an episode that ends
    /// before it starts, overlapping episodes, a key repeated inside a return, records of a child
    /// no return describes) is in the report of the file it is in. A file that cannot be read
    /// (not a return, unplaced, cut short, past a limit) is a report with one error; a file
    /// reached twice, or a second file of the same table of one return, a report with one warning.
    ///
    /// ```swift
    /// let report = try ReturnSet.validate(ssda903: ["data"], cin: ["data"], population: "data/population.csv")
    /// print(report.text(), report.files.contains(where: \.fails))
    /// ```
    /// - Parameters:
    ///   - ssda903: SSDA903 return folders or files (CSV or XML).
    ///   - cin: CIN census XML folders or files.
    ///   - population: a population file, checked to hold every selected authority for the period.
    ///   - postcodes: a postcode file.
    ///   - directory: resolves and names authorities; the bundled ONS directory when `nil`.
    ///   - context: the authority and year of files that carry none.
    ///   - local: local table files (events, episodes, attendance, audits), checked row by row.
    ///   - selection: the authorities and period to look at; files placed outside it are not read.
    ///   - threads: how many files are read at once (``ReturnLoader/threads``); every core by default.
    /// - Throws: ``DataError`` when a path does not exist, holds no return files, or a folder cannot
    ///   be read; when files are given but none is in `selection`.
    public static func validate(ssda903: [String] = [], cin: [String] = [], population: String? = nil, postcodes: String? = nil,
                                directory: LocalAuthorityDirectory? = nil, context: ReturnContext? = nil,
                                local: [String] = [], selection: ReturnSelection = ReturnSelection(),
                                threads: Int = IndicatorComputation.defaultThreads) throws(DataError) -> ValidationReport {
        let directory = try ReturnSet.directory(directory)
        let resolve = ReturnContext.resolver(directory)
        let listed = try ReturnLoader.inputs(ssda903: ssda903, cin: cin, local: local, layout: true)
        let placed = listed.inputs.map { ($0, ReturnContext(path: $0.name, resolve: resolve) ?? context) }
        let selected = placed.filter { $0.1.map(selection.includes) ?? true }
        if !placed.isEmpty && selected.isEmpty {
            let found = Set(placed.compactMap { $0.1.map { "\($0.authority) \($0.collectionYear)" } }).sorted()
            let wanted = selection.authorities.sorted().map { code in directory[code].map { "\($0.name) (\(code))" } ?? code }
            let when = selection.period.map { period in
                period == .collectionYear(period.collectionYearOfEnd) ? " in \(period.collectionYearOfEnd)" : " in \(period)"
            } ?? ""
            throw DataError(.notFound, "no input file is for " + (wanted.isEmpty ? "the period asked for" : wanted.joined(separator: ", "))
                            + when + "; the files are for " + found.joined(separator: ", "),
                            at: SourceLocation(file: (ssda903 + cin + local).first ?? "", line: 0))
        }
        var reports = listed.skipped
        var authorities = selection.authorities
        if !selected.isEmpty {
            let loaded = try load(selected.map(\.0), directory: directory, context: context, unreadable: .report, threads: threads)
            reports += loaded.files
            if authorities.isEmpty { authorities = Set(loaded.cohort.authorities) }
        }
        if let population {
            reports.append(populationReport(population, directory: directory, period: selection.period, authorities: authorities))
        }
        if let postcodes {
            do { reports.append(try PostcodeLookup.read(path: postcodes).report) } catch {
                reports.append(FileReport(unreadable: postcodes, error))
            }
        }
        return ValidationReport(reports)
    }

    /// The population file's report, with an error for each authority that has no population
    /// for the period asked for.
    static func populationReport(_ path: String, directory: LocalAuthorityDirectory, period: ReportingPeriod?,
                                 authorities: Set<String>) -> FileReport {
        let result: ReadResult<PopulationTable>
        do { result = try PopulationTable.read(path: path, directory: directory) } catch { return FileReport(unreadable: path, error) }
        var report = result.report
        if report.table.isEmpty { report.table = "population" }
        guard let period else { return report }
        for code in authorities.sorted() {
            do {
                _ = try result.value.population(for: .localAuthority(code), period: period)
            } catch {
                report.note(DataProblem("no population for the period \(period): \(error)",
                                        at: SourceLocation(file: path, line: 0), severity: .error))
            }
        }
        return report
    }
}
