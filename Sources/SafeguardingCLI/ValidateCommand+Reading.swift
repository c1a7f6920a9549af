import Foundation
import SafeguardingData

extension ValidateCommand {
    /// What a return file holds, by where it was given and its extension.
    enum FileKind { case ssda903CSV, ssda903XML, cin }

    /// The files under `path` (itself when it is a file) with one of `extensions`, sorted, and a
    /// report for each entry of a folder skipped as not a regular file.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the path does not exist, a folder holds no
    ///   such file, or a folder cannot be read.
    static func files(under path: String, extensions: Set<String>,
                      what: String) throws(ToolError) -> (files: [String], skipped: [FileReport]) {
        do { return try ReturnLoader.listing(under: path, extensions: extensions, what: what) } catch { throw .data(error) }
    }

    /// One return file's report; a file that cannot be read at all is a report with one error.
    static func read(_ path: String, kind: FileKind, context: ReturnContext?, resolve: @escaping @Sendable (String) -> String?,
                     into builder: inout CohortBuilder) -> FileReport {
        do {
            switch kind {
            case .ssda903CSV:
                return try SSDA903CSVReader(resolveAuthority: resolve).read(file: path, context: context, into: &builder)
            case .ssda903XML:
                return try SSDA903XMLReader().read(file: path, context: context, into: &builder)
            case .cin:
                return try CINCensusReader(resolveAuthority: resolve).read(file: path, context: context, into: &builder)
            }
        } catch {
            return unreadable(path, error)
        }
    }

    /// The report of a file that could not be read: no rows, one error saying why.
    static func unreadable(_ path: String, _ error: DataError) -> FileReport {
        FileReport(unreadable: path, error)
    }

    /// The population file's report, with an error for each authority that has no population
    /// for the period asked for.
    static func readPopulation(_ path: String, directory: LocalAuthorityDirectory, period: ReportingPeriod?,
                               authorities: Set<String>) -> FileReport {
        let result: ReadResult<PopulationTable>
        do { result = try PopulationTable.read(path: path, directory: directory) } catch { return unreadable(path, error) }
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
