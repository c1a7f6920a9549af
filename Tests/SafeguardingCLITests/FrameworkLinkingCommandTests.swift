import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("report and scorecard: linking a framework and judging its cells")
struct FrameworkLinkingCommandTests {
    @Test("report --framework on Blackpool without computed_id suggests 24 rows (the demonstration's links but its count row OF2-03, and OF4-14) and computes nothing")
    func blackpoolSuggestions() throws {
        let run = tool("report", "--framework", Repository.blackpoolFramework, "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let suggestions = run.errors.split(separator: "\n").filter { $0.contains("info suggested_link:") }
        #expect(suggestions.count == 24)
        let expected: [(String, String)] = [
            ("OF1-03", "referrals.rate"), ("OF3-02", "icpc.rate"), ("OF4-05", "cla.stability.long_term.percent"),
            ("OF4-13", "care_leavers.eet.age_19_21.percent"), ("OF4-11", "care_leavers.in_touch.age_17_21.percent"),
            ("OF4-15", "care_leavers.suitable_accommodation.age_17_21.percent"),
        ]
        for (row, id) in expected {
            #expect(suggestions.contains { $0.contains(" \(row) ") && $0.contains("add the column computed_id with the value \(id) ") },
                    "\(row)")
        }
        let json = try run.json()
        #expect((json["actuals"] as? String)?.hasPrefix("all ") == true)
        let comparisons = json["comparisons"] as? [Any]
        #expect(comparisons?.isEmpty == true)
        let unlinked = try #require(json["unlinked"] as? [[String: Any]])
        #expect(unlinked.count == 40)
        #expect(unlinked.filter { $0["link"] as? String == "suggested" }.count == 24)
        let referrals = unlinked.first { $0["id"] as? String == "OF1-03" }
        #expect(referrals?["candidates"] as? [String] == ["referrals.rate"])
    }

    @Test("The text header lists the rows not linked and why; the CSV says it per row")
    func headerListsUnlinkedRows() {
        let text = tool("report", "--framework", Repository.blackpoolFramework)
        #expect(text.output.contains("Not linked, a standard indicator matches (24; add computed_id to compute them): "
            + "OF1-03 → referrals.rate, OF1-04 → referrals.repeat_within_12_months.percent"))
        #expect(!text.output.contains("Not linked, several indicators match"))
        let csv = tool("report", "--framework", Repository.blackpoolFramework, "--format", "csv")
        let lines = csv.output.split(separator: "\n")
        #expect(lines[0].hasSuffix(",link,link_note"))
        #expect(lines.contains { $0.hasPrefix("\"Children, young people and families stay together and get the help they need\",OF1-03,") && $0.contains(",suggested,") })
        let html = tool("report", "--framework", Repository.blackpoolFramework, "--format", "html")
        #expect(html.output.contains("<p class=\"links\">Not linked, no standard indicator (16): OF1-01"))
    }

    func framework(_ rows: String) throws -> (ScratchDirectory, String) {
        let folder = try ScratchDirectory()
        let path = try folder.write("id,outcome,indicator,unit,polarity,computed_id,baseline 2023-04,actual 2023-10\n" + rows,
                                    to: "framework.csv")
        return (folder, path)
    }

    @Test("An unknown computed_id exits 1 naming the nearest ids and the way to list them; --lenient goes on")
    func unknownComputedID() throws {
        let (folder, path) = try framework("A1,Safety,Section 47 enquiries,per 10000,lower,s47.rat,478,470\n")
        let run = tool("scorecard", "--framework", path)
        #expect(run.status == 1)
        #expect(run.errors.contains("framework.csv:2:6 (computed_id): error unknown_computed_id: A1 computed_id s47.rat is "
            + "not an indicator; did you mean s47.rate, cin.rate or cpp.rate? ('safeguarding-metrics indicators --list' "
            + "lists every id)"))
        #expect(run.errors.contains("error: 1 computed_id names no indicator"))
        #expect(run.output.contains("A1"))
        let lenient = tool("scorecard", "--framework", path, "--lenient")
        #expect(lenient.status == 0, "\(lenient.errors)")
        withExtendedLifetime(folder) {}
    }

    @Test("A cell that does not parse exits 1 after the output; --lenient exits 0")
    func unparsableCell() throws {
        let (folder, path) = try framework("A1,Safety,Referrals,per 10000,lower,referrals.rate,833,58 per 10k\n")
        let run = tool("report", "--framework", path)
        #expect(run.status == 1)
        #expect(run.errors.contains("framework.csv:2:8 (actual 2023-10): error unreadable_value: A1 actual 2023-10:"))
        #expect(run.errors.contains("error: 1 cell does not parse as a value (see above)"))
        #expect(run.output.contains("A1"))
        #expect(tool("report", "--framework", path, "--lenient").status == 0)
        withExtendedLifetime(folder) {}
    }

    @Test("Plausibility warnings carry the file, line and column, and do not fail the command")
    func plausibilityWarnings() throws {
        let (folder, path) = try framework("""
            A1,Help,Re-referrals,percent,lower,,21,0.21
            A2,Help,Referrals,per 10000,lower,,833,8250
            A3,Help,Families helped,count,higher,,40,41.5

            """)
        let run = tool("scorecard", "--framework", path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("framework.csv:2:8 (actual 2023-10): warning looks_like_fraction: A1 actual 2023-10: 0.21 "
            + "looks like a fraction: if it means 21%, write 21"))
        #expect(run.errors.contains("framework.csv:3:8 (actual 2023-10): warning looks_like_other_scale: A2 actual 2023-10: "
            + "8250 is about 10 times the row's other values: it looks written per 100,000, not per 10,000"))
        #expect(run.errors.contains("framework.csv:4:8 (actual 2023-10): warning count_with_decimals: A3 actual 2023-10: 41.5"))
        withExtendedLifetime(folder) {}
    }
}
