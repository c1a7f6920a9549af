import Testing
import SafeguardingData

@Suite("CIN census XML reader on the sample files")
struct CINCensusReaderTests {
    static let authorities: [String: String] = ["201": "E09000001"]
    let reader = CINCensusReader(resolveAuthority: { authorities[$0] ?? ReturnContext.eCodeOnly($0) })

    func read(_ file: String, context: ReturnContext? = nil) throws -> (Cohort, FileReport) {
        var builder = CohortBuilder()
        let report = try reader.read(file: Samples.path("cin_xml/" + file), context: context, into: &builder)
        return (builder.build(), report)
    }

    @Test("The large generated file loads every child and referral, and notes its odd reference date")
    func fakeCINData() throws {
        let (cohort, report) = try read("fake_CIN_data.xml", context: ReturnContext(authority: "E06000009", collectionYear: 2022))
        #expect(report.rowsRead == 332 + 402)
        #expect(report.rowsRejected == 0)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        #expect(cohort.children.count == 332)
        #expect(cohort.referrals.count == 402)
        #expect(cohort.referrals.noFurtherAction.allSatisfy { $0 == 1 })
        #expect(cohort.assessments.count == 0 && cohort.section47.count == 0 && cohort.plans.count == 0)
        #expect(report.problems.contains { $0.location.columnName == "ReferenceDate" })
        #expect(cohort.returns.first?.collectionYear == 2022)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.location.line == 6)
    }

    @Test("An LEA the reader does not know, with no context, is an error naming it")
    func unknownLEA() {
        var builder = CohortBuilder()
        #expect(throws: DataError.self) {
            try reader.read(file: Samples.path("cin_xml/fake_CIN_data.xml"), into: &builder)
        }
    }

    @Test("The full-module child reads its assessments, enquiry and plan, and the stray text is reported")
    func fullModuleChild() throws {
        let (cohort, report) = try read("CIN_Census_2021.xml")
        #expect(report.rowsRead == 5 && report.rowsRejected == 0)
        #expect(report.problems.contains { $0.reason.hasPrefix("stray text 'PersonBirthDate'") })
        #expect(cohort.authorities == ["E09000001"] && cohort.returns.first?.collectionYear == 2023)
        #expect(cohort.assessments.count == 1 && cohort.section47.count == 1 && cohort.plans.count == 1)
        #expect(cohort.referrals.noFurtherAction == [0])
        #expect(cohort.plans.previousPlans == [10])
        #expect(cohort.section47.conferenceNotRequired == [0])
        #expect(cohort.referrals.initialConference == [Day(year: 1970, month: 12, day: 6)!.dayNumber])
        #expect(cohort.section47.initialConference == [Day(year: 1970, month: 6, day: 17)!.dayNumber])
        #expect(cohort.children.expectedBirth == [Day(year: 1066, month: 4, day: 13)!.dayNumber])
        #expect(cohort.children.disabled == [1])
    }

    @Test("Two identical plans in one return are one plan, and the duplicate is reported")
    func duplicatePlans() throws {
        let (cohort, report) = try read("CIN2rows.xml")
        #expect(report.rowsRead == 6)
        #expect(cohort.plans.count == 1)
        #expect(cohort.problems.contains { $0.reason.hasPrefix("child protection plan with the same key") })
    }

    @Test("The 2024-25 Sex element is read, numeric values in it are flagged, and invalid codes kept as invalid")
    func sexElement() throws {
        let (cohort, report) = try read("CIN_Census_2024.xml")
        #expect(report.rowsRejected == 0)
        #expect(cohort.children.count == 2)
        let sexes = Set(cohort.children.sex.map { SexCodes.list.code(at: $0) })
        #expect(sexes == ["M"])
        #expect(report.problems.contains { $0.location.columnName == "Sex" && $0.reason.contains("GenderCurrent code") })
        #expect(Set(cohort.referrals.noFurtherAction) == [0])
    }

    @Test("Every sample CIN file loads with every record accounted for and exactly the expected problems", arguments: [
        ("CIN2rows.xml", ["6 ReferenceDate", "23 stray"]), ("CIN_Census_2021.xml", ["23 stray"]),
        ("CIN_Census_2021_copy.xml", ["6 ReferenceDate", "23 stray"]),
        ("CIN_Census_2024.xml", ["6 ReferenceDate", "23 stray", "25 Sex", "46 AssessmentFactors"]),
        ("CIN_Census_2026.xml", ["6 ReferenceDate", "23 stray", "25 Sex", "46 AssessmentFactors"]),
        ("CIN_header_issues_100.xml", ["6 ReferenceDate", "23 stray"]), ("liia_cin-2022.xml", []),
    ])
    func everyFileLoads(file: String, expected: [String]) throws {
        let (cohort, report) = try read(file)
        #expect(report.rowsRead > 0)
        #expect(report.rowsRejected == 0)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        #expect(cohort.referrals.count >= 1)
        let problems = report.problems.map { "\($0.location.line) \($0.location.columnName ?? String($0.reason.prefix(5)))" }
        #expect(problems == expected)
    }

    @Test("The header-issues file's reference date is reported")
    func referenceDate() throws {
        let (_, report) = try read("CIN_header_issues_100.xml")
        #expect(report.problems.contains { $0.reason.hasPrefix("ReferenceDate 2023-03-28 is not 31 March 2023") })
    }
}
