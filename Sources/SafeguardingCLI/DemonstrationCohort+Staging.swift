import Foundation
import SafeguardingData

extension DemonstrationCohort {
    /// The environment variable that makes `report` stop after staging the demonstration's
    /// returns, for the test that interrupts it there (ReportInterruptionTests).
    static let pauseVariable = "SAFEGUARDING_METRICS_PAUSE_AFTER_STAGING"

    /// Runs `body` with the process's file-creation mask at `077`, so the files it creates are
    /// owner-only (`0600`, folders `0700`) whatever the user's mask, then restores the mask.
    ///
    /// The mask belongs to the process; the tool creates no other file while the demonstration
    /// is staged, so no other file is affected.
    static func withOwnerOnlyFiles<R>(_ body: () throws(DataError) -> R) throws(DataError) -> R {
        let previous = umask(0o077)
        defer { umask(previous) }
        return try body()
    }

    /// When ``pauseVariable`` is set: says on standard error where the returns are staged, then
    /// waits until standard input is closed, so a test can look at the staged files and interrupt
    /// the process at a known point instead of racing it. Does nothing otherwise.
    static func pauseIfAsked(staged folder: String, console: Console) {
        guard let value = getenv(pauseVariable), value.pointee != 0 else { return }
        console.diagnose("staged \(folder)")
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count > 0 || (count < 0 && errno == EINTR) { continue }
            return
        }
    }
}
