import Testing
@testable import SafeguardingData

@Suite("XML read to the end")
struct XMLWholeReadTests {
    static let child = "<CHILD><HEADER><CHILDID>1</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>"
    static let episode = "<EPISODE><DECOM>01/01/2020</DECOM><RNE>S</RNE><LS>C2</LS><PL>U1</PL></EPISODE>"

    @Test("A CIN census file cut short after a whole Child is an error at the line where it ends")
    func truncatedCIN() throws {
        let text = String(decoding: try WholeSamples.bytes("cin_xml/CIN_Census_2021.xml"), as: UTF8.self)
        let end = try #require(text.range(of: "</Child>")).upperBound
        let cut = String(text[..<end])
        let reads = try WholeRead()
        let error = try #require(try reads.read(cut, as: .cin).error)
        #expect(error.location.line == cut.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(error.location.column == "        </Child>".utf8.count + 1)
        #expect(error.reason.hasPrefix("the file ends inside <Children>, opened at line 17, column 5 (and 1 element around it)"))
        #expect(error.reason.hasSuffix("it is cut short, so it is not read"))
    }

    @Test("An SSDA903 XML file cut inside a CHILD is an error naming the element, its line and where the file ends")
    func truncatedSSDA903() throws {
        let whole = try WholeSamples.bytes("ssda903_xml/fake_903.xml")
        let cut = Array(whole.prefix(200_000))
        let secondLine = try #require(whole.firstIndex(of: 0x0A)) + 1
        let reads = try WholeRead()
        let error = try #require(try reads.read(cut, as: .ssda903XML).error)
        #expect(error.location.line == 2)
        #expect(error.location.column == 200_000 - secondLine + 1)
        #expect(error.reason.contains("the file ends inside <") && error.reason.contains("cut short"))
    }

    @Test("Anything but white space, comments and processing instructions after the root is an error", arguments: [
        ("<EXPSSDA903>\(child)</CHILD></EXPSSDA903>\(child)</CHILD>", "an element <CHILD> after the end of the root element"),
        ("<EXPSSDA903>\(child)</CHILD></EXPSSDA903>\n<EXPSSDA903></EXPSSDA903>", "an element <EXPSSDA903> after the end"),
        ("<EXPSSDA903>\(child)</CHILD></EXPSSDA903>\nold tail", "text after the end of the root element"),
        ("<EXPSSDA903>\(child)</CHILD></EXPSSDA903></CHILD>", "a closing tag </CHILD> after the end of the root element"),
    ])
    func contentAfterRoot(text: String, reason: String) throws {
        let reads = try WholeRead()
        let error = try #require(try reads.read(text, as: .ssda903XML).error)
        #expect(error.reason.hasPrefix(reason), "\(error)")
        #expect(error.reason.hasSuffix("the file is damaged, so it is not read"))
    }

    @Test("White space, comments and processing instructions after the root are read as a whole document")
    func allowedAfterRoot() throws {
        let reads = try WholeRead()
        let text = "<?xml version='1.0'?>\n<EXPSSDA903>\(Self.child)</CHILD></EXPSSDA903>\n<!-- exported -->\n<?done?>\n\n"
        let (report, cohort) = try #require(try reads.read(text, as: .ssda903XML).value)
        #expect(report.rowsRead == 1 && report.rowsAccepted == 1 && report.problems.isEmpty)
        #expect(cohort.children.count == 1)
    }

    @Test("A stray closing tag is reported at its line and column, and no empty record is read at line 0")
    func strayClosingTag() throws {
        let text = "<EXPSSDA903>\(Self.child)\(Self.episode)</EPISODE></CHILD></EXPSSDA903>"
        let reads = try WholeRead()
        let (report, cohort) = try #require(try reads.read(text, as: .ssda903XML).value)
        #expect(report.rowsRead == 2 && report.rowsAccepted == 2 && report.rowsRejected == 0)
        #expect(cohort.episodes.count == 1)
        let stray = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        #expect(stray.location.line == 1 && stray.location.column == text.column(of: "</EPISODE></CHILD>"))
        #expect(stray.severity == .warning)
        #expect(stray.reason == "not well-formed XML: a closing tag </EPISODE> that closes no open element; ignored")
    }

    @Test("A stray closing tag with a long name is quoted shortened, as any value is")
    func longStrayName() throws {
        let name = String(repeating: "907440", count: 20)
        let reads = try WholeRead()
        let (report, _) = try #require(try reads.read("<EXPSSDA903>\(Self.child)</CHILD></\(name)></EXPSSDA903>", as: .ssda903XML).value)
        #expect(report.warnings.map(\.reason) == ["not well-formed XML: a closing tag </\(name.prefix(40))…> that closes no "
            + "open element; ignored"])
    }

    @Test("An EPISODE outside a CHILD is rejected with its line and column, not read as the previous child's")
    func episodeOutsideChild() throws {
        let text = "<EXPSSDA903>\(Self.child)</CHILD>\n  \(Self.episode)</EXPSSDA903>"
        let reads = try WholeRead()
        let (report, cohort) = try #require(try reads.read(text, as: .ssda903XML).value)
        #expect(report.rowsRead == 2 && report.rowsAccepted == 1 && report.rowsRejected == 1)
        #expect(cohort.episodes.count == 0)
        let problem = try #require(report.errors.first)
        #expect(problem.location.line == 2 && problem.location.column == 3)
        #expect(problem.reason == "an EPISODE outside a CHILD: a record is read only inside its child's CHILD")
    }

    @Test("A record left open when its CHILD closes is rejected, and the closing tag says what it skipped")
    func recordLeftOpen() throws {
        let open = Self.episode.replacingOccurrences(of: "</EPISODE>", with: "")
        let text = "<EXPSSDA903>\(Self.child)\(open)</CHILD></EXPSSDA903>"
        let reads = try WholeRead()
        let (report, cohort) = try #require(try reads.read(text, as: .ssda903XML).value)
        #expect(report.rowsRead == 2 && report.rowsRejected == 1 && cohort.episodes.count == 0)
        let column = try #require(text.column(of: "<EPISODE>"))
        #expect(report.errors.map(\.location.column) == [column])
        #expect(report.errors.first?.reason == "its CHILD ends before this record is closed")
        #expect(report.warnings.map(\.reason) == ["not well-formed XML: <EPISODE> opened at line 1, column \(column) is not "
            + "closed before </CHILD>"])
    }

    @Test("Care-leaver fields outside a HEADER are rejected, not lost")
    func leaverFieldsOutsideHeader() throws {
        let text = "<EXPSSDA903>\(Self.child)<IN_TOUCH>YES</IN_TOUCH></CHILD></EXPSSDA903>"
        let reads = try WholeRead()
        let (report, _) = try #require(try reads.read(text, as: .ssda903XML).value)
        #expect(report.rowsRead == 2 && report.rowsRejected == 1)
        #expect(report.errors.first?.location.column == text.column(of: "<IN_TOUCH>"))
        #expect(report.errors.first?.reason == "care-leaver fields (IN_TOUCH, ACTIV, ACCOM) outside a HEADER")
    }

    static let cinHeader = "<Message><Header><CollectionDetails><Year>2023</Year></CollectionDetails>"
        + "<Source><LEA>E06000009</LEA></Source></Header>\n<Children>\n"
    static let cinChild = "<Child><ChildIdentifiers><LAchildID>A1</LAchildID><PersonBirthDate>2010-01-01</PersonBirthDate>"
        + "</ChildIdentifiers>\n<CINdetails><CINreferralDate>2022-05-01</CINreferralDate></CINdetails></Child>\n"

    @Test("A CINdetails outside a Child is rejected with its line, with the records inside it")
    func referralOutsideChild() throws {
        let text = Self.cinHeader + Self.cinChild + "<CINdetails><CINreferralDate>2022-06-01</CINreferralDate>\n"
            + "<Assessments><AssessmentActualStartDate>2022-06-02</AssessmentActualStartDate></Assessments></CINdetails>\n"
            + "</Children></Message>\n"
        let reads = try WholeRead()
        let (report, cohort) = try #require(try reads.read(text, as: .cin).value)
        #expect(report.rowsRead == 4 && report.rowsAccepted == 2 && report.rowsRejected == 2)
        #expect(cohort.referrals.count == 1 && cohort.assessments.count == 0)
        #expect(report.errors.map(\.location.line) == [5, 6])
        #expect(report.errors.first?.reason == "a CINdetails outside a Child: a referral is read only inside its child's Child")
        #expect(report.errors.last?.reason == "its CINdetails is rejected")
    }

    @Test("An assessment whose CINdetails closes first is rejected, not lost")
    func assessmentLeftOpen() throws {
        let child = Self.cinChild.replacingOccurrences(
            of: "</CINdetails>", with: "\n<Assessments><AssessmentActualStartDate>2022-06-02</AssessmentActualStartDate></CINdetails>")
        let reads = try WholeRead()
        let (report, cohort) = try #require(try reads.read(Self.cinHeader + child + "</Children></Message>", as: .cin).value)
        #expect(report.rowsRead == 3 && report.rowsRejected == 1 && cohort.assessments.count == 0)
        #expect(report.errors.first?.location.line == 5)
        #expect(report.errors.first?.reason == "its CINdetails ends before this Assessments is closed")
    }

    @Test("Elements nested deeper than the limit stop the read at the element that passes it")
    func nestingLimit() throws {
        let reads = try WholeRead(limits: ReadLimits(elementDepth: 8))
        let text = "<EXPSSDA903>" + String(repeating: "<A>", count: 7) + String(repeating: "</A>", count: 7) + "</EXPSSDA903>"
        #expect(try reads.read(text, as: .ssda903XML).value != nil)
        let deeper = "<EXPSSDA903>" + String(repeating: "<A>", count: 100) + String(repeating: "</A>", count: 100) + "</EXPSSDA903>"
        let error = try #require(try reads.read(deeper, as: .ssda903XML).error)
        #expect(error.location.column == "<EXPSSDA903>".utf8.count + 7 * "<A>".utf8.count + 1)
        #expect(error.reason == "elements nest more than 8 deep, the limit (ReadLimits.elementDepth); reading stopped")
    }
}
