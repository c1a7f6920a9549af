#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file (or bytes in memory) read in chunks into one growable buffer, for the streaming
/// readers: they scan from ``position`` to ``filled`` and, when a token runs past the buffered
/// bytes, call ``fill()``, which keeps the unread bytes and appends the next chunk.
final class ChunkedInput {
    let path: String
    private let descriptor: Int32
    private let chunkSize: Int
    private(set) var buffer: UnsafeMutableBufferPointer<UInt8>
    /// Bytes of `buffer` that hold data.
    private(set) var filled = 0
    /// The first unread byte.
    var position = 0
    /// Whether the whole source has been read into the buffer.
    private(set) var endOfInput = false
    /// Whether the buffer holds one piece of a file and the file goes on after it (see
    /// ``init(piece:name:offset:range:endOfInput:)``): more input cannot be had.
    private(set) var endsPiece = false
    /// Bytes read from the source so far.
    private(set) var bytesRead = 0
    /// The most bytes a caller lets one unfinished token or record take: ``fill(line:)`` reads no
    /// further than this plus one chunk past the unread bytes, so that a caller that stops at the
    /// limit has read at most the limit plus one chunk.
    var pieceLimit = Int.max

    /// The offset in the source of `buffer[0]`: an index in the buffer plus this is a position
    /// in the file that does not move when ``fill(line:)`` shifts the buffer.
    var bufferOffset: Int { bytesRead - filled }

    /// Opens `path` for reading.
    init(path: String, chunkSize: Int) throws(DataError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw DataError(.io, "cannot open file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path, line: 0))
        }
        self.path = path
        descriptor = fd
        self.chunkSize = max(chunkSize, 16)
        buffer = .allocate(capacity: self.chunkSize * 2)
    }

    /// Wraps bytes already in memory.
    init(bytes: some Collection<UInt8>, name: String) {
        path = name
        descriptor = -1
        chunkSize = max(bytes.count, 16)
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        filled = bytes.count
        bytesRead = bytes.count
        endOfInput = true
    }

    /// Wraps one piece of a file, already read into `buffer` (which it takes over): bytes
    /// `range` of it are the piece, and `buffer[0]` is at `offset` in the file. With
    /// `endOfInput` the piece runs to the end of the file; otherwise ``fill(line:)`` throws, as
    /// the piece ends where the reading of another begins.
    init(piece buffer: UnsafeMutableBufferPointer<UInt8>, name: String, offset: Int, range: Range<Int>, endOfInput: Bool) {
        path = name
        descriptor = -1
        chunkSize = max(buffer.count, 16)
        self.buffer = buffer
        position = range.lowerBound
        filled = range.upperBound
        bytesRead = offset + range.upperBound
        self.endOfInput = endOfInput
        endsPiece = !endOfInput
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer.deallocate()
    }

    /// Moves the unread bytes to the front (growing the buffer when they fill it) and reads the
    /// next chunk. Byte offsets held by the caller shift by the old ``position``.
    ///
    /// - Throws: ``DataError`` on an I/O error, and when the input is a piece that ends before the
    ///   end of its file (``endsPiece``).
    func fill(line: Int) throws(DataError) {
        if endOfInput { return }
        if endsPiece {
            throw DataError("a token runs past the end of this piece of the file", at: SourceLocation(file: path, line: line))
        }
        let unread = filled - position
        if position > 0 {
            if unread > 0 {
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + position, byteCount: unread)
            }
            filled = unread
            position = 0
        }
        // A token longer than a chunk is scanned again from its start after each read, so read at
        // least as much as is already buffered: the rescans then cost O(n) in all, not O(n²).
        // Never past the piece limit and one chunk, though: a caller stops there.
        let want = max(chunkSize, min(unread, pieceLimit - unread))
        if buffer.count - filled < want {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(buffer.count * 2, filled + want))
            _ = larger.initialize(from: buffer[0..<filled])
            buffer.deallocate()
            buffer = larger
        }
        var total = 0
        while total < want {
            let count = read(descriptor, buffer.baseAddress! + filled + total, want - total)
            if count < 0 {
                if errno == EINTR { continue }
                throw DataError(.io, "cannot read file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path, line: line))
            }
            if count == 0 { endOfInput = true; break }
            total += count
        }
        filled += total
        bytesRead += total
    }
}
