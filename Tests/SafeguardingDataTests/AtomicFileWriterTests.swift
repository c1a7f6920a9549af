import Foundation
import Testing
@testable import SafeguardingData

@Suite("Atomic file writing")
struct AtomicFileWriterTests {
    @Test("A new file holds exactly the bytes written, is owner-only, and nothing else is left beside it")
    func newFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("report.csv").path
        try AtomicFileWriter(path: path).write("a,b\n1,2\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n1,2\n")
        #expect(try permissions(path) == 0o600)
        #expect(try listing(directory.url.path) == ["report.csv"])
    }

    @Test("Replacing a file gives the new content, keeps its permissions and leaves no temporary file")
    func replacement() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(Array("the previous report, longer than the next\n".utf8), to: "board.txt")
        chmod(path, 0o640)
        try AtomicFileWriter(path: path, synchronises: false).write(Array("new\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try permissions(path) == 0o640)
        #expect(try listing(directory.url.path) == ["board.txt"])
    }

    @Test("A symbolic link is followed: the file it names is replaced and the link stays a link")
    func symbolicLink() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.write(Array("old".utf8), to: "target.txt")
        let link = directory.url.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFileWriter(path: link).write("new")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try listing(directory.url.path) == ["link.txt", "target.txt"])
    }

    @Test("A device is written in place: /dev/null takes the bytes and stays a device")
    func nullDevice() throws {
        try AtomicFileWriter(path: "/dev/null").write("discarded")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test("A full device fails at the write step with ENOSPC")
    func fullDevice() throws {
        #expect(FileManager.default.fileExists(atPath: "/dev/full"), "this test needs /dev/full (Linux)")
        let error = #expect(throws: FileWriteError.self) { try AtomicFileWriter(path: "/dev/full").write("x") }
        #expect(error?.step == .write)
        #expect(error?.code == ENOSPC)
        #expect(error?.description == "/dev/full: cannot write: \(String(cString: strerror(ENOSPC)))")
    }

    @Test("A folder that does not exist fails at the create step and creates nothing")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("no/such/folder/report.csv").path
        let error = #expect(throws: FileWriteError.self) { try AtomicFileWriter(path: path).write("x") }
        #expect(error?.step == .create)
        #expect(error?.code == ENOENT)
        #expect(try listing(directory.url.path).isEmpty)
    }

    @Test("A folder is refused and left as it was")
    func folder() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.writeNested("kept", to: "inside/file.txt")
        let folder = directory.url.appendingPathComponent("inside").path
        let error = #expect(throws: FileWriteError.self) { try AtomicFileWriter(path: folder).write("x") }
        #expect(error?.code == EISDIR)
        #expect(try listing(folder) == ["file.txt"])
        #expect(try listing(directory.url.path) == ["inside"])
    }

    @Test("A temporary file watched for termination is no longer watched once the write is done")
    func terminationWatchEnds() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("watched.txt").path
        try AtomicFileWriter(path: path, removesTemporaryFileOnTermination: true).write("x")
        #expect(!TerminationCleanup.shared.registeredPaths.contains { $0.hasPrefix(directory.url.path) })
        #expect(try listing(directory.url.path) == ["watched.txt"])
    }
}
