import Foundation
import SafeguardingData

extension Console {
    /// Writes `text` to `descriptor` with `write(2)`, checking every call, and returns `0` or the
    /// `errno` of the failure (`ENOSPC` for `> /dev/full`).
    ///
    /// A reader that has gone away (`| head`) ends the process quietly, as command-line tools do:
    /// normally `SIGPIPE` ends it before `write(2)` returns; when the signal is ignored (a parent
    /// set it so), the write fails with `EPIPE`, and the signal's default action is restored and
    /// the signal raised, so the status is the usual one for a closed pipe.
    @discardableResult
    static func writeOrEndQuietly(_ text: String, to descriptor: Int32) -> Int32 {
        let failure = FileDescriptorOutput.writeAll(descriptor, text)
        if failure == EPIPE { endOnClosedPipe() }
        return failure
    }

    /// Ends the process as `SIGPIPE` would.
    static func endOnClosedPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        var pipe = sigset_t()
        sigemptyset(&pipe)
        sigaddset(&pipe, SIGPIPE)
        sigprocmask(SIG_UNBLOCK, &pipe, nil)
        raise(SIGPIPE)
        // Only if the signal could not end the process: the status a shell shows for it.
        _exit(128 + SIGPIPE)
    }
}

extension Console {
    /// The exit status once a command has ended: `status`, or, when standard output could not be
    /// written, an error on standard error and 1 (a status that already reports a failure stays).
    func reportOutputFailure(status: Int32) -> Int32 {
        guard let failure = outputFailure else { return status }
        let error = ToolError.outputFailed("cannot write to standard output: \(String(cString: strerror(failure)))")
        diagnose("error: \(error.message)")
        return status == 0 ? error.exitCode : status
    }
}
