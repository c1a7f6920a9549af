import ArgumentParser
import SafeguardingData

/// The input flags of the contract's `indicators` command, shared by `validate`: return files,
/// population and postcode files, authorities and a period.
struct InputOptions: ParsableArguments {
    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("SSDA903 return folders or files (CSV or XML); folders are searched recursively.",
                               valueName: "DIR"))
    var ssda903: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("CIN census XML files or folders.", valueName: "FILE"))
    var cin: [String] = []

    @Option(help: ArgumentHelp("A population file (ONS layout, or la_code,year,population_0_17).", valueName: "FILE"))
    var population: String?

    @Option(help: ArgumentHelp("A postcode file (postcode,easting,northing).", valueName: "FILE"))
    var postcodes: String?

    @Option(help: ArgumentHelp("A local authority (E-code or DfE number); repeatable. Default: all in the files.",
                               valueName: "CODE"))
    var la: [String] = []

    @Option(help: ArgumentHelp("A collection year (2025 = the year ending 31 March 2025).", valueName: "Y"))
    var year: Int?

    @Option(help: ArgumentHelp("A period, START..END (yyyy-mm-dd..yyyy-mm-dd).", valueName: "START..END"))
    var period: String?

    /// Stops when no input file is given (`indicators` asks for returns itself, and `--list` needs none).
    func requireInput() throws {
        if ssda903.isEmpty && cin.isEmpty && population == nil && postcodes == nil {
            throw ValidationError("give at least one input: --ssda903 DIR, --cin FILE, --population FILE or --postcodes FILE")
        }
    }

    func validate() throws {
        if year != nil && period != nil { throw ValidationError("give --year or --period, not both") }
        if let period, (try? ReportingPeriod(parsing: period)) == nil || !period.contains("..") {
            throw ValidationError("--period \(period): write START..END as yyyy-mm-dd..yyyy-mm-dd, the start not after the end")
        }
    }

    /// The period asked for: `--period`, the collection year `--year`, or `nil` for all.
    var reportingPeriod: ReportingPeriod? {
        if let period { return try? ReportingPeriod(parsing: period) }
        return year.map(ReportingPeriod.collectionYear)
    }
}
