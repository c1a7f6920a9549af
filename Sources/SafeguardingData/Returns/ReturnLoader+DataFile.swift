extension ReturnLoader {
    /// Reads returns held in memory and builds the cohort, exactly as ``load(ssda903:cin:contexts:local:)``
    /// reads files: SSDA903 files are XML when their name ends in `.xml` and CSV otherwise; each
    /// file's name stands in for its path, in reports and locations and for the
    /// `…/<LA code>/<YYYY>/…` layout that places a return with no `LA` and `YEAR` columns.
    ///
    /// ```swift
    /// let generated = try SyntheticCohort(authorities: authorities, years: 2024...2025).generate()
    /// let loaded = try ReturnLoader().load(ssda903: generated.ssda903, cin: generated.cin)
    /// ```
    /// - Parameters:
    ///   - ssda903: SSDA903 files, CSV tables or XML returns.
    ///   - cin: CIN census files.
    ///   - contexts: the authority and year of files, by name, for files that do not say.
    /// - Throws: ``DataError`` when a file is not a return of its kind or cannot be placed.
    /// - Complexity: O(n) in the bytes read, plus building the cohort.
    public func load(ssda903: [DataFile], cin: [DataFile] = [],
                     contexts: [String: ReturnContext] = [:]) throws(DataError) -> LoadedCohort {
        var builder = CohortBuilder()
        var reports: [FileReport] = []
        let csvReader = SSDA903CSVReader(resolveAuthority: resolveAuthority, limits: limits)
        let xmlReader = SSDA903XMLReader(limits: limits)
        for file in ssda903 {
            let context = contexts[file.name] ?? ReturnContext(path: file.name, resolve: resolveAuthority)
            if file.fileExtension == "xml" {
                reports.append(try xmlReader.read(file, context: context, into: &builder))
            } else {
                reports.append(try csvReader.read(file, context: context, into: &builder))
            }
        }
        let cinReader = CINCensusReader(resolveAuthority: resolveAuthority, limits: limits)
        for file in cin {
            let context = contexts[file.name] ?? ReturnContext(path: file.name, resolve: resolveAuthority)
            reports.append(try cinReader.read(file, context: context, into: &builder))
        }
        return LoadedCohort(cohort: builder.build(), files: reports)
    }
}
