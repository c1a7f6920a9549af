import Foundation
@testable import SafeguardingCLI

/// Runs the tool in process on a captured console: status, standard output, standard error.
func runTool(_ arguments: [String], terminal: Bool = false) -> (status: Int32, output: String, errors: String, progress: [String]) {
    let console = Console.captured(errorIsTerminal: terminal)
    let status = SafeguardingMetricsTool.run(arguments, console: console)
    return (status, console.standardOutput, console.standardError, console.progressLines)
}
