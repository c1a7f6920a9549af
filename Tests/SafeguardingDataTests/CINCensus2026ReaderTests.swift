import Testing
import SafeguardingData

/// The CIN census 2025-26 specification: the referral source, plan reviews and the
/// `PreProceedingsandFGDM` block, read with the reader's accounting and error rules, on a
/// hand-written file and damaged variants of it.
@Suite("CIN census 2025-26 reader")
struct CINCensus2026ReaderTests {
    let reader = CINCensusReader(resolveAuthority: { $0 == "201" ? "E09000001" : ReturnContext.eCodeOnly($0) })

    /// A 2025-26 census of one child whose referral holds `details` after its plan.
    static func census(child: String = "", details: String, plan: String = "") -> String {
        """
        <Message>
          <Header>
            <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-03-27</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
              <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
              \(child)
              <CINdetails>
                <CINreferralDate>2025-04-10</CINreferralDate>
                <ReferralSource>2A</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
                <ReferralNFA>0</ReferralNFA>
                \(plan)
                \(details)
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """
    }

    static let block = """
        <PreProceedingsandFGDM>
          <PPStartDate>2025-06-01</PPStartDate><LBPSentDate>2025-06-05</LBPSentDate><FGDMMeetingOffer>1</FGDMMeetingOffer>
          <StepDecisionDate>2025-09-01</StepDecisionDate><PPOutcome>A</PPOutcome><CourtAppDate>2025-08-15</CourtAppDate>
        </PreProceedingsandFGDM>
        """
    static let plan = """
        <ChildProtectionPlans>
          <CPPstartDate>2025-05-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>
          <Reviews><CPPreviewDate>2025-07-20</CPPreviewDate><CPPreviewDate>2026-01-10</CPPreviewDate></Reviews>
        </ChildProtectionPlans>
        """

    func read(_ text: String) throws -> (Cohort, FileReport) {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array(text.utf8), to: "cin_2026.xml")
        var builder = CohortBuilder()
        let report = try reader.read(file: path, into: &builder)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        return (builder.build(), report)
    }

    func day(_ text: String) -> Int32 { try! Day(parsing: text).dayNumber }

    @Test("A whole 2025-26 file: the source, the reviews and the pre-proceedings block are read, each block a record")
    func wholeFile() throws {
        let (cohort, report) = try read(Self.census(details: Self.block, plan: Self.plan))
        #expect(report.rowsRead == 4 && report.rowsRejected == 0)   // child, referral, plan, pre-proceedings
        #expect(report.problems.isEmpty)
        #expect(cohort.referrals.source.map { ReferralSourceCodes.list.code(at: $0) } == ["2A"])
        #expect(cohort.referrals.preProceedingsStart == [day("2025-06-01")])
        // The court application (15 August) comes before the decision (1 September): it ends them.
        #expect(cohort.referrals.preProceedingsEnd == [day("2025-08-15")])
        // Reviews on 20 July (due by 1 August) and 10 January (due by 20 January): next due 10 July 2026.
        #expect(cohort.plans.reviewDue == [day("2026-07-10")])
    }

    @Test("Open pre-proceedings (no decision, no court application) stay open; no block leaves the referral without one")
    func openAndAbsent() throws {
        let open = "<PreProceedingsandFGDM><PPStartDate>2025-06-01</PPStartDate></PreProceedingsandFGDM>"
        let (cohort, _) = try read(Self.census(details: open))
        #expect(cohort.referrals.preProceedingsEnd == [DayNumber.open])
        let (none, report) = try read(Self.census(details: ""))
        #expect(report.rowsRead == 2)
        #expect(none.referrals.preProceedingsStart == [DayNumber.unknown])
    }

    @Test("A late first review sets the due date it missed")
    func lateReview() throws {
        let late = Self.plan.replacingOccurrences(of: "2025-07-20", with: "2025-08-02")
        let (cohort, _) = try read(Self.census(details: "", plan: late))
        #expect(cohort.plans.reviewDue == [day("2025-08-01")])
    }

    @Test("A block with no readable PPStartDate is rejected, with a warning for the bad date")
    func noStart() throws {
        let bad = Self.block.replacingOccurrences(of: "2025-06-01", with: "June")
        let (cohort, report) = try read(Self.census(details: bad))
        #expect(report.rowsRead == 3 && report.rowsRejected == 1)
        #expect(report.problems.contains { $0.reason.contains("no readable PPStartDate") })
        #expect(report.problems.contains { $0.reason.contains("is not a date") })
        #expect(cohort.referrals.count == 1 && cohort.referrals.preProceedingsStart == [DayNumber.unknown])
    }

    @Test("A second block in one CINdetails is rejected and the first kept")
    func secondBlock() throws {
        let second = Self.block + Self.block.replacingOccurrences(of: "2025-06-01", with: "2025-07-01")
        let (cohort, report) = try read(Self.census(details: second))
        #expect(report.rowsRead == 4 && report.rowsRejected == 1)
        #expect(report.problems.contains { $0.reason.contains("a second PreProceedingsandFGDM") })
        #expect(cohort.referrals.preProceedingsStart == [day("2025-06-01")])
    }

    @Test("A block outside a CINdetails is rejected")
    func outsideDetails() throws {
        let (cohort, report) = try read(Self.census(child: Self.block, details: ""))
        #expect(report.rowsRead == 3 && report.rowsRejected == 1)
        #expect(report.problems.contains { $0.reason.contains("outside a CINdetails") })
        #expect(cohort.referrals.preProceedingsStart == [DayNumber.unknown])
    }

    @Test("A block its CINdetails closes over is rejected; the referral is kept")
    func unclosedBlock() throws {
        let unclosed = "<PreProceedingsandFGDM><PPStartDate>2025-06-01</PPStartDate>"
        let (cohort, report) = try read(Self.census(details: unclosed))
        #expect(report.rowsRejected == 1)
        #expect(report.problems.contains { $0.reason.contains("before this PreProceedingsandFGDM is closed") })
        #expect(cohort.referrals.count == 1 && cohort.referrals.preProceedingsStart == [DayNumber.unknown])
    }

    @Test("A block of a rejected referral is rejected with it")
    func rejectedReferral() throws {
        let text = Self.census(details: Self.block).replacingOccurrences(of: "<CINreferralDate>2025-04-10</CINreferralDate>",
                                                                          with: "")
        let (cohort, report) = try read(text)
        #expect(report.rowsRead == 3 && report.rowsRejected == 2)
        #expect(cohort.referrals.count == 0)
    }

    @Test("A decision before the start is kept with a warning; an invalid referral source is kept as invalid")
    func doubtfulValues() throws {
        let text = Self.census(details: Self.block.replacingOccurrences(of: "2025-09-01", with: "2025-05-01"))
            .replacingOccurrences(of: "<ReferralSource>2A</ReferralSource>", with: "<ReferralSource>ZZ</ReferralSource>")
        let (cohort, report) = try read(text)
        #expect(report.rowsRejected == 0)
        #expect(report.problems.contains { $0.location.columnName == "StepDecisionDate" })
        #expect(report.problems.contains { $0.location.columnName == "ReferralSource" })
        #expect(cohort.referrals.source == [CodeList.invalid])
        #expect(cohort.referrals.preProceedingsEnd == [day("2025-05-01")])
    }

    @Test("A file cut short inside the block is not read")
    func cutShort() throws {
        let text = Self.census(details: Self.block)
        let cut = String(text[..<text.range(of: "<StepDecisionDate>")!.upperBound])
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array(cut.utf8), to: "cut.xml")
        var builder = CohortBuilder()
        #expect(throws: DataError.self) { try reader.read(file: path, into: &builder) }
    }
}
