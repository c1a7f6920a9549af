import SafeguardingMetrics

extension ReturnSet {
    /// Reads return files and folders, a population file and a postcode file.
    ///
    /// Folders are searched recursively: SSDA903 paths for `.csv` and `.xml` files, CIN paths for
    /// `.xml`. An entry of a folder that is not a regular file (a FIFO, socket or device) is
    /// skipped with a report; a file reached twice is read once, with a report naming both paths;
    /// two files of the same table of one return (authority and year) are not merged: the first in
    /// sorted path order is read, the other reported. When some of a folder's files lie in `ssda903` or `cin` folders (the layout
    /// ``SyntheticCohort`` writes), only those are read as that kind, so a dataset's root can be
    /// given for both.
    ///
    /// - Parameters:
    ///   - ssda903: SSDA903 return folders or files (CSV or XML).
    ///   - cin: CIN census XML folders or files.
    ///   - population: a population file (ONS layout, or `la_code,year,population_0_17`); the
    ///     bundled ONS estimates when `nil`.
    ///   - postcodes: a postcode file (`postcode,easting,northing`), for distances.
    ///   - directory: resolves and names authorities; the bundled ONS directory when `nil`.
    ///   - context: the authority and year of files that carry none (no `LA`/`YEAR` columns, no
    ///     `…/<LA code>/<YYYY>/…` folders): the command line's single `--la` and `--year`.
    ///   - local: local table files (events, episodes, attendance, audits; ``LocalTableReader``),
    ///     whose children join the returns' by identifier.
    ///   - progress: called after each file is read (``ReturnLoader/progress``).
    ///   - threads: how many files are read at once (``ReturnLoader/threads``); every core by default.
    /// - Throws: ``DataError`` when a path does not exist or holds no return files, a folder
    ///   cannot be read, or a file cannot be placed or read.
    public init(ssda903: [String] = [], cin: [String] = [], population: String? = nil, postcodes: String? = nil,
                directory: LocalAuthorityDirectory? = nil, context: ReturnContext? = nil,
                local: [String] = [], progress: WorkProgress.Handler? = nil,
                threads: Int = IndicatorComputation.defaultThreads) throws(DataError) {
        let directory = try ReturnSet.directory(directory)
        let listed = try ReturnLoader.inputs(ssda903: ssda903, cin: cin, local: local, layout: true)
        var loaded = try ReturnSet.load(listed.inputs, directory: directory, context: context, unreadable: .stop, progress: progress,
                                     threads: threads)
        loaded.files = listed.skipped + loaded.files
        let populationFile = try population.map { path throws(DataError) in try PopulationTable.read(path: path, directory: directory) }
        let lookup = try postcodes.map { path throws(DataError) in try PostcodeLookup.read(path: path) }
        try self.init(loaded: loaded, population: populationFile, postcodes: lookup, directory: directory)
    }

    /// Reads returns, a population file and a postcode file held in memory, exactly as
    /// the path initialiser, `init(ssda903:cin:population:postcodes:directory:context:local:progress:threads:)`, reads files, by the same function: each file's name stands
    /// in for its path, in reports and locations and for the `…/<LA code>/<YYYY>/…` layout that
    /// places an SSDA903 CSV with no `LA` and `YEAR` columns. SSDA903 files named `….xml` are read
    /// as XML, the others as CSV.
    ///
    /// ```swift
    /// let generated = try SyntheticCohort(authorities: authorities, years: 2023...2025).generate()
    /// let returns = try ReturnSet(ssda903: generated.ssda903, cin: generated.cin,
    ///                             population: generated.population, postcodes: generated.postcodes)
    /// ```
    /// - Parameters:
    ///   - ssda903: SSDA903 files: CSV tables, or XML returns named `….xml`.
    ///   - cin: CIN census files.
    ///   - population: population estimates; the bundled ONS estimates when `nil`.
    ///   - postcodes: postcode positions, for distances.
    ///   - directory: resolves and names authorities; the bundled ONS directory when `nil`.
    ///   - context: the authority and year of files that carry none.
    /// - Throws: ``DataError`` when a file is not of its kind or cannot be placed.
    public init(ssda903: [DataFile], cin: [DataFile] = [], population: DataFile? = nil, postcodes: DataFile? = nil,
                directory: LocalAuthorityDirectory? = nil, context: ReturnContext? = nil) throws(DataError) {
        let directory = try ReturnSet.directory(directory)
        let inputs = ssda903.map { ReturnInput(.bytes($0), kind: .ssda903) } + cin.map { ReturnInput(.bytes($0), kind: .cin) }
        let loaded = try ReturnSet.load(inputs, directory: directory, context: context, unreadable: .stop)
        let populationFile = try population.map { file throws(DataError) in try PopulationTable.read(file, directory: directory) }
        let lookup = try postcodes.map { file throws(DataError) in try PostcodeLookup.read(file) }
        try self.init(loaded: loaded, population: populationFile, postcodes: lookup, directory: directory)
    }

    /// The set from a loaded cohort, a population file as read (the bundled estimates when `nil`)
    /// and a postcode lookup as read.
    init(loaded: LoadedCohort, population: ReadResult<PopulationTable>?, postcodes: ReadResult<PostcodeLookup>?,
         directory: LocalAuthorityDirectory) throws(DataError) {
        let populations: PopulationTable
        if let population { populations = population.value } else {
            populations = try ReferenceData.populationEstimates(directory: directory)
        }
        var files = loaded.files
        if let postcodes { files.append(postcodes.report) }
        self.init(cohort: loaded.cohort, files: files, populations: populations, populationReport: population?.report,
                  positions: postcodes.map { PostcodePositions(postcodes: loaded.cohort.postcodes, lookup: $0.value) },
                  directory: directory)
    }

    /// `directory`, or the bundled ONS directory when it is `nil`.
    static func directory(_ directory: LocalAuthorityDirectory?) throws(DataError) -> LocalAuthorityDirectory {
        if let directory { return directory }
        return try ReferenceData.localAuthorityDirectory()
    }
}

extension ReturnSet {
    /// Reads return inputs with a loader that resolves authorities with `directory` (accepting a
    /// well-formed code it does not know) and places files that carry no authority or year in
    /// `context`; then warns, in the report of its first file, of each authority the directory
    /// does not know. The one way every entry point (paths, bytes, validation) reads returns.
    static func load(_ inputs: [ReturnInput], directory: LocalAuthorityDirectory, context: ReturnContext?,
                     unreadable: ReturnLoader.Unreadable, progress: WorkProgress.Handler? = nil,
                     threads: Int = IndicatorComputation.defaultThreads) throws(DataError) -> LoadedCohort {
        var loader = ReturnLoader(resolveAuthority: ReturnContext.resolver(directory), context: context)
        loader.progress = progress
        loader.threads = threads
        var loaded = try loader.read(inputs, contexts: [:], unreadable: unreadable)
        for (index, code) in loaded.cohort.authorities.enumerated() where directory[code] == nil {
            guard let first = loaded.cohort.returns.first(where: { $0.authority == index }),
                  let position = loaded.files.firstIndex(where: { $0.path == first.file }) else { continue }
            loaded.files[position].note(DataProblem(
                "the authority \(code) is not in the directory of local authorities (\(directory.count) known); its code is "
                    + "well formed, so its returns are read and it is named by its code",
                at: SourceLocation(file: first.file, line: 0), severity: .warning))
        }
        return loaded
    }
}
