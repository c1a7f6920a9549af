#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to an open file descriptor with `write(2)`, checking every result, so that a full disk,
/// an I/O error or a closed pipe is an error value rather than a trap (as `FileHandle.write` is).
package enum FileDescriptorOutput {
    /// Writes every byte of `bytes` to `descriptor`, retrying short writes and interrupted calls.
    ///
    /// - Returns: `0` when every byte was written, otherwise the `errno` of the failing call
    ///   (`EPIPE` for a pipe whose reader has gone, when `SIGPIPE` is ignored).
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard var next = bytes.baseAddress else { return 0 }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // write(2) returns 0 only for a zero count; never loop on it.
            if written == 0 { return EIO }
            next += written
            remaining -= written
        }
        return 0
    }

    /// Writes the UTF-8 bytes of `text` to `descriptor`, as the byte form does: `0` or an `errno`.
    package static func writeAll(_ descriptor: Int32, _ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    }
}
