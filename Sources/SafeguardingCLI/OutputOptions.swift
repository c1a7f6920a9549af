import ArgumentParser
import SafeguardingData

/// The output formats; `html` only where a command makes a report.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json, html
}

/// The options every subcommand takes: format, output file and timings.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, csv or json (report also html).")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Write the output to FILE instead of standard output (replaced in one step; never an "
                               + "input file or a file in an input folder).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Print the seconds spent reading and computing, and the peak memory, to standard error.")
    var timings = false

    @Flag(help: "Diagnostics: the summary line only, and only when the command fails.")
    var quiet = false

    @Flag(help: "Diagnostics: every one, not the first few of each kind.")
    var verbose = false

    /// The diagnostics' detail from `--quiet` and `--verbose`.
    var detail: DiagnosticDetail { quiet ? .quiet : verbose ? .verbose : .normal }

    /// Refuses `--quiet` with `--verbose`.
    func validate() throws {
        if quiet && verbose { throw ValidationError("give --quiet or --verbose, not both") }
    }

    /// Rejects `--format html` for a command that has no HTML report.
    func requireNoHTML() throws {
        if format == .html {
            throw ValidationError("--format html is only for 'report'; use text, csv or json")
        }
    }
}
