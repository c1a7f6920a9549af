import ArgumentParser
import SafeguardingData

/// The authorities and the period a command selects: declared once, and `--period` parsed once,
/// for `indicators`, `validate` and `report`.
struct SelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A local authority (E-code, DfE number or name); repeatable where a command takes "
                               + "several. Default: all in the files.", valueName: "CODE"))
    var la: [String] = []

    @Option(help: ArgumentHelp("A collection year (2025 = the year ending 31 March 2025).", valueName: "Y"))
    var year: Int?

    @Option(help: ArgumentHelp("A period, START..END (yyyy-mm-dd..yyyy-mm-dd).", valueName: "START..END"),
            transform: SelectionOptions.period)
    var period: ReportingPeriod?

    func validate() throws {
        if year != nil && period != nil { throw ValidationError("give --year or --period, not both") }
    }

    /// The period asked for: `--period`, the collection year `--year`, or `nil` for none.
    var reportingPeriod: ReportingPeriod? {
        period ?? year.map(ReportingPeriod.collectionYear)
    }

    /// Parses `--period START..END`.
    static func period(_ text: String) throws -> ReportingPeriod {
        guard text.contains(".."), let period = try? ReportingPeriod(parsing: text) else {
            throw ValidationError("write START..END as yyyy-mm-dd..yyyy-mm-dd, the start not after the end")
        }
        return period
    }

    /// The authority and collection year of return files that carry none (no `LA`/`YEAR` columns
    /// or header, no `…/<LA code>/<YYYY>/…` folders): the single `--la` with `--year`, as DESIGN.md
    /// says for every command that reads returns; `nil` unless exactly one `--la` and a `--year`
    /// are given.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` for an `--la` that is neither in the directory nor
    ///   a well-formed code.
    func fileContext(in directory: LocalAuthorityDirectory) throws(ToolError) -> ReturnContext? {
        guard la.count == 1, let year else { return nil }
        return ReturnContext(authority: try Reference.code(la[0], in: directory), collectionYear: year)
    }
}
