import Foundation
import SafeguardingMetrics

/// Return files read on several threads at once, each into a builder of its own, and handed to
/// the loader in file order, which appends each to the cohort's builder: the cohort, its row
/// orders and its problems are those of reading the files one after another.
///
/// Worker threads take the files in order; at most a few files' builders wait, read but not yet
/// appended, so memory stays that of the cohort and a few files. A file whose reading failed,
/// or whose return another file already holds, is not appended: the loader reads it again in
/// order, so that it stops exactly where reading in order stops.
final class ParallelFileReads: @unchecked Sendable {
    /// One file read on a worker thread.
    struct Read: Sendable {
        var report: Result<FileReport, DataError>
        var builder: CohortBuilder
        var claims: ReturnClaims

        /// Appends the file to `builder`, its claims made again on `claims`, and returns its report;
        /// `nil` when it failed or its return is held by an earlier file (read it again in order).
        func merge(into builder: inout CohortBuilder, claims: inout ReturnClaims) -> FileReport? {
            guard case .success(let report) = self.report else { return nil }
            for made in self.claims.made where claims.claim(made.tables, of: made.context, for: report.path) != nil {
                return nil
            }
            builder.append(self.builder)
            return report
        }
    }

    private let plan: [(input: ReturnInput, placed: ReturnContext?)?]
    private let readers: FileReaders
    /// The plan positions read in parallel, in order.
    private let jobs: [Int]
    private let condition = NSCondition()
    private var reads: [Int: Read] = [:]
    /// The next job a worker takes, and how many jobs the loader has taken.
    private var next = 0, taken = 0
    /// The most jobs read ahead of the loader.
    private let window: Int
    private var cancelled = false
    private let done = DispatchGroup()

    /// Starts reading the inputs of `plan` (`nil`: not read here) on `threads` threads; `nil`
    /// when fewer than two threads or two files would be used.
    init?(plan: [(input: ReturnInput, placed: ReturnContext?)?], readers: FileReaders, threads: Int) {
        let jobs = plan.indices.filter { plan[$0] != nil }
        let workers = min(threads, jobs.count)
        guard workers > 1 else { return nil }
        self.plan = plan
        self.readers = readers
        self.jobs = jobs
        window = 2 * workers
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
        while reads[position] == nil { condition.wait() }
        taken += 1
        condition.broadcast()
        return reads.removeValue(forKey: position)
    }

    /// Stops the workers after the file each is reading, and waits for them.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
    }

    /// About how many children a file holds, from its size (a generous guess: a child of a
    /// return takes a few hundred bytes or more), so that its builder's table of identifiers is
    /// sized once.
    static func expectedChildren(_ input: ReturnInput) -> Int {
        switch input.source {
        case .bytes(let file): return file.bytes.count / 512
        case .path(let path):
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return size / 512
        }
    }

    /// A worker: takes the next file, reads it into a builder of its own, hands it over.
    private func work() {
        while true {
            condition.lock()
            while !cancelled, next < jobs.count, next >= taken + window { condition.wait() }
            guard !cancelled, next < jobs.count else {
                condition.unlock()
                return
            }
            let position = jobs[next]
            next += 1
            condition.unlock()
            guard let (input, placed) = plan[position] else { continue }
            var builder = CohortBuilder.recordingChildRows(children: ParallelFileReads.expectedChildren(input))
            var claims = ReturnClaims()
            let report = Result { () throws(DataError) -> FileReport in
                try readers.read(input, placed: placed, into: &builder, claims: &claims)
            }
            let read = Read(report: report, builder: builder, claims: claims)
            condition.lock()
            reads[position] = read
            condition.broadcast()
            condition.unlock()
        }
    }
}
