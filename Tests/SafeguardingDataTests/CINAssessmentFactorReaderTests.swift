import Testing
import SafeguardingData

/// `FactorsIdentifiedAtAssessment`: the factors of each assessment are kept as a mask of its
/// codes, codes not in the census's list are reported with their line and kept as such, and a
/// factor outside an assessment is reported and ignored; the record counts do not change.
@Suite("CIN census reader: factors identified at assessment")
struct CINAssessmentFactorReaderTests {
    let reader = CINCensusReader(resolveAuthority: { $0 == "201" ? "E09000001" : ReturnContext.eCodeOnly($0) })

    func read(_ details: String) throws -> (Cohort, FileReport) {
        let text = CINCensus2026ReaderTests.census(details: details)
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array(text.utf8), to: "cin_factors.xml")
        var builder = CohortBuilder()
        let report = try reader.read(file: path, into: &builder)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        return (builder.build(), report)
    }

    static func assessment(start: String = "2025-04-11", _ factors: [String]) -> String {
        "<Assessments><AssessmentActualStartDate>\(start)</AssessmentActualStartDate>"
            + "<AssessmentAuthorisationDate>2025-05-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment>"
            + factors.map { "<AssessmentFactors>\($0)</AssessmentFactors>" }.joined()
            + "</FactorsIdentifiedAtAssessment></Assessments>"
    }

    /// The mask of `codes`, as the table stores it.
    func mask(_ codes: [String]) -> UInt64 {
        codes.reduce(0) { $0 | UInt64(1) << UInt64(AssessmentFactorCodes.list.index(of: $1)!) }
    }

    @Test("Each assessment keeps its own factors; a repeated code is one factor; no block is no factor")
    func factorsPerAssessment() throws {
        let details = Self.assessment(["3B", "4B", "3B"]) + Self.assessment(start: "2025-04-20", ["21"])
            + "<Assessments><AssessmentActualStartDate>2025-04-25</AssessmentActualStartDate></Assessments>"
        let (cohort, report) = try read(details)
        #expect(report.rowsRead == 5 && report.rowsRejected == 0)   // child, referral, three assessments
        #expect(report.problems.isEmpty)
        #expect(cohort.assessments.factors == [mask(["3B", "4B"]), mask(["21"]), 0])
        #expect(AssessmentFactorCodes.list.count == 44)
    }

    @Test("A code not in the list is reported at its line, as a factor name, and kept as bit 0 beside the valid codes")
    func invalidCode() throws {
        let (cohort, report) = try read(Self.assessment(["RB", "1C", "18"]))
        #expect(report.rowsRejected == 0)
        #expect(report.problems.map(\.location.columnName) == ["AssessmentFactors", "AssessmentFactors"])
        #expect(report.problems.allSatisfy { $0.location.line == 17 })
        #expect(report.problems.first?.reason.hasPrefix("'RB' is not a code of factor identified at assessment") == true)
        #expect(cohort.assessments.factors == [1 | mask(["1C"])])
    }

    @Test("A factor outside an Assessments is reported and read as nothing")
    func outsideAssessment() throws {
        let details = "<FactorsIdentifiedAtAssessment><AssessmentFactors>16A</AssessmentFactors></FactorsIdentifiedAtAssessment>"
            + Self.assessment(["17A"])
        let (cohort, report) = try read(details)
        #expect(report.rowsRead == 3 && report.rowsRejected == 0)
        #expect(report.problems.map(\.reason) == ["an AssessmentFactors outside an Assessments; ignored"])
        #expect(cohort.assessments.factors == [mask(["17A"])])
    }

    @Test("The sample files' factors: 2A and 2B in the 2021 file; 1C and 6B with RB reported in the 2024 file")
    func sampleFiles() throws {
        var builder = CohortBuilder()
        _ = try reader.read(file: Samples.path("cin_xml/CIN_Census_2021.xml"), into: &builder)
        #expect(builder.build().assessments.factors == [mask(["2A", "2B"])])
        builder = CohortBuilder()
        let report = try reader.read(file: Samples.path("cin_xml/CIN_Census_2024.xml"), into: &builder)
        #expect(Set(builder.build().assessments.factors) == [1 | mask(["1C", "6B"]), 0])
        #expect(report.problems.contains { $0.location.line == 46 && $0.location.columnName == "AssessmentFactors" })
    }
}
