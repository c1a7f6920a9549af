#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import Synchronization

/// Paths to remove if the process is interrupted (`SIGINT`), terminated (`SIGTERM`) or loses its
/// terminal (`SIGHUP`) before their owners remove them: the private scratch folders and the
/// temporary files of atomic writes.
///
/// While at least one path is registered, each of those signals that is not already ignored is
/// handled by a dispatch source (the signal's own action set to ignore, as dispatch requires). On
/// the signal, every registered path is removed, the signal's previous action is restored, and the
/// signal is sent again to the process, so it ends as it would have (status 130 for `SIGINT` in a
/// shell). When the last path is unregistered, the previous actions are restored.
///
/// The removal runs on a dispatch queue while the rest of the process carries on until the
/// signal is sent again; a file created in a removed folder in that moment could outlive the run.
final class TerminationCleanup: Sendable {
    /// The process's one registry.
    static let shared = TerminationCleanup()

    /// The signals handled.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private struct State {
        var paths: [UInt64: String] = [:]
        var nextToken: UInt64 = 0
        var sources: [Int32: any DispatchSourceSignal] = [:]
        var previous: [Int32: sigaction] = [:]
    }

    // The dispatch sources are not Sendable, but every access to them is under the mutex.
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "SafeguardingData.TerminationCleanup")

    private init() {}

    /// Registers `path` for removal on a terminating signal; returns the token to unregister it.
    func register(_ path: String) -> UInt64 {
        state.withLock { state in
            state.nextToken += 1
            state.paths[state.nextToken] = path
            if state.sources.isEmpty { install(&state) }
            return state.nextToken
        }
    }

    /// Stops watching the path registered under `token` (its owner has removed or kept it).
    func unregister(_ token: UInt64) {
        state.withLock { state in
            state.paths[token] = nil
            if state.paths.isEmpty { uninstall(&state) }
        }
    }

    /// The paths registered now, for tests.
    var registeredPaths: [String] { state.withLock { Array($0.paths.values) } }

    private func install(_ state: inout State) {
        for signal in TerminationCleanup.signals {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, !TerminationCleanup.isIgnored(previous) else { continue }
            let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
            source.setEventHandler { [self] in terminate(by: signal) }
            source.resume()
            var ignore = previous
            TerminationCleanup.setIgnored(&ignore)
            sigaction(signal, &ignore, nil)
            state.sources[signal] = source
            state.previous[signal] = previous
        }
    }

    private func uninstall(_ state: inout State) {
        for (signal, source) in state.sources {
            if var previous = state.previous[signal] { sigaction(signal, &previous, nil) }
            source.cancel()
        }
        state.sources = [:]
        state.previous = [:]
    }

    /// Removes every registered path, restores the signals' actions and raises `signal` again.
    private func terminate(by signal: Int32) {
        let paths = state.withLock { state in
            let paths = Array(state.paths.values)
            state.paths = [:]
            uninstall(&state)
            return paths
        }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        // To the process, not this thread: dispatch's threads block signals.
        kill(getpid(), signal)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
        let handler = action.__sigaction_u.__sa_handler
        #else
        let handler = action.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func setIgnored(_ action: inout sigaction) {
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = SIG_IGN
        #else
        action.__sigaction_handler.sa_handler = SIG_IGN
        #endif
    }
}
