import ArgumentParser
import Foundation

/// The `safeguarding-metrics` command-line tool: parses a command line, runs the subcommand and
/// returns the exit status of the contract (0 success, 1 invalid input data, 2 invalid usage).
public enum SafeguardingMetricsTool {
    /// The tool's version, as `--version` prints it: the one place it is written.
    public static let version = "0.17.0"

    /// Runs the tool on the process's streams with `arguments` (without the program name) and
    /// exits with its status.
    public static func exit(withArguments arguments: [String]) -> Never {
        unblockEndingSignals()
        Foundation.exit(run(arguments, console: .standard()))
    }

    /// Runs the tool with `arguments` on `console` and returns the exit status.
    static func run(_ arguments: [String], console: Console) -> Int32 {
        do {
            var command = try RootCommand.parseAsRoot(arguments)
            guard let runnable = command as? any ToolCommand else {
                // `help`, `--help` and the bare root: ArgumentParser reports them by throwing.
                try command.run()
                console.write(RootCommand.helpMessage() + "\n")
                return console.reportOutputFailure(status: 0)
            }
            console.detail = runnable.options.detail
            do {
                try runnable.refuseOutputOverInputs()
                try runnable.execute(on: console)
                return console.reportOutputFailure(status: 0)
            } catch {
                console.endProgress()
                console.diagnose("error: \(error.message)", always: true)
                return console.reportOutputFailure(status: error.exitCode)
            }
        } catch {
            let message = RootCommand.fullMessage(for: error)
            if RootCommand.exitCode(for: error).isSuccess {
                console.write(message.hasSuffix("\n") ? message : message + "\n")
                return console.reportOutputFailure(status: 0)
            }
            console.diagnose(message)
            return console.reportOutputFailure(status: ToolError.invalidUsage(message).exitCode)
        }
    }
}

/// A subcommand the tool can run on a console.
protocol ToolCommand: ParsableCommand {
    /// Does the command's work, writing its product and diagnostics to `console`.
    func execute(on console: Console) throws(ToolError)
    /// The format, `--output` and timings options.
    var options: OutputOptions { get }
    /// The files and folders the command reads, each with the option that named it: `--output`
    /// must never overwrite one or be written inside one (ToolCommand+Inputs.swift).
    var inputPaths: [(option: String, path: String)] { get }
    /// Files the command writes besides `--output`, each with its option; none may be an input
    /// either (a default of none is in ToolCommand+Inputs.swift).
    var otherOutputs: [(option: String, path: String)] { get }
}

extension ToolCommand {
    /// Runs on the process's streams (used only if ArgumentParser runs the command itself).
    func run() throws {
        do {
            try refuseOutputOverInputs()
            try execute(on: .standard())
        } catch {
            Console.standard().diagnose("error: \(error.message)")
            throw ExitCode(error.exitCode)
        }
    }
}

/// The root command: names the subcommands.
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safeguarding-metrics",
        abstract: "Children's social care outcome indicators, scorecards and comparisons, as the DfE publishes them.",
        discussion: """
            Every subcommand takes --format text|csv|json (report also html; report, indicators, \
            scorecard and compare also xlsx, an Excel workbook written to --output), writes to standard \
            output or --output FILE, writes diagnostics to standard error, and exits 0 on success, \
            1 on invalid input data and 2 on invalid usage. --timings prints seconds spent reading \
            and computing, and the peak memory, to standard error.

            Start with:  safeguarding-metrics report
            """,
        version: SafeguardingMetricsTool.version,
        subcommands: [ReportCommand.self, IndicatorsCommand.self, ScorecardCommand.self, CompareCommand.self, GenerateCommand.self,
                      ValidateCommand.self])
}
