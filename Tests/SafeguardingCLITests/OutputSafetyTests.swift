import Foundation
import Testing
@testable import SafeguardingCLI

/// A copy of the generated dataset in a scratch folder, so a test may try to overwrite it.
func copiedDataset() throws -> (scratch: ScratchDirectory, data: String) {
    let scratch = try ScratchDirectory()
    let data = scratch.path + "/data"
    try FileManager.default.copyItem(atPath: GeneratedData.directory, toPath: data)
    return (scratch, data)
}

/// The bytes and modification date of every file under `folder`.
func snapshot(_ folder: String) throws -> [String: (Data, Date)] {
    var files: [String: (Data, Date)] = [:]
    for case let relative as String in FileManager.default.enumerator(atPath: folder)! {
        let path = folder + "/" + relative
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
        let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date ?? .distantPast
        files[relative] = (try Data(contentsOf: URL(fileURLWithPath: path)), date)
    }
    return files
}

@Suite("--output is atomic and never an input")
struct OutputSafetyTests {
    /// A command whose `--output` names one of its inputs, in some spelling, and the option named.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: @Sendable (_ data: String, _ scratch: String) throws -> [String]
        var option: String
        var label: String
        var testDescription: String { label }
    }

    static let year = "/E06000009/2025"

    static let cases: [Case] = [
        Case(arguments: { data, _ in ["indicators", "--ssda903", data, "--output", data + year + "/ssda903/header.csv"] },
             option: "--ssda903", label: "a return inside the --ssda903 folder"),
        Case(arguments: { data, _ in ["indicators", "--ssda903", data, "--output", data + "/report.json"] },
             option: "--ssda903", label: "a new file inside the --ssda903 folder"),
        Case(arguments: { data, _ in
                 let file = data + year + "/ssda903/episodes.csv"
                 return ["validate", "--ssda903", file, "--output", data + year + "/ssda903/../ssda903/./episodes.csv"] },
             option: "--ssda903", label: "an --ssda903 file spelt another way"),
        Case(arguments: { data, scratch in
                 let file = data + year + "/cin/cin_census_2025.xml"
                 try FileManager.default.linkItem(atPath: file, toPath: scratch + "/hard-link.xml")
                 return ["indicators", "--cin", file, "--output", scratch + "/hard-link.xml"] },
             option: "--cin", label: "a hard link to the --cin file"),
        Case(arguments: { data, scratch in
                 try FileManager.default.createSymbolicLink(atPath: scratch + "/link.csv", withDestinationPath: data + "/population.csv")
                 return ["validate", "--population", data + "/population.csv", "--output", scratch + "/link.csv"] },
             option: "--population", label: "a symbolic link to the --population file"),
        Case(arguments: { data, _ in ["validate", "--postcodes", data + "/postcodes.csv", "--output", data + "/postcodes.csv"] },
             option: "--postcodes", label: "the --postcodes file"),
        Case(arguments: { data, scratch in
                 let populations = scratch + "/by_age.csv"
                 try Data("la_code,year,breakdown,cell,population\n".utf8).write(to: URL(fileURLWithPath: populations))
                 return ["indicators", "--ssda903", data, "--breakdown", "age_band", "--breakdown-populations", populations,
                         "--output", populations] },
             option: "--breakdown-populations", label: "the --breakdown-populations file"),
        Case(arguments: { _, scratch in
                 let framework = scratch + "/framework.csv"
                 try FileManager.default.copyItem(atPath: Repository.blackpoolFramework, toPath: framework)
                 return ["scorecard", "--framework", framework, "--output", framework] },
             option: "--framework", label: "the scorecard's --framework file"),
        Case(arguments: { data, _ in ["report", "--ssda903", data, "--cin", data, "--output", data + year + "/cin/cin_census_2025.xml"] },
             option: "--ssda903", label: "a report over a return"),
        Case(arguments: { data, _ in ["generate", "--out", data, "--la", "E06000009", "--years", "1", "--output", data + "/summary.txt"] },
             option: "--out", label: "generate's summary inside its --out folder"),
    ]

    @Test("An --output that is an input, or inside an input folder, exits 2 and changes no file", arguments: cases)
    func refused(_ example: Case) throws {
        let (scratch, data) = try copiedDataset()
        let arguments = try example.arguments(data, scratch.path)
        let before = try snapshot(scratch.path)
        let run = tool(arguments)
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.errors.contains("would overwrite or write inside the input \(example.option)"), "\(run.errors)")
        #expect(run.output.isEmpty)
        let after = try snapshot(scratch.path)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, (bytes, date)) in before {
            #expect(after[name]?.0 == bytes && after[name]?.1 == date, "\(name) changed")
        }
    }

    @Test("--output replaces a previous report with the new one, keeps its permissions and leaves no other file")
    func replaces() throws {
        let scratch = try ScratchDirectory()
        let report = try scratch.write("the previous report\n", to: "compare.txt")
        chmod(report, 0o644)
        let run = tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--output", report)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("wrote \(report)"))
        let written = try String(contentsOfFile: report, encoding: .utf8)
        #expect(written.hasPrefix("Children looked after per 10,000 at period end (cla.rate)"))
        #expect(try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int == 0o644)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["compare.txt"])
    }

    @Test("A new --output file is owner-only")
    func ownerOnly() throws {
        let scratch = try ScratchDirectory()
        let report = scratch.path + "/new.json"
        #expect(tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025", "--format", "json",
                     "--output", report).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int == 0o600)
    }

    @Test("An --output in a folder that does not exist exits 2 and creates nothing")
    func missingFolder() throws {
        let scratch = try ScratchDirectory()
        let run = tool("compare", "--indicator", "cla.rate", "--la", "890", "--year", "2025",
                       "--output", scratch.path + "/no/such/report.txt")
        #expect(run.status == 2)
        #expect(run.errors.contains("cannot write --output \(scratch.path)/no/such/report.txt: No such file or directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test("A header file without its header line: no diagnostic or report names a child", arguments: ["indicators", "validate"])
    func headerlessReturn(command: String) throws {
        let (scratch, data) = try copiedDataset()
        let folder = data + Self.year + "/ssda903"
        let original = try String(contentsOfFile: folder + "/header.csv", encoding: .utf8)
        var lines = original.split(separator: "\n").map(String.init)
        let columns = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/header.csv"))
        let child = try #require(columns.firstIndex(of: "CHILD")), birth = try #require(columns.firstIndex(of: "DOB"))
        let rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let run = tool(command, "--ssda903", folder, "--output", scratch.path + "/out.txt")
        let written = (try? String(contentsOfFile: scratch.path + "/out.txt", encoding: .utf8)) ?? ""
        #expect(run.status == 1, "\(run.errors)")
        #expect((run.errors + written).contains("line 1 looks like a row of data"), "\(run.errors)")
        for text in [run.errors, written] {
            let identifiers = rows.map { $0[child] }.filter { text.contains($0) }
            let births = rows.map { $0[birth] }.filter { !$0.isEmpty && text.contains($0) }
            #expect(identifiers.isEmpty, "a child identifier in: \(text)")
            #expect(births.isEmpty, "a date of birth in: \(text)")
        }
    }
}
