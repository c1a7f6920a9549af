import Testing
import SafeguardingData

/// The SSDA903 `uasc` table (unaccompanied asylum-seeking children), read with the accounting,
/// key and error rules of the other tables.
@Suite("SSDA903 uasc table")
struct SSDA903UASCReaderTests {
    @Test("The sample uasc file loads every row, each child's DUC kept")
    func sample() throws {
        var builder = CohortBuilder()
        let report = try SSDA903CSVReader().read(file: Samples.path("ssda903_csv/uasc.csv"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2018),
                                                 into: &builder)
        #expect(report.rowsRead == 132 && report.rowsAccepted == 132 && report.rowsRejected == 0)
        let cohort = builder.build()
        #expect(cohort.uasc.count == 132)
        #expect(cohort.uasc.ceased.allSatisfy { $0 != DayNumber.unknown })
    }

    @Test("A damaged uasc file: an unreadable DUC rejects its row at its line and column, a blank DUC is read as still UASC, a repeated child is reported and its last row kept")
    func damaged() throws {
        let directory = try TemporaryDirectory()
        let text = "CHILD,SEX,DOB,DUC\n"
            + "1,1,01/01/2008,01/01/2026\n"
            + "2,1,01/01/2008,31/02/2026\n"
            + "3,1,01/01/2008,\n"
            + ",1,01/01/2008,01/01/2026\n"
            + "1,1,01/01/2008,01/06/2026\n"
        var builder = CohortBuilder()
        let report = try SSDA903CSVReader().read(file: directory.write(Array(text.utf8), to: "uasc.csv"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2025),
                                                 into: &builder)
        #expect(report.rowsRead == 5 && report.rowsAccepted == 3 && report.rowsRejected == 2)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        let rejected = report.problems.filter { $0.severity == .error }
        #expect(rejected.map(\.location.line) == [3, 5])
        #expect(rejected.map(\.location.columnName) == ["DUC", "CHILD"])
        let cohort = builder.build()
        #expect(cohort.uasc.count == 2)
        #expect(cohort.uasc.ceased == [Day(year: 2026, month: 6, day: 1)!.dayNumber, DayNumber.unknown])
        #expect(cohort.problems.contains { $0.reason.contains("appears again in this return's UASC") && $0.location.line == 6 })
    }
}
