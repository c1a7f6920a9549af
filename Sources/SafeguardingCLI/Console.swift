import Foundation
import SafeguardingData

/// Where a command writes: its product (stdout or `--output FILE`) and its diagnostics (stderr).
///
/// The tool writes through a console so that tests can run a command in process and read what it
/// printed. A captured console keeps both streams in memory; the standard one writes to the
/// process's stdout and stderr as it goes.
final class Console {
    /// Text written to standard output, when captured.
    private(set) var standardOutput = ""
    /// Text written to standard error, when captured.
    private(set) var standardError = ""
    /// Whether the streams are kept in memory rather than written out.
    let captures: Bool
    /// Whether standard error is a terminal, so progress lines can be shown.
    let errorIsTerminal: Bool

    /// A console on the process's streams.
    static func standard() -> Console {
        Console(captures: false, errorIsTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// A console that keeps what is written, for tests; `errorIsTerminal` makes it behave as a
    /// terminal would for progress lines, which it keeps in ``progressLines``.
    static func captured(errorIsTerminal: Bool = false) -> Console {
        Console(captures: true, errorIsTerminal: errorIsTerminal)
    }

    /// The progress lines shown, when captured on a console that behaves as a terminal.
    let progressLog = ProgressLog()

    /// The progress lines shown, when captured on a console that behaves as a terminal.
    var progressLines: [String] { progressLog.lines }

    private init(captures: Bool, errorIsTerminal: Bool) {
        self.captures = captures
        self.errorIsTerminal = errorIsTerminal
    }

    /// Why standard output could not be written (a full disk, an I/O error), once it has failed;
    /// later output is dropped. A closed pipe ends the process quietly instead
    /// (``Console/writeOrEndQuietly(_:to:)``).
    private(set) var outputFailure: Int32?

    /// Writes text to standard output.
    func write(_ text: String) {
        if captures { standardOutput += text; return }
        guard outputFailure == nil else { return }
        let failure = Console.writeOrEndQuietly(text, to: STDOUT_FILENO)
        if failure != 0 { outputFailure = failure }
    }

    /// How much diagnostics to show (`--quiet`, `--verbose`); quiet drops every line but errors.
    var detail: DiagnosticDetail = .normal

    /// Writes one line of diagnostics to standard error; under `--quiet` only when `always` (an
    /// error the command ends with).
    func diagnose(_ line: String, always: Bool = false) {
        guard always || detail != .quiet else { return }
        let text = line.hasSuffix("\n") ? line : line + "\n"
        if captures { standardError += text } else { Console.writeOrEndQuietly(text, to: STDERR_FILENO) }
    }

    /// Writes a list of diagnostics at the detail asked for: the summary first, then each kind
    /// with its count (``Diagnostics/lines(_:)``); under `--quiet`, the summary only when the
    /// command is `failing`, nothing on success.
    func report(_ diagnostics: Diagnostics, failing: Bool) {
        guard detail != .quiet || failing else { return }
        diagnostics.lines(detail).forEach { diagnose($0, always: true) }
    }

    /// Shows a progress line on a terminal (overwritten by the next one); nothing otherwise.
    func progress(_ line: String) {
        guard errorIsTerminal else { return }
        if captures { progressLog.append(line); return }
        Console.writeOrEndQuietly("\r\u{1B}[K\(line)", to: STDERR_FILENO)
    }

    /// Clears the progress line, if one is shown.
    func endProgress() {
        guard errorIsTerminal, !captures else { return }
        Console.writeOrEndQuietly("\r\u{1B}[K", to: STDERR_FILENO)
    }

    /// Writes a command's product to `path`, or to standard output when `path` is `nil`.
    ///
    /// The file is replaced atomically (``AtomicFileWriter``): a failed write leaves the previous
    /// file as it was and no partial or temporary file.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` when the file cannot be created (no such folder,
    ///   no permission, a folder of that name); ``ToolError/outputFailed(_:)`` when writing it fails.
    func deliver(_ product: String, to path: String?) throws(ToolError) {
        guard let path else { write(product); return }
        do throws(FileWriteError) {
            try AtomicFileWriter(path: path, removesTemporaryFileOnTermination: true).write(product)
        } catch {
            let message = "cannot write --output \(path): \(error.reason)"
                + (error.step == .create ? "" : "; a previous file of that name is unchanged")
            throw error.step == .create ? .invalidUsage(message) : .outputFailed(message)
        }
        diagnose("wrote \(path)")
    }
}
