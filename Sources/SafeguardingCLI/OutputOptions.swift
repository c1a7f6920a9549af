import ArgumentParser
import SafeguardingData

/// The output formats; `html` only where a command makes a report, `xlsx` (an Excel workbook,
/// written to `--output FILE`) where it makes tables.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json, html, xlsx
}

/// The options every subcommand takes: format, output file and timings.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, csv or json (report also html; report, indicators, scorecard and compare also xlsx).")
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

    /// Refuses `--quiet` with `--verbose`, and `--format xlsx` without `--output FILE`: a workbook
    /// is a file, not text for a terminal.
    func validate() throws {
        if quiet && verbose { throw ValidationError("give --quiet or --verbose, not both") }
        if format == .xlsx && output == nil {
            throw ValidationError("--format xlsx writes an Excel workbook: give --output FILE.xlsx")
        }
    }

    /// Rejects `--format xlsx` for a command that makes no tables.
    func requireNoWorkbook() throws {
        if format == .xlsx {
            throw ValidationError("--format xlsx is only for 'report', 'indicators', 'scorecard' and 'compare'; use text, csv or json")
        }
    }

    /// Rejects `--format html` for a command that has no HTML report.
    func requireNoHTML() throws {
        if format == .html {
            throw ValidationError("--format html is only for 'report'; use text, csv or json")
        }
    }
}
