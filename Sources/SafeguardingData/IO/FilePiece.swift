#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One piece of a large file cut into pieces so that several threads read it: the bytes from
/// just after one `marker` to just after a later one, read into a buffer of its own, with the
/// count of its line feeds (so that the piece after it knows its first line).
///
/// A file of `size` bytes is cut near every multiple of `pieceBytes`: the cut after the `k`th
/// multiple falls just after the first `marker` that starts at or after it, or at the end of the
/// file when none does. Piece `k` runs from cut `k` (0 for the first) to cut `k + 1` (the end of
/// the file for the last); it is empty when two cuts fall on the same marker, and every piece
/// after one that reaches the end of the file is empty. Each piece is found from the file alone,
/// so each can be loaded on its own thread. A cut is only a guess (a marker may stand inside a
/// comment): the reader checks that each piece ends where the next one began.
struct FilePiece: ~Copyable {
    /// The bytes read, `buffer[0]` at ``offset`` in the file; ``range`` is the piece. Handed
    /// over to a ``ChunkedInput`` by ``input(name:)``.
    private var buffer: UnsafeMutableBufferPointer<UInt8>?
    /// Where `buffer[0]` is in the file.
    let offset: Int
    /// The piece, as positions in the buffer.
    let range: Range<Int>
    /// Whether the piece runs to the end of the file.
    let isLast: Bool
    /// The line feeds in the piece.
    let lineFeeds: Int
    /// The offset in the file just after the piece's last line feed, or `nil` when it has none.
    let lastLineStart: Int?
    /// Where the file's first line starts: 3 after a UTF-8 byte order mark, which the tokenizer
    /// skips (known only from the first piece; 0 for the others).
    let firstLineStart: Int

    /// The mark pieces are cut after: the end of a CIN census child.
    static let childEnd = Array("</Child>".utf8)

    /// Loads piece `index` of the file at `path` (of `size` bytes when cut), cut every
    /// `pieceBytes` after `marker`.
    ///
    /// - Throws: ``DataError`` when the file cannot be read, or is no longer `size` bytes long.
    init(path: String, size: Int, index: Int, pieceBytes: Int, marker: [UInt8] = FilePiece.childEnd) throws(DataError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw DataError(.io, "cannot open file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path, line: 0))
        }
        defer { close(fd) }
        let start = index * pieceBytes
        let nominalEnd = start + pieceBytes
        var capacity = nominalEnd >= size ? size - start : min(size - start, pieceBytes + 64 << 10)
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(capacity, 1))
        var loaded = 0
        var end: Int?
        while true {
            let count: Int
            do {
                count = try FilePiece.read(fd, into: buffer.baseAddress! + loaded, count: capacity - loaded, at: start + loaded, path: path)
            } catch {
                buffer.deallocate()
                throw error
            }
            loaded += count
            if nominalEnd < size {
                // The cut after the next multiple, among the bytes read so far (from a marker's
                // width before the new ones, which may end one that began before them).
                let from = max(nominalEnd - start, loaded - count - marker.count + 1)
                if let found = FilePiece.find(marker, in: UnsafeBufferPointer(buffer), from: from, to: loaded) {
                    end = found
                    break
                }
            }
            if start + loaded >= size { break }
            if count == 0 {
                buffer.deallocate()
                throw DataError(.io, "the file changed while it was read", at: SourceLocation(file: path, line: 0))
            }
            capacity = min(size - start, capacity * 2)
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
            _ = larger.initialize(from: buffer[0..<loaded])
            buffer.deallocate()
            buffer = larger
        }
        if end == nil {
            // The piece runs to the end of the file: the file must end where it did when cut.
            var probe: UInt8 = 0
            if (try? FilePiece.read(fd, into: &probe, count: 1, at: size, path: path)) != 0 {
                buffer.deallocate()
                throw DataError(.io, "the file changed while it was read", at: SourceLocation(file: path, line: 0))
            }
        }
        self.init(buffer: buffer, offset: start, loaded: loaded, index: index, pieceBytes: pieceBytes, end: end, marker: marker)
    }

    /// Piece `index` of `bytes`, cut every `pieceBytes` after `marker` (a copy of its bytes).
    init(bytes: [UInt8], index: Int, pieceBytes: Int, marker: [UInt8] = FilePiece.childEnd) {
        let start = index * pieceBytes
        let end = bytes.withUnsafeBufferPointer { all in
            FilePiece.find(marker, in: all, from: start + pieceBytes, to: all.count).map { $0 - start }
        }
        let loaded = end ?? bytes.count - start
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(loaded, 1))
        _ = buffer.initialize(from: bytes[start..<(start + loaded)])
        self.init(buffer: buffer, offset: start, loaded: loaded, index: index, pieceBytes: pieceBytes, end: end, marker: marker)
    }

    /// The piece among `loaded` bytes of `buffer` (at `offset` in the file), ending at `end`
    /// (a position in the buffer), or at the end of the file when `end` is `nil`.
    private init(buffer: UnsafeMutableBufferPointer<UInt8>, offset: Int, loaded: Int, index: Int, pieceBytes: Int,
                 end: Int?, marker: [UInt8]) {
        let stop = end ?? loaded
        var first = 0
        if index > 0 {
            first = FilePiece.find(marker, in: UnsafeBufferPointer(buffer), from: 0, to: loaded) ?? loaded
        }
        let range = min(first, stop)..<stop
        let piece = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[range])
        let start = offset + range.lowerBound
        self.buffer = buffer
        self.offset = offset
        self.range = range
        isLast = end == nil
        lineFeeds = FilePiece.lineFeeds(in: piece)
        lastLineStart = FilePiece.lastLineFeed(in: piece).map { start + $0 + 1 }
        firstLineStart = start == 0 && piece.count >= 3 && piece[0] == 0xEF && piece[1] == 0xBB && piece[2] == 0xBF ? 3 : 0
    }

    deinit { buffer?.deallocate() }

    /// Whether the piece holds no bytes (it is read as nothing).
    var isEmpty: Bool { range.isEmpty }

    /// The piece as the input of a tokenizer, named `name`, which takes over the buffer.
    consuming func input(name: String) -> ChunkedInput {
        let buffer = self.buffer!
        self.buffer = nil
        return ChunkedInput(piece: buffer, name: name, offset: offset, range: range, endOfInput: isLast)
    }

    /// Where the first `marker` that starts in `from..<to` ends, or `nil`.
    static func find(_ marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from >= 0, to - from >= marker.count, let base = bytes.baseAddress, let lead = marker.first else { return nil }
        return marker.withUnsafeBytes { needle -> Int? in
            var i = from
            let last = to - marker.count
            while i <= last {
                guard let found = memchr(base + i, Int32(lead), last - i + 1) else { return nil }
                let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at + marker.count }
                i = at + 1
            }
            return nil
        }
    }

    /// The number of line feeds in `bytes`, sixteen bytes at a time.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var total = 0, i = 0
        let feed = SIMD16<UInt8>(repeating: 0x0A), zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        while i + 16 <= bytes.count {
            // Up to 255 blocks counted per lane before the lanes are added up.
            var lanes = zero
            let blocks = min(255, (bytes.count - i) / 16)
            for _ in 0..<blocks {
                let block = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                lanes &+= zero.replacing(with: one, where: block .== feed)
                i &+= 16
            }
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        while i < bytes.count {
            if base[i] == 0x0A { total += 1 }
            i += 1
        }
        return total
    }

    /// The position of the last line feed in `bytes`, or `nil`.
    static func lastLineFeed(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = bytes.count - 1
        while i >= 0 {
            if bytes[i] == 0x0A { return i }
            i -= 1
        }
        return nil
    }

    /// Reads up to `count` bytes at `offset`: how many were read (0 at the end of the file).
    private static func read(_ fd: Int32, into target: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int,
                             path: String) throws(DataError) -> Int {
        var total = 0
        while total < count {
            let got = pread(fd, target + total, count - total, off_t(offset + total))
            if got < 0 {
                if errno == EINTR { continue }
                throw DataError(.io, "cannot read file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path, line: 0))
            }
            if got == 0 { break }
            total += got
        }
        return total
    }
}
