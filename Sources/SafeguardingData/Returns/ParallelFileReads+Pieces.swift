import SafeguardingMetrics

// One large CIN census read in pieces on several threads (see ``FilePiece`` and
// ``CINCensusReader/read(piece:context:resuming:entered:into:claims:)``).

extension ParallelFileReads {
    /// What the workers reading the pieces of one file tell each other, and each piece's read.
    /// Changed only under the reads' lock.
    final class SplitRead {
        /// What loading a piece told: its line feeds and where its last line starts.
        struct Loaded {
            var lineFeeds: Int
            var lastLineStart: Int?
        }

        /// What reading a piece gave.
        enum Piece {
            /// The piece holds no bytes.
            case empty
            /// It could not be loaded or read, or could not start (the first piece found no
            /// seam): the file is read again as a whole.
            case failed
            /// It was read from `entry` (`nil` for the first piece) and ended at `exit`.
            case read(CINCensusReader.PieceRead, builder: CohortBuilder, claims: ReturnClaims, entry: CINSeam?, isLast: Bool)
        }

        let pieces: Int
        /// Each piece's load, once done (`nil` inside: it failed).
        var loads: [Loaded??]
        /// Where the file's first line starts (after a byte order mark), from the first piece.
        var firstLineStart = 0
        /// The seam the pieces after the first start from, once the first piece has found it
        /// (`.some(nil)`: it found none).
        var entry: CINSeam??
        var results: [Piece?]
        var finished = 0

        init(pieces: Int) {
            self.pieces = pieces
            loads = Array(repeating: nil, count: pieces)
            results = Array(repeating: nil, count: pieces)
        }

        /// The whole file's read, when every piece was read and each ended at the seam the next
        /// began from; `nil` otherwise (the file is then read again as a whole).
        func joined() -> Read? {
            var report: FileReport?
            var claims = ReturnClaims()
            var builders: [CohortBuilder] = []
            var previous: CINSeam?
            var ended = false
            for result in results {
                guard let result, !ended else { return nil }
                switch result {
                case .empty:
                    continue
                case .failed:
                    return nil
                case .read(let read, let builder, let made, let entry, let isLast):
                    if report == nil {
                        guard entry == nil else { return nil }
                        report = read.report
                        claims = made
                    } else {
                        guard let previous, previous == entry else { return nil }
                        report!.append(piece: read.report)
                    }
                    builders.append(builder)
                    if isLast {
                        ended = true
                    } else {
                        guard let exit = read.exit else { return nil }
                        previous = exit
                    }
                }
            }
            guard ended, let report else { return nil }
            return Read(report: .success(report), builders: builders, claims: claims)
        }
    }

    /// A worker's part of a file read in pieces: loads piece `job.piece`, says what it holds,
    /// reads it from the seam the first piece found (with the first line the pieces before it
    /// give), and hands the read over.
    func readPiece(_ job: Job, of input: ReturnInput, placed: ReturnContext?) {
        condition.lock()
        let split = splits[job.position]!
        condition.unlock()
        let index = job.piece
        let outcome = readPiece(index, of: input, placed: placed, split: split)
        condition.lock()
        if index == 0, split.entry == nil { split.entry = .some(nil) }
        if split.loads[index] == nil { split.loads[index] = .some(nil) }
        split.results[index] = outcome
        split.finished += 1
        condition.broadcast()
        condition.unlock()
    }

    private func readPiece(_ index: Int, of input: ReturnInput, placed: ReturnContext?, split: SplitRead) -> SplitRead.Piece {
        let loaded: FilePiece
        do {
            switch input.source {
            case .path(let path):
                loaded = try FilePiece(path: path, size: ParallelFileReads.size(of: input), index: index, pieceBytes: pieceBytes)
            case .bytes(let file):
                loaded = FilePiece(bytes: file.bytes, index: index, pieceBytes: pieceBytes)
            }
        } catch {
            return .failed
        }
        condition.lock()
        split.loads[index] = .some(SplitRead.Loaded(lineFeeds: loaded.lineFeeds, lastLineStart: loaded.lastLineStart))
        if index == 0 { split.firstLineStart = loaded.firstLineStart }
        condition.broadcast()
        condition.unlock()
        if loaded.isEmpty { return .empty }
        let isLast = loaded.isLast
        var builder = CohortBuilder.recordingChildRows(children: loaded.range.count / 512)
        var claims = ReturnClaims()
        var entry: CINSeam?
        if index > 0 {
            // The seam, and the first line: the pieces before this one have been taken, so
            // each is loaded (or fails) soon, and the first finds its seam (or none).
            condition.lock()
            while split.entry == nil || split.loads[0..<index].contains(where: { $0 == nil }) { condition.wait() }
            var line = 1, lineStart = split.firstLineStart
            for load in split.loads[0..<index] {
                guard case .some(.some(let load)) = load else {
                    condition.unlock()
                    return .failed
                }
                line += load.lineFeeds
                if let start = load.lastLineStart { lineStart = start }
            }
            guard case .some(.some(var seam)) = split.entry else {
                condition.unlock()
                return .failed
            }
            condition.unlock()
            seam.xml.line = line
            seam.xml.lineOffset = lineStart
            entry = seam
        }
        let source = loaded.input(name: input.name)
        do {
            let read = try readers.cin.read(piece: source, context: placed, resuming: entry, entered: { seam in
                self.condition.lock()
                split.entry = .some(seam)
                self.condition.broadcast()
                self.condition.unlock()
            }, into: &builder, claims: &claims)
            return .read(read, builder: builder, claims: claims, entry: entry, isLast: isLast)
        } catch {
            return .failed
        }
    }
}
