import Foundation

/// Where a command's time goes, for `--timings`: seconds reading input and computing, and the
/// process's peak memory.
struct Stopwatch {
    /// The two phases a command's time is split into.
    enum Phase { case reading, computing }

    private(set) var reading: Duration = .zero
    private(set) var computing: Duration = .zero
    private let clock = ContinuousClock()

    /// Runs `body`, adding its time to `phase`.
    mutating func measure<T, E: Error>(_ phase: Phase, _ body: () throws(E) -> T) throws(E) -> T {
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            switch phase {
            case .reading: reading += elapsed
            case .computing: computing += elapsed
            }
        }
        return try body()
    }

    /// `timings: reading 0.012 s, computing 0.003 s, peak memory 38.4 MB`.
    var summary: String {
        func seconds(_ duration: Duration) -> String {
            let (whole, attoseconds) = duration.components
            return String(format: "%.3f s", Double(whole) + Double(attoseconds) / 1e18)
        }
        let memory = Stopwatch.peakMemoryBytes().map { String(format: "%.1f MB", Double($0) / 1_048_576) } ?? "unknown"
        return "timings: reading \(seconds(reading)), computing \(seconds(computing)), peak memory \(memory)"
    }

    /// The process's peak resident memory in bytes, when the system says.
    static func peakMemoryBytes() -> Int? {
        #if os(Linux)
        // VmHWM, the high-water mark of the resident set, in kB.
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
        #else
        var usage = rusage()
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss) // bytes on Darwin
        #endif
    }

    /// Prints the summary to `console`'s stderr when `enabled`.
    func report(to console: Console, if enabled: Bool) {
        if enabled { console.diagnose(summary) }
    }
}
