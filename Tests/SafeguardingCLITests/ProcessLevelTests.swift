import Foundation
import Testing
@testable import SafeguardingCLI

/// What only a separate process shows: its real standard streams, a write the system refuses,
/// and signals. Each run is driven to a known point, never timed.
@Suite("The built tool's streams, failed writes and signals")
struct ProcessLevelTests {
    static let compare = ["compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025"]

    @Test("Standard output that cannot be written (> /dev/full) exits 1 with a message, not a trap")
    func fullStandardOutput() throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "this test needs /dev/full (Linux)")
        let ending = try BuiltTool.run(executable, Self.compare, output: full)
        #expect(ending.reason == .exit)
        #expect(ending.status == 1)
        #expect(ending.errors == "error: cannot write to standard output: \(String(cString: strerror(ENOSPC)))\n")
    }

    @Test("A closed pipe (as with | head) ends the run quietly, as SIGPIPE does")
    func closedPipe() throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let pipe = Pipe()
        // No reader from the start: the first write finds the pipe closed.
        try pipe.fileHandleForReading.close()
        let ending = try BuiltTool.run(executable, Self.compare, output: pipe)
        #expect(ending.reason == .uncaughtSignal)
        #expect(ending.status == SIGPIPE)
        #expect(ending.errors.isEmpty, "\(ending.errors)")
    }

    @Test("A write that fails part way (the file-size limit) leaves the previous --output and no temporary file")
    func failedWrite() throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let scratch = try ScratchDirectory()
        let framework = try scratch.write(try String(contentsOfFile: Repository.blackpoolFramework, encoding: .utf8), to: "framework.csv")
        let target = try scratch.write("the previous scorecard\n", to: "out/scorecard.txt")
        // The shell limits files to one block and ignores SIGXFSZ, so write(2) fails with EFBIG
        // once the report passes the limit, as on a full disk, and the tool sees the error.
        let ending = try BuiltTool.run("/bin/sh", ["-c", "ulimit -f 1 && trap '' XFSZ && exec \"$0\" \"$@\"", executable,
                                                   "scorecard", "--framework", framework, "--output", target],
                                       output: FileHandle.nullDevice)
        #expect(ending.reason == .exit)
        #expect(ending.status == 1, "\(ending.errors)")
        #expect(ending.errors.contains("error: cannot write --output \(target): \(String(cString: strerror(EFBIG))); "
                                       + "a previous file of that name is unchanged"), "\(ending.errors)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the previous scorecard\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/out") == ["scorecard.txt"])
    }

    @Test("An interrupted or terminated report leaves nothing in its temporary folder", arguments: [SIGINT, SIGTERM])
    func interrupted(signal: Int32) throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let temporary = try ScratchDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["report"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["TMPDIR": temporary.path, DemonstrationCohort.pauseVariable: "1"]) { $1 }
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()

        // The tool says where it staged the returns, then waits on its standard input.
        var said = ""
        while !said.contains("staged ") || !said.hasSuffix("\n") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            said += String(decoding: data, as: UTF8.self)
        }
        let line = try #require(said.split(separator: "\n").first { $0.hasPrefix("staged ") }, "never staged: \(said)")
        let folder = String(line.dropFirst("staged ".count))
        #expect(folder.hasPrefix(temporary.path + "/safeguarding-metrics-demo-"))
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        var files = 0
        for case let relative as String in FileManager.default.enumerator(atPath: folder)! {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + relative)
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            if !isFolder { files += 1 }
            #expect(attributes[.posixPermissions] as? Int == (isFolder ? 0o700 : 0o600), "\(relative)")
        }
        #expect(files >= 20)

        kill(process.processIdentifier, signal)
        // A generous bound, only so that a broken handler fails the test instead of hanging it:
        // closing standard input lets the run go on to a normal exit, which the checks below reject.
        if ended.wait(timeout: .now() + 120) == .timedOut { try input.fileHandleForWriting.close() }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
}
