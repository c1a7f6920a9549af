import Foundation
import Testing
@testable import SafeguardingCLI

/// Issue 13's remaining findings from the command line: validate builds the cohort and reads
/// inputs as the computing commands do, `--la`/`--year` place files in every command that reads
/// returns, a return in two files is read once, a population row rejected at info level fails.
@Suite("Reading inputs one way, from the command line")
struct ReturnInputCommandTests {
    /// The generated 2025 SSDA903 files copied into `folder` with no `<LA code>/<YYYY>` in its path.
    func unplacedCopy(into scratch: ScratchDirectory, folder: String = "flat") throws -> String {
        let source = GeneratedData.directory + "/E06000009/2025/ssda903"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            _ = try scratch.write(text, to: folder + "/" + name)
        }
        return scratch.path + "/" + folder
    }

    /// The files of a `validate --format json` run.
    func files(_ run: Run) throws -> [[String: Any]] {
        try #require(try run.json()["files"] as? [[String: Any]])
    }

    @Test("validate reports the cohort's problems (end before start, overlap, repeated key, unknown child) with file and line")
    func validateBuildsCohort() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("CHILD,SEX,DOB,ETHNIC\nA,1,01/01/2010,WBRI\nB,2,01/01/2011,WBRI\n", to: "E06000009/2025/ssda903/header.csv")
        let path = try scratch.write("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/06/2024,S,C2,U1,01/05/2024,E11\n"
            + "B,01/05/2024,S,C2,U1,01/09/2024,E11\nB,01/07/2024,P,C2,U1,,\nB,01/07/2024,P,C2,U1,,\nC,01/04/2024,S,C2,U1,,\n",
            to: "E06000009/2025/ssda903/episodes.csv")
        let run = tool("validate", "--ssda903", scratch.path, "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let episodes = try #require(try files(run).first { $0["path"] as? String == path })
        #expect(episodes["rows_read"] as? Int == 5 && episodes["rows_accepted"] as? Int == 5)
        let found = (episodes["problems"] as? [[String: Any]] ?? []).map { ($0["line"] as? Int ?? 0, $0["reason"] as? String ?? "") }
        for (line, start) in [(2, "episode ends (DEC) before it starts"), (4, "episode with the same key as line 5"),
                              (5, "episode starts before the previous episode"), (6, "the child of this row has episodes but no header row")] {
            #expect(found.contains { $0.0 == line && $0.1.hasPrefix(start) }, "line \(line): \(found)")
        }
        let text = tool("validate", "--ssda903", scratch.path)
        #expect(text.output.contains("before it starts"))
    }

    @Test("validate reads a dataset's root as indicators does: SSDA903 from ssda903 folders, the census from cin folders")
    func validateReadsDatasetLayout() throws {
        let base = GeneratedData.directory
        let run = tool("validate", "--ssda903", base, "--cin", base, "--year", "2025", "--format", "json")
        #expect(run.status == 0, "\(run.errors)\n\(run.output.prefix(2_000))")
        let tables = try files(run).map { $0["table"] as? String ?? "" }
        #expect(tables == ["ad1", "episodes", "header", "missing", "oc2", "oc3", "placed_for_adoption", "previous_permanence",
                           "uasc", "cin_census"])
    }

    @Test("--la and --year place SSDA903 files that carry no authority or year in validate, indicators and report")
    func laAndYearPlaceFiles() throws {
        let scratch = try ScratchDirectory()
        let flat = try unplacedCopy(into: scratch)
        let placed = GeneratedData.directory + "/E06000009/2025/ssda903"
        let population = GeneratedData.directory + "/population.csv"

        let validate = tool("validate", "--ssda903", flat, "--la", "E06000009", "--year", "2025", "--format", "json")
        #expect(validate.status == 0, "\(validate.output.prefix(1_000))")
        #expect(try files(validate).allSatisfy { ($0["rows_accepted"] as? Int ?? 0) > 0 })

        func indicators(_ folder: String, _ extra: [String]) -> Run {
            tool(["indicators", "--ssda903", folder, "--population", population, "--format", "json"] + extra)
        }
        let unplaced = indicators(flat, ["--year", "2025"])
        #expect(unplaced.status == 1)
        #expect(unplaced.errors.contains("cannot tell which authority and year this file belongs to"))
        let given = indicators(flat, ["--la", "E06000009", "--year", "2025"])
        #expect(given.status == 0, "\(given.errors)")
        #expect(given.output == indicators(placed, ["--la", "E06000009", "--year", "2025"]).output)

        func report(_ folder: String) -> Run {
            tool("report", "--ssda903", folder, "--population", population, "--la", "E06000009", "--year", "2025", "--format", "json")
        }
        let reported = report(flat)
        #expect(reported.status == 0, "\(reported.errors)")
        #expect(reported.output == report(placed).output)
        #expect(tool("report", "--ssda903", flat, "--population", population, "--year", "2025").status == 1)
    }

    @Test("The same return in two different folders gives the numbers of one, and names both files")
    func sameReturnInTwoFolders() throws {
        let scratch = try ScratchDirectory()
        let population = GeneratedData.directory + "/population.csv"
        let source = GeneratedData.directory + "/E06000009/2025/ssda903"
        for copy in ["a", "b"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: source) {
                let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
                _ = try scratch.write(text, to: "\(copy)/E06000009/2025/ssda903/\(name)")
            }
        }
        func run(_ folders: [String]) -> Run {
            tool(["indicators", "--year", "2025", "--population", population, "--format", "json"] + folders.flatMap { ["--ssda903", $0] })
        }
        let one = run([scratch.path + "/a"])
        let both = run([scratch.path + "/b", scratch.path + "/a"])
        #expect(one.status == 0 && both.status == 0, "\(both.errors)")
        #expect(both.output == one.output)
        #expect(both.errors.contains("\(scratch.path)/b/E06000009/2025/ssda903/oc2.csv: warning: this file holds the oc2 of the return "
            + "of E06000009 for collection year 2025, which \(scratch.path)/a/E06000009/2025/ssda903/oc2.csv already gave"), "\(both.errors)")
        let validate = tool("validate", "--ssda903", scratch.path + "/b", scratch.path + "/a", "--format", "json")
        #expect(validate.status == 0)
        // One per file of the return: header, episodes, missing, OC2, OC3, uasc, ad1, placed_for_adoption and
        // previous_permanence.
        #expect(try files(validate).filter { $0["table"] as? String == "same_return" }.count == 9)
    }

    @Test("A population row rejected at info level makes validate exit 1, as the help says")
    func infoRejectionExitsOne() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write(
            "mid_year,used_for_year_ending_31_march,geographic_level,new_la_code,old_la_code,la_name,region_code,region_name,population_estimate\n"
                + "2024,2025,Local authority,E06000009,890,Blackpool,E12000002,North West,26000\n"
                + "2024,2025,Parliamentary constituency,E14000001,,Somewhere,,,70000\n", to: "population.csv")
        let run = tool("validate", "--population", path, "--format", "json")
        #expect(run.status == 1)
        let file = try #require(try files(run).first)
        #expect(file["rows_read"] as? Int == 2 && file["rows_accepted"] as? Int == 1 && file["rows_rejected"] as? Int == 1)
        let problem = try #require((file["problems"] as? [[String: Any]])?.first)
        #expect(problem["severity"] as? String == "info" && problem["line"] as? Int == 3)
        #expect(tool("validate", "--help").output.contains("at any severity"))
    }

    @Test("Returns in a folder named by an authority code the directory does not know are read, with a warning")
    func unknownAuthorityCode() throws {
        let scratch = try ScratchDirectory()
        let flat = try unplacedCopy(into: scratch, folder: "E06999999/2025/ssda903")
        let run = tool("validate", "--ssda903", flat, "--format", "json")
        #expect(run.status == 0, "\(run.output.prefix(1_000))")
        let problems = try files(run).flatMap { $0["problems"] as? [[String: Any]] ?? [] }
        #expect(problems.contains { ($0["reason"] as? String)?.hasPrefix("the authority E06999999 is not in the directory") == true })
        let placed = tool("validate", "--ssda903", scratch.path + "/E06999999", "--la", "E06999999", "--year", "2025")
        #expect(placed.status == 0, "\(placed.errors)")
        // The computing commands read it too, named by its code, with a population given for it.
        let population = try scratch.write("la_code,year,population_0_17\nE06999999,2024,26000\n", to: "population.csv")
        let indicators = tool("indicators", "--ssda903", flat, "--population", population, "--year", "2025", "--format", "json")
        #expect(indicators.status == 0, "\(indicators.errors)")
        let areas = try #require(try indicators.json()["areas"] as? [[String: Any]])
        #expect(areas.map { $0["la"] as? String } == ["E06999999"])
        let report = tool("report", "--ssda903", flat, "--population", population, "--la", "E06999999", "--year", "2025")
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.errors.contains("note: E06999999 is not in the directory of local authorities"))
    }
}
