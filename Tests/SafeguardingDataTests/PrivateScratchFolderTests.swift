import Foundation
import Testing
@testable import SafeguardingData

@Suite("Private scratch folders")
struct PrivateScratchFolderTests {
    @Test("The folder is new, owner-only and inside the parent given")
    func created() throws {
        let parent = try TemporaryDirectory()
        let scratch = try PrivateScratchFolder(prefix: "stage", in: parent.url.path, removeOnTermination: false)
        defer { scratch.remove() }
        #expect(scratch.path.hasPrefix(parent.url.path + "/stage-"))
        #expect(try permissions(scratch.path) == 0o700)
        #expect(try listing(scratch.path).isEmpty)
        let other = try PrivateScratchFolder(prefix: "stage", in: parent.url.path, removeOnTermination: false)
        defer { other.remove() }
        #expect(other.path != scratch.path)
    }

    @Test("remove() takes the folder and everything in it, and stops watching it for signals")
    func removal() throws {
        let parent = try TemporaryDirectory()
        let scratch = try PrivateScratchFolder(prefix: "stage", in: parent.url.path)
        #expect(TerminationCleanup.shared.registeredPaths.contains(scratch.path))
        try FileManager.default.createDirectory(atPath: scratch.path + "/a/b", withIntermediateDirectories: true)
        try Data("child-level".utf8).write(to: URL(fileURLWithPath: scratch.path + "/a/b/header.csv"))
        scratch.remove()
        #expect(!FileManager.default.fileExists(atPath: scratch.path))
        #expect(!TerminationCleanup.shared.registeredPaths.contains(scratch.path))
        scratch.remove()
        #expect(try listing(parent.url.path).isEmpty)
    }

    @Test("A folder released without remove() is removed")
    func release() throws {
        let parent = try TemporaryDirectory()
        var path = ""
        do {
            let scratch = try PrivateScratchFolder(prefix: "stage", in: parent.url.path)
            path = scratch.path
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!TerminationCleanup.shared.registeredPaths.contains(path))
    }

    @Test("A parent that does not exist fails at the create step")
    func missingParent() throws {
        let error = #expect(throws: FileWriteError.self) {
            try PrivateScratchFolder(prefix: "stage", in: "/no/such/parent", removeOnTermination: false)
        }
        #expect(error?.step == .create)
    }
}
