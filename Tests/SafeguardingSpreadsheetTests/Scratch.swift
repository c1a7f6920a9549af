import Foundation

/// A scratch folder, removed with the value.
final class Scratch {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sm-xlsx-cli-\(UUID().uuidString)").path
    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
