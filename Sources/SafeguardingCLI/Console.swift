import Foundation

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

    /// A console that keeps what is written, for tests.
    static func captured() -> Console {
        Console(captures: true, errorIsTerminal: false)
    }

    private init(captures: Bool, errorIsTerminal: Bool) {
        self.captures = captures
        self.errorIsTerminal = errorIsTerminal
    }

    /// Writes text to standard output.
    func write(_ text: String) {
        if captures { standardOutput += text } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    /// Writes one line of diagnostics to standard error.
    func diagnose(_ line: String) {
        let text = line.hasSuffix("\n") ? line : line + "\n"
        if captures { standardError += text } else { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// Shows a progress line on a terminal (overwritten by the next one); nothing otherwise.
    func progress(_ line: String) {
        guard errorIsTerminal, !captures else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Clears the progress line, if one is shown.
    func endProgress() {
        guard errorIsTerminal, !captures else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Writes a command's product to `path`, or to standard output when `path` is `nil`.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` when the file cannot be written.
    func deliver(_ product: String, to path: String?) throws(ToolError) {
        guard let path else { write(product); return }
        do {
            try Data(product.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .invalidUsage("cannot write --output \(path): \(error.localizedDescription)")
        }
        diagnose("wrote \(path)")
    }
}
