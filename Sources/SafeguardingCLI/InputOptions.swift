import ArgumentParser
import SafeguardingData

/// The input flags of the contract's `indicators` command, shared by `validate`: return files,
/// population and postcode files, authorities and a period.
struct InputOptions: ParsableArguments {
    @OptionGroup var files: ReturnOptions
    @OptionGroup var selection: SelectionOptions

    /// Stops when no input file is given (`indicators` asks for returns itself, and `--list` needs none).
    func requireInput() throws {
        if !files.hasInputs {
            throw ValidationError("give at least one input: --ssda903 DIR, --cin FILE, --population FILE or --postcodes FILE")
        }
    }

    // The flags by their names, for the commands that read them.
    var ssda903: [String] { files.ssda903 }
    var cin: [String] { files.cin }
    var population: String? { files.population }
    var postcodes: String? { files.postcodes }
    var la: [String] { selection.la }
    var year: Int? { selection.year }
    /// The period asked for: `--period`, the collection year `--year`, or `nil` for all.
    var reportingPeriod: ReportingPeriod? { selection.reportingPeriod }
}
