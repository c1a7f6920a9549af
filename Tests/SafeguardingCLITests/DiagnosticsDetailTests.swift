import Testing
@testable import SafeguardingCLI

@Suite("Diagnostics: a summary first, then grouped by kind; --quiet and --verbose")
struct DiagnosticsDetailTests {
    /// The counts of the summary line (`1 error, 18 warnings, 32 notes: 1 scale_mismatch, …`) by kind.
    func summaryCounts(_ line: Substring) -> [String: Int] {
        let kinds = line.split(separator: ": ", maxSplits: 1)[1].split(separator: ", ")
        return Dictionary(uniqueKeysWithValues: kinds.map { item in
            let parts = item.split(separator: " ")
            return (String(parts[1]), Int(parts[0])!)
        })
    }

    @Test("The demonstration's summary comes first and its counts match the groups and, verbose, the lines that follow")
    func summaryMatchesDetails() throws {
        let run = tool("report", "--verbose")
        #expect(run.status == 0)
        let lines = run.errors.split(separator: "\n")
        let summaryIndex = try #require(lines.firstIndex { $0.hasPrefix("1 error, 21 warnings, ") })
        let counts = summaryCounts(lines[summaryIndex])
        #expect(counts["disagrees_with_computed"] == 15 && counts["scale_mismatch"] == 1 && counts["no_values"] == 4)
        for (kind, count) in counts {
            let heading = lines.first { $0.hasPrefix("\(kind) (\(count) ") }
            #expect(heading != nil, "\(kind)")
            #expect(lines.filter { $0.hasPrefix("  ") && $0.contains(" \(kind): ") }.count == count, "\(kind)")
        }
        // The report's footer counts the same errors and warnings.
        #expect(run.output.contains("1 error and 21 warnings about the framework's values"))
    }

    @Test("By default each kind shows its first three and says how many more; suggestions are all shown")
    func normalDetail() {
        let run = tool("report")
        #expect(run.errors.contains("disagrees_with_computed (15 warnings):"))
        #expect(run.errors.contains("  … and 12 more (--verbose shows every one)"))
        #expect(run.errors.split(separator: "\n").filter { $0.contains("warning disagrees_with_computed:") }.count == 3)
    }

    @Test("--quiet prints nothing on success and only the summary and the error on failure")
    func quiet() throws {
        let run = tool("report", "--quiet")
        #expect(run.status == 0)
        #expect(run.errors.isEmpty, "\(run.errors)")
        let folder = try ScratchDirectory()
        let path = try folder.write("id,outcome,indicator,unit,polarity,computed_id,baseline 2023-04\n"
            + "A1,Safety,Enquiries,per 10000,lower,s47.rat,478\n", to: "framework.csv")
        let failing = tool("scorecard", "--framework", path, "--quiet")
        #expect(failing.status == 1)
        let lines = failing.errors.split(separator: "\n")
        #expect(lines.count == 2, "\(failing.errors)")
        #expect(lines.first?.hasPrefix("1 error") == true)
        #expect(lines.last?.hasPrefix("error: 1 computed_id names no indicator") == true)
    }

    @Test("--quiet with --verbose is a usage error")
    func quietAndVerbose() {
        #expect(tool("report", "--quiet", "--verbose").status == 2)
    }
}
