import Foundation

/// Blackpool's returns for 2024 and 2025, generated once per test run.
enum GeneratedReturns {
    static let directory: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let path = root + "/.build/safeguarding-spreadsheet-tests/generated"
        let run = runTool(["generate", "--out", path, "--la", "E06000009", "--years", "2", "--children", "6000"])
        precondition(run.status == 0, "generate failed: \(run.errors)")
        return path
    }()
}
