import SafeguardingData

/// Why a command stopped, and so the exit status: 1 for input data that cannot be used (or output
/// that could not be written), 2 for a command line that cannot be (DESIGN.md, "Command-line
/// contract").
///
/// Every message says what to do about it; the tool prints it as `error: …` on stderr, never a
/// stack trace.
enum ToolError: Error, Equatable {
    /// The input files or data are invalid or do not hold what was asked for (exit 1).
    case invalidData(String)
    /// The command line is wrong: an unknown option value, a file that cannot be written (exit 2).
    case invalidUsage(String)
    /// The product could not be written once begun: standard output or `--output` failed (a full
    /// disk, an I/O error). Exit 1, as for data: the command line itself was valid.
    case outputFailed(String)

    /// The process exit status.
    var exitCode: Int32 {
        switch self {
        case .invalidData, .outputFailed: 1
        case .invalidUsage: 2
        }
    }

    /// The message for stderr.
    var message: String {
        switch self {
        case .invalidData(let text), .invalidUsage(let text), .outputFailed(let text): text
        }
    }

    /// A file that cannot be read, or whose content stops it loading.
    static func data(_ error: DataError) -> ToolError {
        .invalidData(error.location.line > 0 ? error.description : "\(error.location.file): \(error.reason)")
    }
}
