import Foundation
@testable import SafeguardingCLI

/// What one in-process run of the tool gave.
struct Run {
    var status: Int32
    var output: String
    var errors: String

    /// The output parsed as a JSON object.
    func json() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(output.utf8))
        guard let object = value as? [String: Any] else { throw JSONShapeError(text: "not an object: \(output.prefix(80))") }
        return object
    }
}

struct JSONShapeError: Error { var text: String }

/// Runs the tool in process with a captured console.
func tool(_ arguments: String...) -> Run {
    tool(arguments)
}

/// Runs the tool in process with a captured console.
func tool(_ arguments: [String]) -> Run {
    let console = Console.captured()
    let status = SafeguardingMetricsTool.run(arguments, console: console)
    return Run(status: status, output: console.standardOutput, errors: console.standardError)
}

/// A temporary directory removed when the value is released.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sm-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to a file in the directory and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The repository's files the tests read.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path

    /// The sample return files written by others (see their README).
    static func sample(_ relative: String) -> String {
        root + "/Tests/SafeguardingDataTests/Fixtures/samples/" + relative
    }

    /// The bundled Blackpool framework.
    static let blackpoolFramework = root + "/Sources/SafeguardingData/Resources/blackpool_outcomes_framework_2024_01.csv"
}

/// A dataset written once per test run by `generate` for the tests that read one: Blackpool,
/// 2024 and 2025. It lives in this checkout's `.build`, and each run writes the same bytes over it.
enum GeneratedData {
    static let directory: String = {
        let path = Repository.root + "/.build/safeguarding-cli-tests/generated"
        let run = tool("generate", "--out", path, "--la", "E06000009", "--years", "2", "--children", "6000")
        precondition(run.status == 0, "generate failed: \(run.errors)")
        return path
    }()
}
