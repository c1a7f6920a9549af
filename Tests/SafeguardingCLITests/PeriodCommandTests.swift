import Foundation
import Testing
@testable import SafeguardingCLI

/// The four period cases of issue 15 on the command line, on the dataset `generate` writes
/// (Blackpool, collection years 2024 and 2025, populations to mid-2024).
@Suite("Periods on the command line")
struct PeriodCommandTests {
    static let framework = """
        id,outcome,indicator,unit,polarity,computed_id,baseline 2024-03,target 2024-12
        OF1,Help,Referral rate per 10000,per 10000,lower,referrals.rate,900,TARGET
        OF2,Care,Children looked after per 10000,per 10000,lower,cla.rate,200,150

        """

    static func inputs(_ data: String = GeneratedData.directory, cin: Bool = true) -> [String] {
        ["--ssda903", data] + (cin ? ["--cin", data] : []) + ["--population", data + "/population.csv"]
    }

    /// The nine-month referral rate as `indicators` computes it, exactly.
    static func nineMonthRate() throws -> Double {
        let run = tool(["indicators"] + inputs() + ["--period", "2024-04-01..2024-12-31", "--indicator", "referrals.rate",
                                                    "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let areas = try #require(try run.json()["areas"] as? [[String: Any]])
        let figure = try #require((areas[0]["indicators"] as? [[String: Any]])?.first)
        #expect((figure["basis"] as? [String: Any])?["kind"] as? String == "part_year")
        #expect((figure["basis"] as? [String: Any])?["days"] as? Int == 275)
        return try #require(figure["value"] as? Double)
    }

    @Test("report --period over nine months annualises the referral rate before judging it, and every format says so")
    func nineMonthsAnnualised() throws {
        let raw = try Self.nineMonthRate()
        let annualised = raw * 365 / 275
        // A target the part-year figure meets and the annualised one misses (lower is better).
        let target = Int(((raw + annualised) / 2).rounded())
        let scratch = try ScratchDirectory()
        let path = try scratch.write(Self.framework.replacingOccurrences(of: "TARGET", with: String(target)), to: "ours.csv")
        let arguments = ["report", "--framework", path] + Self.inputs() + ["--la", "E06000009", "--period", "2024-04-01..2024-12-31"]
        let text = tool(arguments)
        #expect(text.status == 0, "\(text.errors)")
        let row = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("OF1") })
        #expect(row.contains("\(Int(annualised.rounded())) (2024-12), annualised from 275 days"), "\(row)")
        #expect(row.contains("missed"), "\(row)")
        let snapshot = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("OF2") })
        #expect(!snapshot.contains("annualised"), "a snapshot is not annualised: \(snapshot)")
        for format in ["csv", "html"] {
            let run = tool(arguments + ["--format", format])
            #expect(run.status == 0)
            #expect(run.output.contains(format == "csv" ? ",part_year,275,275," : "annualised from 275 days"), "\(format)")
        }
        let json = try tool(arguments + ["--format", "json"]).json()
        let rows = try #require((json["scorecard"] as? [String: Any])?["rows"] as? [[String: Any]])
        let point = try #require((rows[0]["points"] as? [[String: Any]])?.first { $0["actual"] != nil && !($0["actual"] is NSNull) })
        #expect(point["annualised_from_days"] as? Int == 275)
        #expect(point["status"] as? String == "missed")
        #expect((point["basis"] as? [String: Any])?["kind"] as? String == "part_year")
        #expect(point["population_year"] as? Int == 2024)
    }

    @Test("indicators --period 2025-01-01..2025-03-31 computes with the mid-2024 population and says mid-2025 is missing")
    func quarterFallsBack() throws {
        let run = tool(["indicators"] + Self.inputs() + ["--period", "2025-01-01..2025-03-31", "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("no mid-2025 population estimate") && run.errors.contains("rates use mid-2024"), "\(run.errors)")
        let json = try run.json()
        #expect(((json["period"] as? [String: Any])?["basis"] as? [String: Any])?["days"] as? Int == 90)
        let area = try #require((json["areas"] as? [[String: Any]])?.first)
        #expect(area["population_year"] as? Int == 2024)
        let figures = try #require(area["indicators"] as? [[String: Any]])
        let rate = try #require(figures.first { $0["id"] as? String == "referrals.rate" })
        #expect(rate["population_year"] as? Int == 2024 && rate["state"] as? String == "ok")
        let report = tool(["report", "--framework", Repository.blackpoolFramework] + Self.inputs()
                          + ["--la", "E06000009", "--period", "2025-01-01..2025-03-31"])
        #expect(report.status == 0, "\(report.errors)")
    }

    @Test("indicators --year 2021 on returns for 2024 and 2025 gives not_covered for every figure and exits 1")
    func yearNotHeld() throws {
        let run = tool(["indicators"] + Self.inputs() + ["--year", "2021", "--format", "json"])
        #expect(run.status == 1)
        #expect(run.errors.contains("the returns hold none of 2020-04-01..2021-03-31"), "\(run.errors)")
        let area = try #require((try run.json()["areas"] as? [[String: Any]])?.first)
        let figures = try #require(area["indicators"] as? [[String: Any]])
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(figure["state"] as? String == "not_covered", "\(figure["id"] ?? "")")
            #expect(figure["value"] is NSNull && figure["numerator"] is NSNull && figure["covered_days"] as? Int == 0)
        }
        let text = tool(["indicators"] + Self.inputs() + ["--year", "2021", "--indicator", "referrals.rate"])
        #expect(text.status == 1 && text.output.contains("no data"))
    }

    @Test("A folder without CIN census returns gives not_covered for CIN indicators only")
    func missingCINCensus() throws {
        let scratch = try ScratchDirectory()
        let source = GeneratedData.directory
        let files = FileManager.default
        for year in ["2024", "2025"] {
            try files.createDirectory(atPath: scratch.path + "/E06000009/" + year, withIntermediateDirectories: true)
            try files.copyItem(atPath: source + "/E06000009/\(year)/ssda903", toPath: scratch.path + "/E06000009/\(year)/ssda903")
        }
        let run = tool(["indicators", "--ssda903", scratch.path, "--population", source + "/population.csv", "--year", "2025",
                        "--indicator", "referrals.rate", "--indicator", "cpp.rate", "--indicator", "cla.rate", "--format", "csv"])
        #expect(run.status == 0, "\(run.errors)")
        let rows = run.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let state = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { (String($0[5]), String($0[12])) })
        #expect(state == ["referrals.rate": "not_covered", "cpp.rate": "not_covered", "cla.rate": "ok"])
        #expect(!run.output.contains("referrals.rate,0,"), "no referral rate of 0 from no data")

        // The report shows "no data" for the CIN row in every format, and still computes the SSDA903 row.
        let framework = try scratch.write(Self.framework.replacingOccurrences(of: "TARGET", with: "800"), to: "ours.csv")
        let report = ["report", "--framework", framework, "--ssda903", scratch.path, "--population", source + "/population.csv",
                      "--la", "E06000009", "--year", "2025"]
        let text = tool(report)
        #expect(text.status == 0, "\(text.errors)")
        let lines = text.output.split(separator: "\n")
        #expect(lines.first { $0.hasPrefix("OF1") }?.contains("no data (2025-03-31)") == true, "\(text.output)")
        #expect(lines.first { $0.hasPrefix("OF2") }?.contains("computed") == true)
        #expect(tool(report + ["--format", "html"]).output.contains("no data"))
        let csv = try CSVTable(text: tool(report + ["--format", "csv"]).output, name: "report.csv")
        let noData = try #require(csv.header.firstIndex(of: "no_data"))
        #expect(csv.rows.first { $0[1] == "OF1" }?[noData] == "true")
        #expect(csv.rows.first { $0[1] == "OF2" }?[noData] == "false")
        let json = try tool(report + ["--format", "json"]).json()
        let scorecardRows = try #require((json["scorecard"] as? [String: Any])?["rows"] as? [[String: Any]])
        let points = try #require(scorecardRows[0]["points"] as? [[String: Any]])
        #expect(points.contains { $0["no_data"] as? Bool == true && $0["actual"] is NSNull })
    }
}
