#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Paths to remove if the process is interrupted (`SIGINT`), terminated (`SIGTERM`) or loses its
/// terminal (`SIGHUP`) before their owners remove them: the private scratch folders and the
/// temporary files of atomic writes.
///
/// While at least one path is registered, each of those signals that is not already ignored has
/// a handler that only writes the signal's number to a pipe (all a signal handler may safely do).
/// A watcher thread reads it, removes every registered path, restores the signal's previous
/// action and sends the signal to the process again, so it ends as it would have (status 130 for
/// `SIGINT` in a shell). When the last path is unregistered, the previous actions are restored at
/// once. (Dispatch signal sources are not used: on Linux, dispatch installs its own handler at some
/// later moment, which can outlive the source and leave the process deaf to the signal.)
///
/// The removal runs while the rest of the process carries on until the signal is sent again; a
/// file created in a removed folder in that moment could outlive the run. A signal blocked in every
/// thread is never delivered: a command-line tool should unblock them in its main thread.
final class TerminationCleanup: Sendable {
    /// The process's one registry.
    static let shared = TerminationCleanup()

    /// The signals handled.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private struct State {
        var paths: [UInt64: String] = [:]
        var nextToken: UInt64 = 0
        /// The actions replaced, by signal, while handlers are installed.
        var previous: [Int32: sigaction] = [:]
        var watching = false
    }

    private let state = Mutex(State())

    private init() {}

    /// Registers `path` for removal on a terminating signal; returns the token to unregister it.
    func register(_ path: String) -> UInt64 {
        state.withLock { state in
            state.nextToken += 1
            state.paths[state.nextToken] = path
            if state.paths.count == 1 { install(&state) }
            return state.nextToken
        }
    }

    /// Stops watching the path registered under `token` (its owner has removed or kept it).
    func unregister(_ token: UInt64) {
        state.withLock { state in
            guard state.paths.removeValue(forKey: token) != nil, state.paths.isEmpty else { return }
            TerminationCleanup.restore(&state)
        }
    }

    /// The paths registered now, for tests.
    var registeredPaths: [String] { state.withLock { Array($0.paths.values) } }

    private func install(_ state: inout State) {
        if !state.watching {
            guard TerminationCleanup.startWatcher() else { return }
            state.watching = true
        }
        for signal in TerminationCleanup.signals {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, !TerminationCleanup.isIgnored(previous) else { continue }
            var action = sigaction()
            TerminationCleanup.setHandler(&action)
            sigemptyset(&action.sa_mask)
            for other in TerminationCleanup.signals { sigaddset(&action.sa_mask, other) }
            action.sa_flags = SA_RESTART
            if sigaction(signal, &action, nil) == 0 { state.previous[signal] = previous }
        }
    }

    private static func restore(_ state: inout State) {
        for (signal, previous) in state.previous {
            var previous = previous
            sigaction(signal, &previous, nil)
        }
        state.previous = [:]
    }

    /// Removes every registered path, restores the signals' actions and sends `signal` again.
    fileprivate func terminate(by signal: Int32) {
        let paths = state.withLock { state in
            let paths = Array(state.paths.values)
            state.paths = [:]
            TerminationCleanup.restore(&state)
            return paths
        }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        kill(getpid(), signal)
    }

    // MARK: The handler and its watcher

    /// Opens the pipe and starts the thread that waits on it; `false` when no pipe can be opened.
    private static func startWatcher() -> Bool {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
        signalPipe = ends[1]
        let reading = ends[0]
        let watcher = Thread {
            var byte: UInt8 = 0
            while true {
                let count = read(reading, &byte, 1)
                if count == 1 { TerminationCleanup.shared.terminate(by: Int32(byte)) }
                if count == 0 || (count < 0 && errno != EINTR) { return }
            }
        }
        watcher.name = "SafeguardingData.TerminationCleanup"
        watcher.start()
        return true
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
        let handler = action.__sigaction_u.__sa_handler
        #else
        let handler = action.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func setHandler(_ action: inout sigaction) {
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = forwardSignal
        #else
        action.__sigaction_handler.sa_handler = forwardSignal
        #endif
    }
}

/// The write end of the watcher's pipe, read by the signal handler. Set once, before any handler
/// is installed, and never changed; a signal handler cannot take a lock.
nonisolated(unsafe) private var signalPipe: Int32 = -1

/// The signal handler: writes the signal's number to the watcher's pipe, and nothing else
/// (`write(2)` is async-signal-safe; `errno` is kept for the interrupted code).
private func forwardSignal(_ signal: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipe, &byte, 1)
    errno = saved
}
