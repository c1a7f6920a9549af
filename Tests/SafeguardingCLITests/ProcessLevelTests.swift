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

    @Test("The demonstration writes no temporary file: its returns are generated and read in memory")
    func demonstrationWritesNothing() throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let scratch = try ScratchDirectory()
        // A temporary directory that is a file: creating anything in it fails, even for root, so a
        // run that staged files there would stop with an error instead of reporting.
        let notAFolder = try scratch.write("not a folder", to: "tmp")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["report", "--format", "json"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": notAFolder]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(said)")
        let report = try JSONSerialization.jsonObject(with: printed) as? [String: Any]
        #expect(report?["synthetic"] as? Bool == true)
        #expect((report?["actuals_computed_from"] as? String)?.hasPrefix("a synthetic demonstration cohort") == true)
        #expect(try String(contentsOfFile: notAFolder, encoding: .utf8) == "not a folder")
    }
}

extension ProcessLevelTests {
    @Test("The built tool exits 1 for a year no return holds, after writing every figure as not_covered")
    func yearNotHeldExitsOne() throws {
        let executable = try #require(BuiltTool.path, "build the tool first: swift build --build-tests")
        let data = GeneratedData.directory
        let output = Pipe()
        let ending = try BuiltTool.run(executable, ["indicators", "--ssda903", data, "--cin", data, "--population",
                                                    data + "/population.csv", "--year", "2021", "--format", "csv",
                                                    "--indicator", "referrals.rate", "--indicator", "cla.rate"],
                                       output: output)
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(ending.reason == .exit)
        #expect(ending.status == 1, "\(ending.errors)")
        #expect(printed.contains(",referrals.rate,,,,,rate_per_10000,1,not_covered,"), "\(printed)")
        #expect(ending.errors.contains("error: the returns hold none of 2020-04-01..2021-03-31"), "\(ending.errors)")
    }
}
