#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be written: which file, at which step, and the system's reason.
///
/// The step tells a caller whether the path itself is unusable (``Step/create``: no such folder,
/// no permission, a folder in its place) or the writing failed once begun (a full disk, an I/O
/// error, a closed pipe). Whatever the step, a file written by ``AtomicFileWriter`` is left as it
/// was before the write.
///
/// ```swift
/// do {
///     try AtomicFileWriter(path: "board.html").write(html)
/// } catch {
///     print(error)   // board.html: cannot write: No space left on device
/// }
/// ```
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The steps of a write that can fail.
    public enum Step: String, Sendable, Hashable, CaseIterable {
        /// Creating or opening the file (or its temporary file beside it).
        case create
        /// Writing the bytes.
        case write
        /// Flushing the bytes to the storage device, or closing the file.
        case synchronise
        /// Putting the finished file in place of the old one.
        case replace
    }

    /// The path the caller asked to write.
    public var path: String
    /// The step that failed.
    public var step: Step
    /// The system error number (`errno`), such as `ENOSPC` for a full disk.
    public var code: Int32

    /// Creates an error for `path`.
    public init(path: String, step: Step, code: Int32) {
        self.path = path
        self.step = step
        self.code = code
    }

    /// The system's words for ``code``, such as "No space left on device".
    public var reason: String { String(cString: strerror(code)) }

    /// `path: cannot <step>: reason`.
    public var description: String {
        let verb: String
        switch step {
        case .create: verb = "create"
        case .write: verb = "write"
        case .synchronise: verb = "flush to disk"
        case .replace: verb = "replace"
        }
        return "\(path): cannot \(verb): \(reason)"
    }
}
