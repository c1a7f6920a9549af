import SafeguardingMetrics

/// Returns loaded and ready to compute from: the cohort, the populations rates use, the postcode
/// positions distances use, a report for every file read, and the directory that names the
/// authorities.
///
/// This is the first step of the whole job (files or bytes → cohort → indicators → framework →
/// comparison → report): read it from paths or from bytes in memory (``DataFile``) with
/// `init(ssda903:cin:population:postcodes:directory:local:)`,
/// then ask it for an ``SafeguardingMetrics/IndicatorRequest`` or hand it to ``FrameworkActuals``.
///
/// Rejected rows do not stop a load: a return with a few bad rows still gives indicators for the
/// rest, and ``files`` says how many were left out and why.
///
/// ```swift
/// let returns = try ReturnSet(ssda903: ["data"], cin: ["data"], postcodes: "data/postcodes.csv")
/// let request = try returns.request(period: .collectionYear(2025), authorities: ["E06000009"])
/// let results = try IndicatorComputation(request).compute()
/// ```
public struct ReturnSet: Sendable {
    /// The cohort built from every return.
    public var cohort: Cohort
    /// One report per return file read, then the postcode file's, in the order read.
    public var files: [FileReport]
    /// The populations of children aged 0-17 (a file given, or the bundled ONS estimates).
    public var populations: PopulationTable
    /// The report of the population file, when one was read (`nil` for the bundled estimates).
    public var populationReport: FileReport?
    /// The positions of the cohort's postcodes, when a postcode file was read.
    public var positions: PostcodePositions?
    /// The directory that resolves and names authorities.
    public var directory: LocalAuthorityDirectory

    /// Creates a set from its parts.
    public init(cohort: Cohort, files: [FileReport], populations: PopulationTable, populationReport: FileReport? = nil,
                positions: PostcodePositions? = nil, directory: LocalAuthorityDirectory) {
        self.cohort = cohort
        self.files = files
        self.populations = populations
        self.populationReport = populationReport
        self.positions = positions
        self.directory = directory
    }

    /// The name of an authority's code in the directory, or the code.
    public func name(of code: String) -> String { directory[code]?.name ?? code }

    /// The authorities as a list for a sentence: `Blackpool (E06000009), Sandwell (E08000028)`.
    public func describe(_ codes: [String]) -> String {
        codes.map { code in directory[code].map { "\($0.name) (\(code))" } ?? code }.joined(separator: ", ")
    }

    /// How many rows were rejected over every file, and the files that rejected any.
    public var rejectedRows: (count: Int, files: [FileReport]) {
        (files.reduce(0) { $0 + $1.rowsRejected }, files.filter { $0.rowsRejected > 0 })
    }

    /// The files with warnings.
    public var filesWithWarnings: [FileReport] { files.filter { !$0.warnings.isEmpty } }
}
