import Foundation
import SafeguardingData

/// Return files loaded into a cohort, with the populations and postcode positions the indicators
/// need: what `indicators` and `report` compute from.
///
/// Problems are reported on stderr as a summary (rejected rows, files with warnings); `validate`
/// lists every one. Rejected rows do not stop the computation: a return with a few bad rows
/// still gives indicators for the rest, and the summary says how many were left out.
struct CohortInputs {
    /// The cohort built from every return file.
    var cohort: Cohort
    /// One report per file read.
    var files: [FileReport]
    /// The populations of children aged 0-17 (the file given, or the bundled ONS estimates).
    var populations: PopulationTable
    /// The postcode positions of the cohort's postcodes, when a postcode file was given.
    var positions: PostcodePositions?
    /// The bundled ONS directory of authorities.
    var directory: LocalAuthorityDirectory

    /// Reads the SSDA903 and CIN paths, the population file (default: bundled ONS) and the
    /// postcode file; `quiet` leaves out the summary of problems (for the demonstration's own files).
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when a path does not exist, holds no return files,
    ///   a file cannot be placed (no `LA`/`YEAR` columns and no `<LA code>/<YYYY>/` folders) or read.
    init(ssda903: [String], cin: [String], population: String?, postcodes: String?,
         console: Console, stopwatch: inout Stopwatch, quiet: Bool = false) throws(ToolError) {
        let directory = try Reference.directory()
        self.directory = directory
        var ssda903Files: [String] = [], cinFiles: [String] = []
        for path in ssda903 {
            ssda903Files += try CohortInputs.files(under: path, extensions: ["csv", "xml"], what: "SSDA903", folder: "ssda903")
        }
        for path in cin {
            cinFiles += try CohortInputs.files(under: path, extensions: ["xml"], what: "CIN census", folder: "cin")
        }
        do throws(DataError) {
            console.progress("reading returns…")
            let loaded = try stopwatch.measure(.reading) { () throws(DataError) in
                try ReturnLoader(resolveAuthority: ReturnContext.resolver(directory)).load(ssda903: ssda903Files, cin: cinFiles)
            }
            console.endProgress()
            cohort = loaded.cohort
            files = loaded.files
            populations = try stopwatch.measure(.reading) { () throws(DataError) in
                if let population {
                    let result = try PopulationTable.read(path: population, directory: directory)
                    CohortInputs.diagnoseProblems(of: result.report, on: console)
                    return result.value
                }
                return try ReferenceData.populationEstimates(directory: directory)
            }
            if let postcodes {
                let lookup = try stopwatch.measure(.reading) { () throws(DataError) in try PostcodeLookup.read(path: postcodes) }
                files.append(lookup.report)
                positions = PostcodePositions(postcodes: loaded.cohort.postcodes, lookup: lookup.value)
            } else {
                positions = nil
            }
        } catch {
            console.endProgress()
            throw .data(error)
        }
        if !quiet { reportProblems(to: console) }
    }

    /// The return files under `path` (itself when it is a file). When some of them lie in folders
    /// named `folder` (the layout `generate` writes, `<LA code>/<YYYY>/ssda903/…` and
    /// `<LA code>/<YYYY>/cin/…`), only those: so a dataset's root, an authority's folder or a
    /// year's folder can be given to both `--ssda903` and `--cin`.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the path does not exist or holds no such file.
    static func files(under path: String, extensions: Set<String>, what: String, folder: String) throws(ToolError) -> [String] {
        let found = try ValidateCommand.files(under: path, extensions: extensions, what: what)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let inFolder = found.filter { file in
            file.hasPrefix(prefix) && file.dropFirst(prefix.count).split(separator: "/").dropLast().contains { $0 == folder }
        }
        return inFolder.isEmpty ? found : inFolder
    }

    /// Writes the first five problems of a population file (rejected rows and warnings, each with
    /// its file, line and column) to stderr.
    static func diagnoseProblems(of report: FileReport, on console: Console) {
        report.problems.filter { $0.severity >= .warning }.prefix(5).forEach { console.diagnose($0.description) }
    }

    /// Writes a one-line summary of rejected rows and warnings to stderr, if there are any.
    func reportProblems(to console: Console) {
        let rejected = files.reduce(0) { $0 + $1.rowsRejected }
        let withWarnings = files.filter { !$0.warnings.isEmpty }.count
        if rejected > 0 {
            let failing = files.filter { $0.rowsRejected > 0 }
            let where_ = failing.count == 1 ? failing[0].path : "\(failing.count) files"
            console.diagnose("warning: \(rejected) row\(rejected == 1 ? "" : "s") in \(where_) could not be read and "
                + "are left out; run 'safeguarding-metrics validate' with the same inputs to see each one")
        } else if withWarnings > 0 {
            console.diagnose("note: \(withWarnings) file\(withWarnings == 1 ? " has" : "s have") warnings; "
                + "'safeguarding-metrics validate' lists them")
        }
    }

    /// The cohort indices of the authorities named on the command line (E-codes, DfE numbers or
    /// names), in the order given; every authority in the data when none is named.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` for a code no authority has;
    ///   ``ToolError/invalidData(_:)`` for an authority the files do not cover, naming it and
    ///   the authorities they do cover.
    func areas(_ codes: [String]) throws(ToolError) -> [UInt16] {
        guard !cohort.authorities.isEmpty else {
            throw .invalidData("the input files hold no records, so there is no authority to compute for")
        }
        if codes.isEmpty { return (0..<UInt16(cohort.authorities.count)).map { $0 } }
        var areas: [UInt16] = []
        for code in codes {
            let authority = try Reference.authority(code, in: directory)
            guard let index = cohort.authorities.firstIndex(of: authority.code) else {
                throw .invalidData("--la \(code): \(authority.name) (\(authority.code)) is not in the input files; "
                    + "they hold " + describe(cohort.authorities))
            }
            if !areas.contains(UInt16(index)) { areas.append(UInt16(index)) }
        }
        return areas
    }

    /// `Blackpool (E06000009), Sandwell (E08000028)`.
    func describe(_ codes: [String]) -> String {
        codes.map { code in directory[code].map { "\($0.name) (\(code))" } ?? code }.joined(separator: ", ")
    }

    /// The name of an authority's code, or the code.
    func name(of code: String) -> String { directory[code]?.name ?? code }

    /// The collection years with returns of `source` for the authority at `area`.
    func collectionYears(of area: UInt16, source: IndicatorSource) -> Set<Int> {
        Set(cohort.returns.filter { $0.authority == area && $0.source == source }.map(\.collectionYear))
    }

    /// The latest collection year with any return for the areas.
    func latestCollectionYear(of areas: [UInt16]) -> Int? {
        cohort.returns.filter { areas.contains($0.authority) }.map(\.collectionYear).max()
    }

    /// Whether the returns of `source` for `area` cover `period`: every collection year it touches
    /// for a flow measure, the year containing its end for a snapshot.
    func covers(_ period: ReportingPeriod, area: UInt16, source: IndicatorSource, kind: MeasureKind) -> Bool {
        let years = collectionYears(of: area, source: source)
        let first = kind == .snapshot ? period.collectionYearOfEnd : ReportingPeriod.collectionYear(containing: period.start)
        return (first...period.collectionYearOfEnd).allSatisfy(years.contains)
    }
}
