import Foundation

/// The `safeguarding-metrics` executable this build made, run as a separate process, for what an
/// in-process run cannot show: its real standard streams, its exit status and its signals.
enum BuiltTool {
    /// The executable beside the test bundle in the build products folder (`.build/<triple>/debug`),
    /// or `nil` when it has not been built.
    static let path: String? = {
        var folders: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        return folders.map { $0.appendingPathComponent("safeguarding-metrics").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// How a separate run ended.
    struct Ending {
        var reason: Process.TerminationReason
        var status: Int32
        var errors: String
    }

    /// Runs `executable` with `arguments`, standard output going to `output` (a file handle or a
    /// pipe), and returns how it ended and what it wrote to standard error.
    static func run(_ executable: String, _ arguments: [String], output: Any, environment: [String: String] = [:]) throws -> Ending {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Ending(reason: process.terminationReason, status: process.terminationStatus, errors: text)
    }
}
