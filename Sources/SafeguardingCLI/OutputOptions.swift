import ArgumentParser

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

    /// Rejects `--format html` for a command that has no HTML report.
    func requireNoHTML() throws {
        if format == .html {
            throw ValidationError("--format html is only for 'report'; use text, csv or json")
        }
    }
}
