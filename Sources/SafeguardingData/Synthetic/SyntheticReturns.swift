/// A synthetic cohort generated in memory (``SyntheticCohort/generate()``): its returns and the
/// matching population and postcode files, each named as ``SyntheticCohort/write(to:progress:)`` would lay
/// it out relative to its folder.
@frozen
public struct SyntheticReturns: Sendable, Hashable {
    /// The SSDA903 returns: `<LA code>/<YYYY>/ssda903/{header,episodes,oc2,oc3,missing,previous_permanence,uasc,ad1,placed_for_adoption}.csv` (the last three when the return has any), or
    /// `<LA code>/<YYYY>/ssda903/ssda903_<YYYY>.xml`.
    public var ssda903: [DataFile]
    /// The CIN censuses: `<LA code>/<YYYY>/cin/cin_census_<YYYY>.xml`.
    public var cin: [DataFile]
    /// `population.csv`: `la_code,year,population_0_17`, the year an ONS mid-year.
    public var population: DataFile
    /// `postcodes.csv`: `postcode,easting,northing`.
    public var postcodes: DataFile
    /// How many files, bytes, episodes and referrals were generated.
    public var summary: SyntheticCohort.Summary

    /// Generated files from their parts.
    public init(ssda903: [DataFile], cin: [DataFile], population: DataFile, postcodes: DataFile,
                summary: SyntheticCohort.Summary) {
        self.ssda903 = ssda903
        self.cin = cin
        self.population = population
        self.postcodes = postcodes
        self.summary = summary
    }

    /// Every file: the returns, then the population and postcode files.
    public var files: [DataFile] { ssda903 + cin + [population, postcodes] }
}
