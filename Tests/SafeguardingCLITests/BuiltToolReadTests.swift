import Foundation
import Testing
@testable import SafeguardingCLI

/// The reading rules of issue 13 seen through the built executable, as a council runs it: exit
/// statuses and standard streams of a separate process.
@Suite("The built tool reads returns one way")
struct BuiltToolReadTests {
    /// Copies the generated 2025 SSDA903 files into `folder` of `scratch`.
    func copyReturn(into scratch: ScratchDirectory, folder: String) throws {
        let source = GeneratedData.directory + "/E06000009/2025/ssda903"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            _ = try scratch.write(try String(contentsOfFile: source + "/" + name, encoding: .utf8), to: folder + "/" + name)
        }
    }

    /// Runs the executable with standard output to a file, and returns how it ended and what it wrote.
    func run(_ executable: String, _ arguments: [String], in scratch: ScratchDirectory) throws -> (BuiltTool.Ending, String) {
        let path = try scratch.write("", to: "out-\(UUID().uuidString).txt")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let ending = try BuiltTool.run(executable, arguments, output: handle)
        try handle.close()
        return (ending, try String(contentsOfFile: path, encoding: .utf8))
    }

    @Test("The built tool: a return in two folders gives the numbers of one; unplaced files need --la and --year, then agree")
    func returnsReadOnce() throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let scratch = try ScratchDirectory()
        try copyReturn(into: scratch, folder: "a/E06000009/2025/ssda903")
        try copyReturn(into: scratch, folder: "b/E06000009/2025/ssda903")
        try copyReturn(into: scratch, folder: "flat")
        let common = ["indicators", "--population", GeneratedData.directory + "/population.csv", "--year", "2025", "--format", "json"]

        let (one, single) = try run(executable, common + ["--ssda903", scratch.path + "/a"], in: scratch)
        #expect(one.reason == .exit && one.status == 0, "\(one.errors)")
        let (two, both) = try run(executable, common + ["--ssda903", scratch.path + "/b", scratch.path + "/a"], in: scratch)
        #expect(two.status == 0 && both == single)
        #expect(two.errors.contains("\(scratch.path)/b/E06000009/2025/ssda903/episodes.csv: warning: this file holds the episodes"))

        let (unplaced, _) = try run(executable, common + ["--ssda903", scratch.path + "/flat"], in: scratch)
        #expect(unplaced.status == 1 && unplaced.errors.contains("cannot tell which authority and year"))
        let (placed, flat) = try run(executable, common + ["--ssda903", scratch.path + "/flat", "--la", "890"], in: scratch)
        #expect(placed.status == 0, "\(placed.errors)")
        #expect(flat == single)
    }
}
