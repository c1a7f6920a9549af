import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("Local measures from the command line: --local and --local-measure")
struct LocalMeasureCommandTests {
    /// Early help assessments and audits for Blackpool, and a framework with one row for each.
    func inputs() throws -> (ScratchDirectory, events: String, audits: String, framework: String) {
        let folder = try ScratchDirectory()
        let events = try folder.write("""
            la,child,date,kind
            E06000009,C1,2023-05-02,EHA
            E06000009,C2,2023-06-10,EHA
            E06000009,C3,2024-01-15,EHA
            E06000009,C3,2024-02-15,FGC
            E06000009,C4,2022-01-15,EHA

            """, to: "events.csv")
        let audits = try folder.write("""
            la,date,domain,grade
            E06000009,2023-06-01,Plans,good
            E06000009,2023-07-01,Plans,inadequate
            E06000009,2023-08-01,Plans,outstanding
            E06000009,2023-09-01,Reviews,requires improvement

            """, to: "audits.csv")
        let framework = try folder.write("""
            id,outcome,indicator,unit,polarity,computed_id,baseline 2023-04,actual 2024-03
            EH-1,Help,Early Help Assessment rate per 10000,per 10000,higher,eh.rate,2,3
            PO-2,Audits,Timely and Effective Plans,percent,higher,audits.plans.percent,39,41

            """, to: "framework.csv")
        return (folder, events, audits, framework)
    }

    @Test("report computes a framework row from a local table given on the command line")
    func reportComputesLocalRows() throws {
        let (folder, events, audits, framework) = try inputs()
        let run = tool("report", "--framework", framework, "--la", "E06000009", "--format", "json",
                       "--local", events, audits, "--local-measure", "eh.rate=event_rate:EHA",
                       "--local-measure", "audits.plans.percent=audits_good:Plans")
        #expect(run.status == 0, "\(run.errors)")
        let json = try run.json()
        let rows = try #require((json["scorecard"] as? [String: Any])?["rows"] as? [[String: Any]])
        let audit = try #require((rows[1]["points"] as? [[String: Any]])?.first)
        // Of the three Plans audits dated in the 12 months to March 2024, two were good or better.
        #expect(audit["actual_source"] as? String == "computed")
        #expect(audit["numerator"] as? Int == 2 && audit["denominator"] as? Int == 3 && audit["actual"] as? Int == 67)
        let help = try #require((rows[0]["points"] as? [[String: Any]])?.first)
        // Three early help assessments in the period (the 2022 one and the FGC are not counted).
        #expect(help["actual_source"] as? String == "computed" && help["numerator"] as? Int == 3)
        #expect((json["unlinked"] as? [Any])?.isEmpty == true)
        withExtendedLifetime(folder) {}
    }

    @Test("Without --local-measure the rows' computed_ids are unknown, and the error says so")
    func reportWithoutMeasure() throws {
        let (folder, events, _, framework) = try inputs()
        let run = tool("report", "--framework", framework, "--la", "E06000009", "--local", events)
        #expect(run.status == 1)
        #expect(run.errors.contains("EH-1 computed_id eh.rate is not an indicator"))
        withExtendedLifetime(folder) {}
    }

    @Test("indicators computes the local measures alone from local tables alone")
    func indicatorsComputesLocalMeasures() throws {
        let (folder, events, audits, _) = try inputs()
        let run = tool("indicators", "--local", events, audits, "--local-measure", "eh.rate=event_rate:EHA",
                       "--local-measure", "audits.plans.percent=audits_good:Plans", "--la", "E06000009", "--year", "2024",
                       "--format", "csv")
        #expect(run.status == 0, "\(run.errors)")
        let rows = run.output.split(separator: "\n").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.contains { $0.contains(",eh.rate,3,") })
        #expect(rows.contains { $0.contains(",audits.plans.percent,2,3,") && $0.contains(",66.7,") })
        withExtendedLifetime(folder) {}
    }

    @Test("validate reads local tables row by row, with the line and column of each rejected row")
    func validateLocalTables() throws {
        let (folder, events, _, _) = try inputs()
        let bad = try folder.write("la,date,domain,grade\nE06000009,2023-06-01,Plans,good\nE06000009,2023-07-01,Plans,brilliant\n",
                                   to: "bad_audits.csv")
        let run = tool("validate", "--local", events, bad, "--format", "json")
        #expect(run.status == 1)
        let files = try #require(try run.json()["files"] as? [[String: Any]])
        // Local tables are read in sorted path order, like every other input.
        #expect(files.map { $0["table"] as? String } == ["local_audits", "local_events"])
        let audits = try #require(files.first { $0["table"] as? String == "local_audits" })
        let eventsFile = try #require(files.first { $0["table"] as? String == "local_events" })
        #expect(eventsFile["rows_accepted"] as? Int == 5 && audits["rows_rejected"] as? Int == 1)
        let problem = try #require((audits["problems"] as? [[String: Any]])?.first)
        #expect(problem["line"] as? Int == 3 && problem["column"] as? Int == 4)
        withExtendedLifetime(folder) {}
    }

    @Test("A --local-measure not written ID=TEMPLATE is a usage error naming the templates")
    func badSpecification() throws {
        let (folder, events, _, framework) = try inputs()
        let run = tool("report", "--framework", framework, "--la", "E06000009", "--local", events,
                       "--local-measure", "eh.rate=rate:EHA")
        #expect(run.status == 2)
        #expect(run.errors.contains("'rate' is not a template; write one of event_rate:KIND"))
        withExtendedLifetime(folder) {}
    }
}
