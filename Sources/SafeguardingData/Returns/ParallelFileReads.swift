import Foundation
import SafeguardingMetrics

/// Return files read on several threads at once, each into a builder of its own, and handed to
/// the loader in file order, which appends each to the cohort's builder: the cohort, its row
/// orders and its problems are those of reading the files one after another.
///
/// A CIN census larger than ``ReturnLoader/pieceBytes`` is cut into pieces just after
/// `</Child>`, and each piece is read on its own thread into a builder of its own (see
/// ``CINCensusReader/read(piece:context:resuming:entered:into:claims:)``); the pieces are
/// appended in order, and only when each ended at exactly the seam the next began from.
///
/// Worker threads take the files (and pieces) in order; at most a few files' builders wait,
/// read but not yet appended, so memory stays that of the cohort and a few files. A file whose
/// reading failed, whose pieces do not join, or whose return another file already holds, is not
/// appended: the loader reads it again as a whole, in order, so that it stops exactly where
/// reading in order stops.
final class ParallelFileReads: @unchecked Sendable {
    /// One file read on worker threads.
    struct Read: Sendable {
        var report: Result<FileReport, DataError>
        /// The file's builder, or one for each of its pieces, in order.
        var builders: [CohortBuilder]
        var claims: ReturnClaims

        /// Appends the file to `builder`, its claims made again on `claims`, and returns its report;
        /// `nil` when it failed or its return is held by an earlier file (read it again in order).
        func merge(into builder: inout CohortBuilder, claims: inout ReturnClaims) -> FileReport? {
            guard case .success(let report) = self.report else { return nil }
            for made in self.claims.made where claims.claim(made.tables, of: made.context, for: report.path) != nil {
                return nil
            }
            for piece in builders { builder.append(piece) }
            return report
        }
    }

    /// One piece of work: a file, or piece `piece` of the `pieces` of a file.
    struct Job {
        var position: Int
        var piece: Int
        var pieces: Int
        /// The job of the file's first piece.
        var first: Int
    }

    let plan: [(input: ReturnInput, placed: ReturnContext?)?]
    let readers: FileReaders
    let pieceBytes: Int
    /// The pieces of work, in order.
    private let jobs: [Job]
    /// The jobs of each plan position read here.
    private let jobCounts: [Int: Int]
    let condition = NSCondition()
    private var reads: [Int: Read] = [:]
    /// The files being read in pieces, by plan position.
    var splits: [Int: SplitRead] = [:]
    /// The next job a worker takes, and how many jobs the loader has taken.
    private var next = 0, taken = 0
    /// The most jobs read ahead of the loader.
    private let window: Int
    private var cancelled = false
    private let done = DispatchGroup()

    /// Starts reading the inputs of `plan` (`nil`: not read here) on `threads` threads, a CIN
    /// census in pieces of about `pieceBytes`; `nil` when fewer than two threads or two pieces
    /// of work would be used.
    init?(plan: [(input: ReturnInput, placed: ReturnContext?)?], readers: FileReaders, threads: Int, pieceBytes: Int) {
        var jobs: [Job] = []
        var counts: [Int: Int] = [:]
        for position in plan.indices {
            guard let (input, _) = plan[position] else { continue }
            let pieces = input.kind == .cin ? max(1, (ParallelFileReads.size(of: input) + pieceBytes - 1) / pieceBytes) : 1
            let first = jobs.count
            for piece in 0..<pieces { jobs.append(Job(position: position, piece: piece, pieces: pieces, first: first)) }
            counts[position] = pieces
        }
        let workers = min(threads, jobs.count)
        guard workers > 1 else { return nil }
        self.plan = plan
        self.readers = readers
        self.pieceBytes = pieceBytes
        self.jobs = jobs
        jobCounts = counts
        window = 2 * workers
        for job in jobs where job.piece == 0 && job.pieces > 1 { splits[job.position] = SplitRead(pieces: job.pieces) }
        for _ in 0..<workers {
            done.enter()
            Thread.detachNewThread { [self] in
                work()
                done.leave()
            }
        }
    }

    /// The read of plan position `position`, waiting for it; `nil` for a position not read here.
    func take(_ position: Int) -> Read? {
        guard plan[position] != nil else { return nil }
        condition.lock()
        defer { condition.unlock() }
        if let split = splits[position] {
            while split.finished < split.pieces { condition.wait() }
            splits[position] = nil
            taken += split.pieces
            condition.broadcast()
            return split.joined()
        }
        while reads[position] == nil { condition.wait() }
        taken += jobCounts[position] ?? 1
        condition.broadcast()
        return reads.removeValue(forKey: position)
    }

    /// Stops the workers after the piece each is reading, and waits for them.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
    }

    /// The size of an input in bytes (0 when it cannot be examined).
    static func size(of input: ReturnInput) -> Int {
        switch input.source {
        case .bytes(let file): return file.bytes.count
        case .path(let path): return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
    }

    /// A worker: takes the next job, reads it into a builder of its own, hands it over.
    private func work() {
        while true {
            condition.lock()
            while !cancelled, next < jobs.count, jobs[next].first >= taken + window { condition.wait() }
            guard !cancelled, next < jobs.count else {
                condition.unlock()
                return
            }
            let job = jobs[next]
            next += 1
            condition.unlock()
            guard let (input, placed) = plan[job.position] else { continue }
            if job.pieces > 1 {
                readPiece(job, of: input, placed: placed)
                continue
            }
            // About how many children the file holds, from its size (a generous guess: a child
            // of a return takes a few hundred bytes or more), so that its builder's table of
            // identifiers is sized once.
            var builder = CohortBuilder.recordingChildRows(children: ParallelFileReads.size(of: input) / 512)
            var claims = ReturnClaims()
            let report = Result { () throws(DataError) -> FileReport in
                try readers.read(input, placed: placed, into: &builder, claims: &claims)
            }
            let read = Read(report: report, builders: [builder], claims: claims)
            condition.lock()
            reads[job.position] = read
            condition.broadcast()
            condition.unlock()
        }
    }
}
