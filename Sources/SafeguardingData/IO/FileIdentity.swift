#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What makes a file the same file whatever its name: its device and inode numbers.
package struct FileIdentity: Sendable, Hashable {
    /// The device holding the file.
    var device: UInt64
    /// The file's number on that device.
    var inode: UInt64

    /// The identity in a `stat` result.
    init(_ status: stat) {
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
    }
}

extension FileIdentity {
    /// The identity of the file at `path` (following symbolic links), or `nil` when it cannot be
    /// examined.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
