#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that it holds either its previous content or the whole new content, never a
/// part: a full disk, an I/O error or an interrupted run leaves the previous file as it was.
///
/// A regular file (or a path that does not exist yet) is written to a temporary file beside it,
/// created owner-only (`0600`) with a name no other file has, flushed to the device (`fsync`)
/// and renamed over the target, which replaces it in one step; the folder is then flushed too.
/// When anything fails, the temporary file is removed and the target is untouched. A file that
/// is replaced keeps its permission bits; a new file is owner-only (`0600`), since reports made
/// from child-level returns should be shared on purpose, not by default. A symbolic link is
/// followed: the file it names is replaced, and the link stays.
///
/// Special files cannot be replaced and are written directly: `/dev/null`, a terminal, a pipe or
/// FIFO (opening a FIFO waits for a reader, as a shell's `>` does). A folder is refused.
///
/// ```swift
/// let writer = AtomicFileWriter(path: "reports/board.html")
/// try writer.write(html)   // reports/board.html is the old report or the new one, never half
/// ```
public struct AtomicFileWriter: Sendable {
    /// The file to write.
    public var path: String
    /// Whether to flush the file and its folder to the storage device before and after the
    /// rename (default `true`): without it a power cut soon after can still lose the new file.
    public var synchronises: Bool
    /// Whether the temporary file is removed if the process receives `SIGINT`, `SIGTERM` or
    /// `SIGHUP` while writing (default `false`: a library does not take over a process's signals
    /// unless asked; a command-line tool should ask).
    public var removesTemporaryFileOnTermination: Bool

    /// Creates a writer for `path`.
    public init(path: String, synchronises: Bool = true, removesTemporaryFileOnTermination: Bool = false) {
        self.path = path
        self.synchronises = synchronises
        self.removesTemporaryFileOnTermination = removesTemporaryFileOnTermination
    }

    /// Writes the UTF-8 bytes of `text`.
    ///
    /// - Throws: ``FileWriteError``; the file at ``path`` is then as it was.
    public func write(_ text: String) throws(FileWriteError) {
        var text = text
        var failure: FileWriteError?
        text.withUTF8 { bytes in
            do throws(FileWriteError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes `bytes`.
    ///
    /// - Throws: ``FileWriteError``; the file at ``path`` is then as it was.
    public func write(_ bytes: [UInt8]) throws(FileWriteError) {
        var failure: FileWriteError?
        bytes.withUnsafeBytes { raw in
            do throws(FileWriteError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes the bytes in `bytes`.
    ///
    /// - Throws: ``FileWriteError``; the file at ``path`` is then as it was.
    /// - Complexity: O(n) in the number of bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(FileWriteError) {
        let target = AtomicFileWriter.resolvingLink(path)
        var status = stat()
        if stat(target, &status) == 0 {
            switch Int(status.st_mode) & AtomicFileWriter.typeMask {
            case AtomicFileWriter.folderType: throw FileWriteError(path: path, step: .create, code: EISDIR)
            case AtomicFileWriter.regularType: try replace(target, with: bytes, mode: mode_t(Int(status.st_mode) & 0o7777))
            default: try writeDirectly(to: target, bytes)
            }
        } else if errno == ENOENT {
            try replace(target, with: bytes, mode: nil)
        } else {
            throw FileWriteError(path: path, step: .create, code: errno)
        }
    }

    // MARK: Steps

    /// Writes a special file (a device, a pipe) in place.
    private func writeDirectly(to target: String, _ bytes: UnsafeRawBufferPointer) throws(FileWriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileWriteError(path: path, step: .create, code: errno) }
        let failure = FileDescriptorOutput.writeAll(descriptor, bytes)
        close(descriptor)
        if failure != 0 { throw FileWriteError(path: path, step: .write, code: failure) }
    }

    /// Writes a temporary file beside `target` and renames it over `target`.
    private func replace(_ target: String, with bytes: UnsafeRawBufferPointer, mode: mode_t?) throws(FileWriteError) {
        let (folder, name) = AtomicFileWriter.split(target)
        var temporary = ""
        var descriptor: Int32 = -1
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let suffix = String(generator.next() as UInt64, radix: 36)
            temporary = "\(folder)/.\(name.utf8.count > 200 ? String(name.prefix(60)) : name).\(suffix).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw FileWriteError(path: path, step: .create, code: errno) }
        let token = removesTemporaryFileOnTermination ? TerminationCleanup.shared.register(temporary) : nil
        defer { if let token { TerminationCleanup.shared.unregister(token) } }

        func fail(_ step: FileWriteError.Step, _ code: Int32, closing: Bool) -> FileWriteError {
            if closing { close(descriptor) }
            unlink(temporary)
            return FileWriteError(path: path, step: step, code: code)
        }
        let failure = FileDescriptorOutput.writeAll(descriptor, bytes)
        if failure != 0 { throw fail(.write, failure, closing: true) }
        if let mode, fchmod(descriptor, mode) != 0 { throw fail(.write, errno, closing: true) }
        if synchronises, fsync(descriptor) != 0 { throw fail(.synchronise, errno, closing: true) }
        // A failed close can report a write error deferred by the file system (NFS); EINTR still closes.
        if close(descriptor) != 0, errno != EINTR { throw fail(.synchronise, errno, closing: false) }
        if rename(temporary, target) != 0 { throw fail(.replace, errno, closing: false) }
        if synchronises {
            let directory = open(folder, O_RDONLY | O_CLOEXEC)
            if directory >= 0 {
                // The rename is done; a folder that cannot be flushed (some file systems) is not an error.
                _ = fsync(directory)
                close(directory)
            }
        }
    }

    // MARK: Paths

    static let typeMask = 0o170000
    static let folderType = 0o040000
    static let regularType = 0o100000

    /// The file a symbolic link names (resolved fully), or `path` itself.
    static func resolvingLink(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, Int(status.st_mode) & typeMask == 0o120000,
              let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder (`.` when none is written) and the last component of `path`.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}
