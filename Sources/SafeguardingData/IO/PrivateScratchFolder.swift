#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A temporary folder only its owner can open, removed with everything in it when the work is done,
/// when the value is released, and when the process is interrupted or terminated.
///
/// For staging child-level files that must not be left behind or be readable by other users of
/// the machine: the folder is created with `mkdtemp(3)`, owner-only (`0700`), under `$TMPDIR`
/// (or `/tmp`) unless a parent folder is given. With `removeOnTermination` (the default), a
/// `SIGINT`, `SIGTERM` or `SIGHUP` removes the folder and then ends the process as the signal
/// would have; the signals' previous actions are restored once no scratch folder or atomic write
/// is pending.
///
/// Files created inside take the process's file-creation mask like any other; the folder's mode
/// keeps them from other users whatever their own mode. A command-line tool that wants the files
/// themselves owner-only too can set `umask(0o077)` while it writes them.
///
/// ```swift
/// let scratch = try PrivateScratchFolder(prefix: "demo")
/// defer { scratch.remove() }
/// try cohort.write(to: scratch.path)
/// ```
public final class PrivateScratchFolder: Sendable {
    /// The folder's absolute path.
    public let path: String
    private let token: UInt64?

    /// Creates a new, empty, owner-only folder named `<prefix>-XXXXXX` in `parent` (default: the
    /// `TMPDIR` environment variable, else `/tmp`).
    ///
    /// - Parameters:
    ///   - prefix: the start of the folder's name.
    ///   - parent: the folder to create it in; `TMPDIR`, else `/tmp`, when `nil`.
    ///   - removeOnTermination: also remove the folder when the process receives
    ///     `SIGINT`, `SIGTERM` or `SIGHUP` (and then end the process as the signal would have).
    /// - Throws: ``FileWriteError`` (step ``FileWriteError/Step/create``) when the folder cannot be
    ///   created.
    public init(prefix: String, in parent: String? = nil, removeOnTermination: Bool = true) throws(FileWriteError) {
        let base = parent ?? PrivateScratchFolder.temporaryDirectory
        var template = Array((base.hasSuffix("/") ? base : base + "/").utf8CString.dropLast())
        template += Array("\(prefix)-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
        guard let created else {
            throw FileWriteError(path: base + "/" + prefix, step: .create, code: errno)
        }
        // mkdtemp gives 0700 whatever the umask; say so again in case a platform does not.
        chmod(created, 0o700)
        path = created
        token = removeOnTermination ? TerminationCleanup.shared.register(created) : nil
    }

    /// Removes the folder and everything in it; later calls find nothing to remove.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
        if let token { TerminationCleanup.shared.unregister(token) }
    }

    deinit { remove() }

    /// `$TMPDIR` when set and not empty, else `/tmp`.
    static var temporaryDirectory: String {
        if let value = getenv("TMPDIR").map({ String(cString: $0) }), !value.isEmpty { return value }
        return "/tmp"
    }
}
