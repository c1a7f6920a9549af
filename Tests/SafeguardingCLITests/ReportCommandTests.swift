import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("report")
struct ReportCommandTests {
    @Test("With no inputs, report prints Blackpool's scorecard grouped by outcome with neighbour comparisons")
    func demonstrationText() {
        let run = tool("report")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Blackpool outcomes framework, version 2024-01, at 2024-01 — Blackpool (E06000009)"))
        for heading in ["CHILDREN, YOUNG PEOPLE AND FAMILIES STAY TOGETHER AND GET THE HELP THEY NEED",
                        "CHILDREN AND YOUNG PEOPLE ARE SUPPORTED BY THEIR FAMILY NETWORK",
                        "CHILDREN AND YOUNG PEOPLE ARE SAFE IN AND OUTSIDE THEIR HOMES",
                        "CHILDREN IN CARE AND CARE LEAVERS HAVE STABLE LOVING HOMES"] {
            #expect(lines.contains(heading))
        }
        // Linked rows' actuals are computed from the synthetic demonstration cohort, and say so.
        #expect(lines[1].hasPrefix("Actuals: 24 computed from a synthetic demonstration cohort (not real data)"))
        #expect(lines[1].contains("9 typed in the framework"))
        #expect(lines.contains { $0.hasPrefix("DEMONSTRATION: computed actuals come from synthetic records, not Blackpool's data") })
        let referrals = lines.first { $0.hasPrefix("OF1-03") } ?? ""
        #expect(referrals.contains("833 (2023-04)") && referrals.contains("825 (2023-10)")
                && referrals.contains("928 (2023-10)  computed"), "\(referrals)")
        // Care leavers in touch and in suitable accommodation are the 17-21 indicators; children
        // safely returned home (a count) are the numerator of the returned-home share.
        for id in ["OF4-11", "OF4-15", "OF2-03"] {
            let row = lines.first { $0.hasPrefix(id) } ?? ""
            #expect(row.contains("  computed  "), "\(row)")
        }
        #expect(lines.contains { $0.hasPrefix("OF2-03") && $0.contains("27 (2023-10)") })
        let unlinked = lines.first { $0.hasPrefix("OF4-14") } ?? ""
        #expect(!unlinked.contains("computed"))
        let children = lines.first { $0.contains("↳ cla.rate:") } ?? ""
        #expect(children.contains("Blackpool published 2024: 182") && children.contains("England 69"))
        #expect(lines.contains { $0.hasPrefix("RAG of the latest actuals: 13 green, 7 amber, 11 red, 9 grey") })
        // The framework's own problems go to stderr with their line and column.
        #expect(run.errors.contains("(bundled):2:7 (target 2023-10): error scale_mismatch"))
    }

    @Test("Report JSON holds the contract's scorecard and, per linked row, the compare document")
    func demonstrationJSON() throws {
        let run = tool("report", "--format", "json")
        #expect(run.status == 0)
        let json = try run.json()
        #expect(json["la"] as? String == "E06000009")
        #expect(json["comparison_year"] as? Int == 2024)
        #expect(json["synthetic"] as? Bool == true)
        #expect((json["actuals_computed_from"] as? String)?.hasPrefix("a synthetic demonstration cohort (not real data)") == true)
        let scorecard = try #require(json["scorecard"] as? [String: Any])
        let rows = try #require(scorecard["rows"] as? [[String: Any]])
        #expect(rows.count == 40)
        // OF1-03's 2023-10 actual is computed (referrals in the 12 months to 31 October 2023), and
        // the typed-in 798 that differs from it is reported.
        let referrals = try #require(rows.first { $0["id"] as? String == "OF1-03" })
        let october = try #require((referrals["points"] as? [[String: Any]])?.first { $0["date"] as? String == "2023-10" })
        #expect(october["actual_source"] as? String == "computed")
        #expect(october["actual"] as? Int == 928 && october["numerator"] as? Int == 2625 && october["denominator"] as? Int == 28300)
        let issues = referrals["issues"] as? [[String: Any]] ?? []
        #expect(issues.contains { $0["kind"] as? String == "disagrees_with_computed" })
        let comparisons = try #require(json["comparisons"] as? [[String: Any]])
        #expect(comparisons.count == 12)
        let cla = try #require(comparisons.first { $0["id"] as? String == "OF1-09" }?["comparison"] as? [String: Any])
        #expect(Set(cla.keys) == ContractKeys.compare)
        #expect(cla["value"] as? Int == 182)
    }

    @Test("Report CSV has one row per framework row with the comparison columns")
    func demonstrationCSV() {
        let run = tool("report", "--format", "csv")
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 41)
        #expect(lines[0].hasPrefix("outcome,id,title,unit,polarity,baseline_date,baseline"))
        #expect(lines.contains { $0.contains(",OF1-09,") && $0.contains(",cla.rate,2024,E06000009,182,mean,") })
    }

    @Test("The HTML report is one page with no script or external file, an SVG chart per indicator and RAG in words")
    func demonstrationHTML() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.path + "/board.html"
        let run = tool("report", "--format", "html", "--output", file)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
        // 37 rows have values (3 have none; OF2-03 has its computed count): a trajectory each, and
        // 12 comparison charts.
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 37 + 12)
        #expect(html.components(separatedBy: "<title id=\"t-").count - 1 == 37)
        // RAG is never colour alone: each badge carries a shape and a word.
        #expect(html.contains("<span class=\"badge red\"><span aria-hidden=\"true\">■</span> Red</span>"))
        #expect(html.contains("<caption>Values of OF1-03 by date</caption>"))
        #expect(html.contains("@media print"))
    }

    @Test("Report on a council's own framework compares rows whose id names a published indicator")
    func ownFramework() throws {
        let scratch = try ScratchDirectory()
        let framework = try scratch.write("""
            id,outcome,indicator,unit,polarity,baseline 2023-04,target 2024-03,actual 2024-03
            cla.rate,Care,Children looked after per 10000,per 10000,lower,100,95,97
            L-1,Local,Audits graded good,percent,higher,40%,60%,55%
            """, to: "ours.csv")
        let run = tool("report", "--framework", framework, "--la", "Sandwell", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let json = try run.json()
        #expect(json["la"] as? String == "E08000028")
        let comparisons = try #require(json["comparisons"] as? [[String: Any]])
        #expect(comparisons.map { $0["id"] as? String } == ["cla.rate"])
        #expect(json["comparison_year"] as? Int == 2024)
    }

    @Test("The demonstration is deterministic: two runs print the same report")
    func demonstrationIsDeterministic() {
        let first = tool("report", "--format", "json"), second = tool("report", "--format", "json")
        #expect(first.status == 0 && second.status == 0)
        #expect(first.output == second.output)
    }

    @Test("Report on returns computes the linked rows for --year, dated at its end, equal to indicators")
    func realReturns() throws {
        let base = GeneratedData.directory
        let inputs = ["--ssda903", base, "--cin", base, "--population", "\(base)/population.csv", "--year", "2025"]
        let run = tool(["report", "--format", "json"] + inputs)
        #expect(run.status == 0, "\(run.errors)")
        let json = try run.json()
        #expect(json["la"] as? String == "E06000009" && json["synthetic"] as? Bool == false)
        #expect(json["comparison_year"] as? Int == 2025)
        #expect((json["actuals_computed_from"] as? String)?.hasPrefix("the returns given for Blackpool (E06000009)") == true)
        let scorecard = try #require(json["scorecard"] as? [String: Any])
        #expect(scorecard["at"] as? String == "2025-03-31")
        let rows = try #require(scorecard["rows"] as? [[String: Any]])
        let children = try #require(rows.first { $0["id"] as? String == "OF1-09" })
        let point = try #require((children["points"] as? [[String: Any]])?.first { $0["date"] as? String == "2025-03-31" })
        #expect(point["actual_source"] as? String == "computed")

        let figures = tool(["indicators", "--indicator", "cla.rate", "--format", "json"] + inputs)
        let area = try #require((try figures.json()["areas"] as? [[String: Any]])?.first)
        let cla = try #require((area["indicators"] as? [[String: Any]])?.first)
        #expect(point["numerator"] as? Int == cla["numerator"] as? Int)
        #expect(point["denominator"] as? Int == cla["denominator"] as? Int)
        #expect("\(point["actual"] ?? "")" == cla["display"] as? String)

        let text = tool(["report"] + inputs)
        #expect(text.output.contains("Actuals: ") && text.output.contains("computed from the returns given for Blackpool"))
        #expect(!text.output.contains("DEMONSTRATION"))
    }

    @Test("Report on returns for an authority they do not hold exits 1, naming it")
    func realReturnsOtherAuthority() {
        let base = GeneratedData.directory
        let run = tool("report", "--ssda903", base, "--cin", base, "--la", "333")
        #expect(run.status == 1)
        #expect(run.errors.contains("Sandwell (E08000028) is not in the input files"))
        #expect(tool("report", "--period", "2024-04-01..2025-03-31").status == 2)
    }
}
