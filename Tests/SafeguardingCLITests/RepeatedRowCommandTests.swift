import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("whole reads from the command line: rows and files given twice, entries that are not files")
struct RepeatedRowCommandTests {
    /// A copy of the generated 2025 SSDA903 return of E06000009 in `scratch`, laid out as
    /// `<LA>/<YYYY>/ssda903`; returns the copy's folder.
    func copyReturn(into scratch: ScratchDirectory) throws -> String {
        let target = scratch.path + "/E06000009/2025/ssda903"
        try FileManager.default.createDirectory(atPath: scratch.path + "/E06000009/2025", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: GeneratedData.directory + "/E06000009/2025/ssda903", toPath: target)
        return target
    }

    /// Appends the first data row of `table` (its line 2) to the end of the file again.
    func repeatFirstRow(_ table: String, in folder: String) throws {
        let path = folder + "/" + table + ".csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let row = text.split(separator: "\n")[1]
        try Data((text + row + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    /// `indicators --year 2025 --format json` over the returns in `folder`.
    func indicators(_ folder: String) -> Run {
        tool("indicators", "--ssda903", folder, "--year", "2025", "--population", GeneratedData.directory + "/population.csv",
             "--format", "json")
    }

    /// The (numerator, denominator) of every indicator whose id starts with `prefix`.
    func counts(_ run: Run, prefix: String) throws -> [String: [Int]] {
        let areas = try #require(try run.json()["areas"] as? [[String: Any]])
        let rows = try #require(areas.first?["indicators"] as? [[String: Any]])
        var result: [String: [Int]] = [:]
        for row in rows {
            guard let id = row["id"] as? String, id.hasPrefix(prefix) else { continue }
            result[id] = [row["numerator"] as? Int ?? -1, row["denominator"] as? Int ?? -1]
        }
        return result
    }

    @Test("A child listed twice in one return's OC2 and OC3 changes no SDQ or care leaver figure")
    func repeatedOutcomeRows() throws {
        let once = try ScratchDirectory(), twice = try ScratchDirectory()
        _ = try copyReturn(into: once)
        let folder = try copyReturn(into: twice)
        try repeatFirstRow("oc2", in: folder)
        try repeatFirstRow("oc3", in: folder)

        let single = indicators(once.path), repeated = indicators(twice.path)
        #expect(single.status == 0 && repeated.status == 0, "\(repeated.errors)")
        let sdq = try counts(single, prefix: "sdq."), leavers = try counts(single, prefix: "care_leavers.")
        #expect(sdq.values.contains { $0[1] > 0 } && leavers.values.contains { $0[1] > 0 })
        #expect(try counts(repeated, prefix: "sdq.") == sdq)
        #expect(try counts(repeated, prefix: "care_leavers.") == leavers)
        #expect(repeated.output == single.output)
    }

    @Test("A return reached twice, by a folder and its subfolder or by a link, is read once and each repeat is named")
    func returnLoadedTwice() throws {
        let scratch = try ScratchDirectory()
        let folder = try copyReturn(into: scratch)
        let linked = scratch.path + "/linked"
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: folder)
        func run(_ paths: [String]) -> Run {
            tool(["indicators", "--year", "2025", "--population", GeneratedData.directory + "/population.csv", "--format", "json"]
                 + paths.flatMap { ["--ssda903", $0] })
        }
        let single = run([scratch.path])
        #expect(single.status == 0, "\(single.errors)")
        #expect(!single.errors.contains("same file"))

        let nested = run([scratch.path, scratch.path + "/E06000009"])
        #expect(nested.status == 0, "\(nested.errors)")
        #expect(nested.output == single.output)
        #expect(nested.errors.contains("\(scratch.path)/E06000009/2025/ssda903/oc2.csv: warning: this is the same file as "
            + "\(scratch.path)/E06000009/2025/ssda903/oc2.csv, already read; it is read once"), "\(nested.errors)")

        let viaLink = run([folder, linked + "/oc2.csv"])
        #expect(viaLink.status == 0, "\(viaLink.errors)")
        #expect(viaLink.output == single.output)
        #expect(viaLink.errors.contains("\(linked)/oc2.csv: warning: this is the same file as \(folder)/oc2.csv"), "\(viaLink.errors)")
    }

    @Test("A FIFO inside an input folder is reported and skipped, and the run completes with the numbers of the files")
    func fifoInFolder() throws {
        let scratch = try ScratchDirectory()
        let folder = try copyReturn(into: scratch)
        let single = indicators(scratch.path)
        let fifo = folder + "/waiting.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = indicators(scratch.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == single.output)
        #expect(run.errors.contains("\(fifo): warning: not a regular file (a FIFO, socket or device) in an input folder; it is skipped"),
                "\(run.errors)")
        let validate = tool("validate", "--ssda903", scratch.path, "--format", "json")
        #expect(validate.status == 0, "\(validate.errors)")
        let files = try #require(try validate.json()["files"] as? [[String: Any]])
        #expect(files.contains { $0["path"] as? String == fifo && $0["table"] as? String == "skipped" })
    }

    @Test("An entry of an input folder that cannot be examined (a link that loops) exits 1 with its path")
    func loopingLink() throws {
        let scratch = try ScratchDirectory()
        let folder = try copyReturn(into: scratch)
        let loop = folder + "/loop.csv"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        for command in ["indicators", "validate"] {
            let run = tool(command, "--ssda903", scratch.path, "--year", "2025")
            #expect(run.status == 1, "\(command): \(run.errors)")
            #expect(run.errors.contains("\(loop): cannot examine this entry of an input folder"), "\(command): \(run.errors)")
        }
    }

    @Test("A folder that cannot be read exits 1 with its path (not as root, whom permissions do not stop)",
          .enabled(if: geteuid() != 0, "root reads a folder whatever its permissions"))
    func unreadableFolder() throws {
        let scratch = try ScratchDirectory()
        let folder = try copyReturn(into: scratch)
        let closed = scratch.path + "/E06000009/2024"
        try FileManager.default.createDirectory(atPath: closed, withIntermediateDirectories: true)
        #expect(chmod(closed, 0) == 0)
        defer { chmod(closed, 0o700) }
        _ = folder
        let run = indicators(scratch.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("\(closed): cannot read this folder"), "\(run.errors)")
    }
}
