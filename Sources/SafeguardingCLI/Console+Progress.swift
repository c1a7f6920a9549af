import Foundation
import SafeguardingData

extension Console {
    /// A progress callback for a library that shows `label completed/total item` as the progress
    /// line, or `nil` when standard error is not a terminal (nothing is shown then, and the
    /// library does no progress work).
    func progressHandler(_ label: String) -> WorkProgress.Handler? {
        guard errorIsTerminal else { return nil }
        let log = captures ? progressLog : nil
        return { step in
            let line = "\(label) \(step.completed)/\(step.total) \(Console.shortened(step.item))"
            if let log { log.append(line) } else { Console.writeOrEndQuietly("\r\u{1B}[K\(line)", to: STDERR_FILENO) }
        }
    }

    /// A path cut to its last 50 characters, so the line fits a terminal.
    static func shortened(_ item: String) -> String {
        item.count <= 50 ? item : "…" + item.suffix(49)
    }
}
