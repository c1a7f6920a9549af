import Synchronization

/// The progress lines a captured console would have shown on a terminal, kept for tests; safe to
/// append to from the threads a library reports progress on.
final class ProgressLog: Sendable {
    private let storage = Mutex<[String]>([])

    /// Keeps `line`.
    func append(_ line: String) {
        storage.withLock { $0.append(line) }
    }

    /// The lines kept, in order.
    var lines: [String] { storage.withLock { $0 } }
}
