import Testing
import SafeguardingData

/// The OC2 yes/no fields (convictions, health and dental checks, immunisations, development
/// assessments, substance misuse) read from the SSDA903's CSV and XML layouts.
@Suite("SSDA903 OC2 outcomes")
struct SSDA903OutcomesReaderTests {
    /// The OC2 outcomes of a cohort's rows, one set per row in row order.
    private func outcomes(_ cohort: Cohort) -> [OC2Outcomes] {
        cohort.oc2.outcomes.map(OC2Outcomes.init(rawValue:))
    }

    @Test("The sample OC2 file's yes/no fields are read: as many yes as the file has 1s, column by column")
    func sampleCounts() throws {
        var builder = CohortBuilder()
        let report = try SSDA903CSVReader().read(file: Samples.path("ssda903_csv/oc2.csv"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2018),
                                                 into: &builder)
        #expect(report.problems.isEmpty)
        let rows = outcomes(builder.build())
        let expected: [(OC2Outcomes, Int)] = [(.convicted, 1_306), (.healthCheck, 1_305), (.immunised, 1_352),
                                              (.teethChecked, 1_325), (.developmentAssessed, 1_364),
                                              (.substanceMisuse, 1_348)]
        for (outcome, count) in expected { #expect(rows.filter { $0.contains(outcome) }.count == count, "\(outcome)") }
    }

    @Test("The XML sample's OC2 fields are read inside each child's OC2 record")
    func xmlSample() throws {
        var builder = CohortBuilder()
        _ = try SSDA903XMLReader().read(file: Samples.path("ssda903_xml/fake_903.xml"),
                                        context: ReturnContext(authority: "E06000009", collectionYear: 2018), into: &builder)
        let rows = outcomes(builder.build())
        #expect(rows.count == 253)
        #expect(rows.filter { $0.contains(.convicted) }.count == 122)
        #expect(rows.filter { $0.contains(.healthCheck) }.count == 115)
        #expect(rows.filter { $0.contains(.teethChecked) }.count == 127)
    }

    @Test("A damaged yes/no value is a warning at its line and column and is not yes; blanks and padding are read, every row kept")
    func damagedValues() throws {
        let directory = try TemporaryDirectory()
        let oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK\n"
            + "1,01/01/2012,14,, 1 ,1,0,\n"
            + "2,01/01/2012,,SDQ2,yes,1.0,1,1\n"
            + "3,01/01/2012,,SDQ2,0,0,2,1\n"
        var builder = CohortBuilder()
        let report = try SSDA903CSVReader().read(file: directory.write(Array(oc2.utf8), to: "oc2.csv"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2025),
                                                 into: &builder)
        #expect(report.rowsRead == 3 && report.rowsAccepted == 3 && report.rowsRejected == 0)
        #expect(report.problems.map(\.location.line) == [3, 3, 4])
        #expect(report.problems.map(\.location.columnName) == ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS"])
        #expect(outcomes(builder.build()) == [[.convicted, .healthCheck], [.immunised, .teethChecked], [.teethChecked]])
    }

    @Test("A file without the yes/no columns reads as no outcomes, without a problem")
    func absentColumns() throws {
        let directory = try TemporaryDirectory()
        let oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON\n1,01/01/2012,14,\n"
        var builder = CohortBuilder()
        let report = try SSDA903CSVReader().read(file: directory.write(Array(oc2.utf8), to: "oc2.csv"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2025),
                                                 into: &builder)
        #expect(report.problems.isEmpty)
        #expect(outcomes(builder.build()) == [[]])
    }
}
