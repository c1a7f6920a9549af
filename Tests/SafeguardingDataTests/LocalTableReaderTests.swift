import Testing
import SafeguardingData

@Suite("Local tables")
struct LocalTableReaderTests {
    @Test("Events, episodes, attendance and audits read, join the children of the returns, and bad rows are rejected")
    func localTables() throws {
        let directory = try TemporaryDirectory()
        let files = [
            ("events.csv", "la,child,date,kind\nE06000009,101,2024-05-01,early_help_assessment\n890,102,01/06/2024,family_group_conference\nE06000009,,2024-05-01,x\n"),
            ("episodes.csv", "la,child,start,end,kind\nBlackpool,101,2024-04-01,,early_help_plan\nE06000009,101,2024-04-01,2024-13-01,early_help_plan\n"),
            ("attendance.csv", "la,child,period_start,period_end,possible_sessions,attended_sessions\nE06000009,101,2024-09-01,2025-03-31,240,200\nE06000009,102,2024-09-01,2025-03-31,10,20\n"),
            ("audits.csv", "la,date,domain,grade\nE06000009,2024-06-30,planning,Good\nE06000009,2024-06-30,planning,Requires improvement\nE06000009,2024-06-30,voice,excellent\n"),
        ]
        var builder = CohortBuilder()
        let csv = "CHILD,SEX,DOB,ETHNIC\n101,1,01/01/2015,WBRI\n"
        _ = try SSDA903CSVReader().read(file: directory.write(Array(csv.utf8), to: "header.csv"),
                                        context: ReturnContext(authority: "E06000009", collectionYear: 2025), into: &builder)
        var reports: [FileReport] = []
        for (name, text) in files {
            reports.append(try LocalTableReader().read(file: directory.write(Array(text.utf8), to: name), into: &builder))
        }
        let cohort = builder.build()
        #expect(reports.map(\.rowsRead) == [3, 2, 2, 3])
        #expect(reports.map(\.rowsAccepted) == [2, 1, 1, 2])
        #expect(reports.allSatisfy { $0.rowsRead == $0.rowsAccepted + $0.rowsRejected })
        #expect(reports[0].errors.first?.location.columnName == "child" && reports[0].errors.first?.location.line == 4)
        #expect(reports[1].errors.first?.location.columnName == "end")
        #expect(cohort.children.count == 2)
        #expect(cohort.local.events.count == 2 && cohort.local.episodes.end == [DayNumber.open])
        #expect(cohort.local.attendance.attendedSessions == [200])
        #expect(cohort.local.audits.grade.map { AuditGradeCodes.list.code(at: $0) } == ["GOOD", "RI"])
        #expect(Set(cohort.local.kinds).isSuperset(of: ["early_help_assessment", "planning"]))
        // The child of the header and of the local tables is the same row.
        let child = try #require(cohort.children.index(authority: 0, identifier: "101"))
        #expect(cohort.local.events.child.first == child.rawValue)
        #expect(cohort.children.birth[child.index] == Day(year: 2015, month: 1, day: 1)!.dayNumber)
    }
}
