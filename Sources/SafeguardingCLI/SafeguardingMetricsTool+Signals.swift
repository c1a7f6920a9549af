import Foundation

extension SafeguardingMetricsTool {
    /// The signals that end a run: an interrupt, a termination, a lost terminal and a closed pipe.
    static let endingSignals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Unblocks ``endingSignals`` in the calling (main) thread.
    ///
    /// A process inherits its parent's blocked signals; a parent that spawns the tool from a thread
    /// that blocks them (a dispatch or test-runner thread does) would leave the tool deaf to
    /// Ctrl-C and `kill`, and its temporary files would never be cleaned up on them. Signals the
    /// parent set to be *ignored* stay ignored: that is a choice (`nohup`, a background job).
    static func unblockEndingSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in endingSignals { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
