import Foundation
import SafeguardingData
import Testing
@testable import SafeguardingCLI

@Suite("indicators --explain")
struct ExplainCommandTests {
    /// The records of an explanation CSV: the comment lines, and each row as a dictionary by column.
    static func csv(_ path: String) throws -> (comments: [String], rows: [[String: String]]) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let comments = lines.filter { $0.hasPrefix("#") }
        let table = lines.filter { !$0.hasPrefix("#") }
        let header = try #require(table.first).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let rows = table.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
        return (comments, rows)
    }

    /// Runs `--explain id` on the generated dataset into `file` of `scratch`.
    static func explain(_ id: String, _ scratch: ScratchDirectory, _ file: String, _ extra: String...) -> (Run, String) {
        let path = scratch.path + "/" + file
        return (tool(IndicatorsCommandTests.arguments("--explain", id, "--output", path) + extra), path)
    }

    @Test("The CSV's rows number the figure's numerator, denominator and coverage, as the library computes them",
          arguments: ["referrals.repeat_within_12_months.percent", "assessments.within_45_working_days.percent",
                      "cla.rate", "cla.stability.long_term.percent", "cla.placement.over_20_miles.percent",
                      "icpc.within_15_working_days.percent", "sdq.average", "care_leavers.in_touch.age_17_18.percent"])
    func csvMatchesFigure(id: String) throws {
        let scratch = try ScratchDirectory()
        let (run, path) = Self.explain(id, scratch, "records.csv")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.isEmpty)
        let figure = try #require(IndicatorsCommandTests.library().area("E06000009")?.result(for: IndicatorID(id)))
        let (comments, rows) = try Self.csv(path)
        #expect(comments.first?.hasPrefix("# PERSONAL DATA") == true)
        #expect(rows.allSatisfy { $0["indicator"] == id && $0["la"] == "E06000009" })
        let numerator = rows.filter { $0["counted_in"] == "numerator" }
        let denominatorOnly = rows.filter { $0["counted_in"] == "denominator_only" }
        #expect(figure.numerator > 0)
        if figure.indicator.unit == .averageScore {
            #expect(numerator.map { Int64($0["score"] ?? "") ?? -1 }.reduce(0, +) == figure.numerator)
        } else {
            #expect(Int64(numerator.count) == figure.numerator)
        }
        if figure.indicator.unit == .ratePer10k {
            #expect(denominatorOnly.isEmpty)
            #expect(comments.contains { $0.contains("population aged 0-17 of \(figure.denominator)") && $0.contains("mid-2024") })
        } else {
            #expect(Int64(numerator.count + denominatorOnly.count) == figure.denominator)
        }
        for kind in CoverageKind.allCases {
            let rowsOfKind = rows.filter { $0["coverage"]?.split(separator: ";").contains(Substring(kind.rawValue)) == true }
            #expect(Int64(rowsOfKind.count) == (figure.coverage.first { $0.kind == kind }?.count ?? 0), "\(kind)")
        }
    }

    @Test("JSON by extension, with the notice, the counts and a breakdown cell's records only")
    func jsonCell() throws {
        let scratch = try ScratchDirectory()
        let (run, path) = Self.explain("cla.rate", scratch, "records.json", "--breakdown", "age_band", "--cell", "10-15")
        #expect(run.status == 0, "\(run.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect((json["personal_data"] as? String)?.hasPrefix("PERSONAL DATA") == true && json["pseudonymised"] as? Bool == false)
        let explanation = try #require((json["explanations"] as? [[String: Any]])?.first)
        let records = try #require(explanation["records"] as? [[String: Any]])
        let cell = try IndicatorsCommandTests.library(breakdown: .ageBand).area("E06000009")?.breakdown(for: "cla.rate")
            .first { $0.label == "10-15" }
        #expect(Int64(records.count) == cell?.count && records.count > 0)
        #expect(records.allSatisfy { $0["cell"] as? String == "10-15" && $0["counted_in"] as? String == "numerator" })
        #expect(explanation["cell"] as? String == "10-15")
    }

    @Test("Pseudonyms are the keyed hash of each id, the same in every table, different with another key; no id leaks")
    func pseudonymised() throws {
        let scratch = try ScratchDirectory()
        let keyA = try scratch.write("first-key-of-enough-bytes\n", to: "a.key")
        let keyB = try scratch.write("second-key-of-enough-bytes\n", to: "b.key")
        let (plainRun, plainPath) = Self.explain("cla.rate", scratch, "plain.csv")
        #expect(plainRun.status == 0, "\(plainRun.errors)")
        let plain = try Self.csv(plainPath).rows.map { $0["child"]! }
        let ids = Set(plain)
        #expect(ids.count > 50)
        let (runA, pathA) = Self.explain("cla.rate", scratch, "a.csv", "--pseudonymise-key-file", keyA)
        let (runStable, pathStable) = Self.explain("cla.stability.long_term.percent", scratch, "a-stable.json",
                                                   "--pseudonymise-key-file", keyA)
        let (runB, pathB) = Self.explain("cla.rate", scratch, "b.csv", "--pseudonymise-key-file", keyB)
        #expect(runA.status == 0 && runStable.status == 0 && runB.status == 0, "\(runA.errors)\(runStable.errors)\(runB.errors)")
        let mac = HMACSHA256(key: Array("first-key-of-enough-bytes".utf8))
        let hashedA = try Self.csv(pathA).rows.map { $0["child"]! }
        #expect(hashedA == plain.map { mac.authenticate(Array($0.utf8)).hexadecimal })
        let hashedB = try Self.csv(pathB).rows.map { $0["child"]! }
        #expect(zip(hashedA, hashedB).allSatisfy { $0 != $1 } && hashedB.count == hashedA.count)
        // The other table: every child of long-term stability is looked after, with the same pseudonym.
        let stable = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: pathStable)))
            as? [String: Any])
        #expect(stable["pseudonymised"] as? Bool == true)
        let stableChildren = try #require(((stable["explanations"] as? [[String: Any]])?.first?["records"] as? [[String: Any]])?
            .compactMap { $0["child"] as? String })
        #expect(!stableChildren.isEmpty && Set(stableChildren).isSubset(of: Set(hashedA)))
        for (run, path) in [(runA, pathA), (runStable, pathStable), (runB, pathB)] {
            let text = try String(contentsOfFile: path, encoding: .utf8) + run.output + run.errors
            let tokens = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
            #expect(tokens.isDisjoint(with: ids), "\(path)")
        }
    }

    @Test("Child-level output needs --explain and --output; a bad cell, key or indicator is a usage error, writing nothing")
    func usage() throws {
        let scratch = try ScratchDirectory()
        let short = try scratch.write("short\n", to: "short.key")
        let out = scratch.path + "/out.csv"
        let refused: [[String]] = [
            ["--explain", "cla.rate"],
            ["--explain", "cla.rate", "--output", out, "--cell", "10-15"],
            ["--explain", "cla.rate", "--output", out, "--breakdown", "age_band", "--cell", "Teenagers"],
            ["--pseudonymise-key-file", short, "--output", out],
            ["--explain", "cla.rate", "--output", out, "--pseudonymise-key-file", short],
            ["--explain", "cla.rate", "--output", out, "--pseudonymise-key-file", scratch.path + "/missing.key"],
            ["--explain", "no.such.indicator", "--output", out],
            ["--explain", "cla.rate", "--output", out, "--suppress"],
        ]
        for extra in refused {
            let run = tool(IndicatorsCommandTests.arguments() + extra)
            #expect(run.status == 2, "\(extra): \(run.errors)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(extra)")
        }
    }
}
