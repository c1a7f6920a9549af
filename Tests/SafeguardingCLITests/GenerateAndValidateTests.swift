import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("generate and validate")
struct GenerateAndValidateTests {
    /// Checks the contract's keys and the row accounting of a `validate` JSON document.
    func checkedFiles(_ run: Run) throws -> [[String: Any]] {
        let json = try run.json()
        #expect(Set(json.keys) == ["files"])
        let files = try #require(json["files"] as? [[String: Any]])
        for file in files {
            #expect(Set(file.keys) == ContractKeys.validateFile)
            let read = file["rows_read"] as? Int, accepted = file["rows_accepted"] as? Int
            let rejected = file["rows_rejected"] as? Int
            #expect(read == (accepted ?? -1) + (rejected ?? -1), "\(file["path"] ?? "")")
            for problem in file["problems"] as? [[String: Any]] ?? [] {
                #expect(Set(problem.keys) == ContractKeys.problem)
            }
        }
        return files
    }

    @Test("Generate writes the contract's layout, and the same seed writes the same files")
    func generateLayout() throws {
        let base = GeneratedData.directory
        for year in [2024, 2025] {
            for table in ["header", "episodes", "oc2", "oc3", "missing"] {
                #expect(FileManager.default.fileExists(atPath: "\(base)/E06000009/\(year)/ssda903/\(table).csv"))
            }
            #expect(FileManager.default.fileExists(atPath: "\(base)/E06000009/\(year)/cin/cin_census_\(year).xml"))
        }
        let scratch = try ScratchDirectory()
        let run = tool("generate", "--out", scratch.path, "--la", "890", "--years", "2", "--children", "6000", "--format", "json")
        #expect(run.status == 0)
        let summary = try run.json()
        #expect(summary["authorities"] as? [String] == ["E06000009"])
        #expect((summary["bytes"] as? Int ?? 0) > 100_000)
        for file in ["population.csv", "E06000009/2025/ssda903/episodes.csv", "E06000009/2025/cin/cin_census_2025.xml"] {
            #expect(FileManager.default.contents(atPath: "\(base)/\(file)") == FileManager.default.contents(atPath: "\(scratch.path)/\(file)"))
        }
    }

    @Test("Generated returns validate with every row accepted, and the JSON has the contract's keys")
    func validateGenerated() throws {
        let base = GeneratedData.directory
        let run = tool("validate", "--ssda903", "\(base)/E06000009/2024/ssda903", "\(base)/E06000009/2025/ssda903",
                       "--cin", "\(base)/E06000009", "--population", "\(base)/population.csv",
                       "--postcodes", "\(base)/postcodes.csv", "--year", "2025", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let files = try checkedFiles(run)
        // --year 2025 keeps the 2025 returns only: nine 903 tables (uasc and the adoption tables too) and one
        // census, then the two lookups.
        #expect(files.map { $0["table"] as? String ?? "" } == ["ad1", "episodes", "header", "missing", "oc2", "oc3",
                                                               "placed_for_adoption", "previous_permanence", "uasc",
                                                               "cin_census", "population", "postcodes"])
        #expect(files.allSatisfy { ($0["rows_rejected"] as? Int) == 0 && ($0["rows_read"] as? Int ?? 0) > 0 })
    }

    @Test("Validate reads every sample file, keeps the row accounting, and exits 1 exactly when a file has errors")
    func validateSamples() throws {
        let inputs: [[String]] = [
            ["--ssda903", Repository.sample("ssda903_csv"), "--la", "890", "--year", "2018"],
            ["--ssda903", Repository.sample("ssda903_csv_liia")],
            ["--ssda903", Repository.sample("ssda903_xml"), "--la", "890", "--year", "2018"],
            ["--cin", Repository.sample("cin_xml")],
        ]
        for arguments in inputs {
            let run = tool(["validate"] + arguments + ["--format", "json"])
            let files = try checkedFiles(run)
            #expect(!files.isEmpty)
            let hasErrors = files.contains { file in
                (file["problems"] as? [[String: Any]] ?? []).contains { $0["severity"] as? String == "error" }
            }
            #expect(run.status == (hasErrors ? 1 : 0), "\(arguments)")
        }
        // Given an authority and year, the 903 sample CSVs (whose folder says neither) are read.
        let placed = try checkedFiles(tool("validate", "--ssda903", Repository.sample("ssda903_csv"), "--la", "890",
                                           "--year", "2018", "--format", "json"))
        let episodes = try #require(placed.first { ($0["path"] as? String)?.hasSuffix("/episodes.csv") == true })
        #expect(episodes["rows_read"] as? Int == 5_050)
        // Without them, each file is reported as unreadable with the reason, not a crash.
        let unplaced = tool("validate", "--ssda903", Repository.sample("ssda903_csv"))
        #expect(unplaced.status == 1)
        #expect(unplaced.output.contains("cannot tell which authority and year this file belongs to"))
    }

    @Test("Validate as text and CSV lists each file with its counts")
    func validateTextAndCSV() {
        let cin = Repository.sample("cin_xml/CIN_Census_2024.xml")
        let text = tool("validate", "--cin", cin)
        #expect(text.output.contains("CIN_Census_2024.xml (cin_census):"))
        let csv = tool("validate", "--cin", cin, "--format", "csv")
        #expect(csv.output.hasPrefix("path,table,rows_read,rows_accepted,rows_rejected,line,column,column_name,severity,reason\n"))
    }
}
