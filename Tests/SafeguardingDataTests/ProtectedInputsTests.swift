import Foundation
import Testing
@testable import SafeguardingData

@Suite("Outputs never overwrite inputs")
struct ProtectedInputsTests {
    @Test("The same file under another name, through a symbolic link or a hard link, is found")
    func sameFile() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.writeNested("CHILD,SEX,DOB\n", to: "returns/header.csv")
        let root = directory.url.path
        let link = root + "/link.csv", hard = root + "/hard.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        try FileManager.default.linkItem(atPath: input, toPath: hard)
        let inputs = ProtectedInputs([input])
        #expect(inputs.conflict(for: input) == input)
        #expect(inputs.conflict(for: root + "/returns/./../returns/header.csv") == input)
        #expect(inputs.conflict(for: link) == input)
        #expect(inputs.conflict(for: hard) == input)
        #expect(inputs.conflict(for: root + "/returns/other.csv") == nil)
        #expect(inputs.conflict(for: root + "/report.csv") == nil)
    }

    @Test("A file inside an input folder is found, whether it exists or not, however deep")
    func insideFolder() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.writeNested("x", to: "data/E06000009/2025/ssda903/header.csv")
        let folder = directory.url.appendingPathComponent("data").path
        let inputs = ProtectedInputs([folder])
        #expect(inputs.conflict(for: folder + "/E06000009/2025/ssda903/header.csv") == folder)
        #expect(inputs.conflict(for: folder + "/report.json") == folder)
        #expect(inputs.conflict(for: folder + "/new/deeper/report.json") == folder)
        #expect(inputs.conflict(for: folder) == folder)
        #expect(inputs.conflict(for: directory.url.path + "/report.json") == nil)
        #expect(inputs.conflict(for: directory.url.path + "/data-report.json") == nil)
    }

    @Test("A relative output is resolved against the working folder")
    func relative() throws {
        let working = FileManager.default.currentDirectoryPath
        #expect(ProtectedInputs([working]).conflict(for: "report-that-does-not-exist.csv") == working)
        #expect(ProtectedInputs([working]).conflict(for: "no/such/folder/report.csv") == working)
    }

    @Test("An input that does not exist protects nothing")
    func missingInput() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("gone.csv").path
        #expect(ProtectedInputs([path]).conflict(for: path) == nil)
    }
}
