extension ReturnLoader {
    /// Reads returns held in memory and builds the cohort, exactly as ``load(ssda903:cin:contexts:local:)``
    /// reads files, by the same function: in sorted name order, a name given twice read once, two
    /// files of the same table of one return not merged (the first by name is read), the cohort
    /// build's problems in the files' reports. SSDA903 files are XML when their name ends in `.xml` and CSV otherwise; each
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
        try read(ssda903.map { ReturnInput(.bytes($0), kind: .ssda903) } + cin.map { ReturnInput(.bytes($0), kind: .cin) },
                 contexts: contexts, unreadable: .stop)
    }
}
