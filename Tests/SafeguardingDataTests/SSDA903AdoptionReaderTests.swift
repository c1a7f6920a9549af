import Testing
import SafeguardingData

/// The SSDA903 adoption tables (`ad1`, `placed_for_adoption`, `previous_permanence`), read from CSV
/// and XML with the accounting, key and error rules of the other tables.
@Suite("SSDA903 adoption tables")
struct SSDA903AdoptionReaderTests {
    static let context = ReturnContext(authority: "E06000009", collectionYear: 2025)

    func read(_ text: String, as name: String, context: ReturnContext = Self.context, into builder: inout CohortBuilder) throws -> FileReport {
        let directory = try TemporaryDirectory()
        return try SSDA903CSVReader().read(file: directory.write(Array(text.utf8), to: name), context: context, into: &builder)
    }

    @Test("The sample ad1, placed_for_adoption and previous_permanence files load every row; the sample's reason XXX is reported and kept as not known")
    func samples() throws {
        var builder = CohortBuilder()
        let context = ReturnContext(authority: "E06000009", collectionYear: 2018)
        let ad1 = try SSDA903CSVReader().read(file: Samples.path("ssda903_csv/ad1.csv"), context: context, into: &builder)
        let placed = try SSDA903CSVReader().read(file: Samples.path("ssda903_csv/placed_for_adoption.csv"), context: context,
                                                 into: &builder)
        let permanence = try SSDA903CSVReader().read(file: Samples.path("ssda903_csv/previous_permanence.csv"), context: context,
                                                     into: &builder)
        #expect(ad1.table == "ad1" && placed.table == "placed_for_adoption" && permanence.table == "previous_permanence")
        #expect(ad1.rowsRead == 29 && ad1.rowsAccepted == 29 && ad1.problems.isEmpty)
        #expect(placed.rowsRead == 29 && placed.rowsAccepted == 29 && placed.rowsRejected == 0)
        #expect(placed.problems.count == 29 && placed.problems.allSatisfy {
            $0.severity == .warning && $0.location.columnName == "REASON_PLACED_CEASED" && $0.reason.contains("XXX")
        })
        #expect(permanence.rowsRead == 2_675 && permanence.rowsAccepted == 2_675 && permanence.problems.isEmpty)
        let cohort = builder.build()
        #expect(cohort.adoptions.count == 29 && cohort.placedForAdoption.count == 29 && cohort.previousPermanence.count == 2_675)
        let z1 = PreviousPermanenceCodes.list.index(of: "Z1")!
        #expect(cohort.previousPermanence.kind.allSatisfy { $0 == z1 })
        #expect(cohort.placedForAdoption.reasonCeased.allSatisfy { $0 == CodeList.invalid })
        // 988635,15/06/2013,22/11/2015,22/11/2015,1,2,MM,L11
        let child = try #require(cohort.children.index(authority: 0, identifier: "988635"))
        let row = try #require(cohort.adoptions.child.firstIndex(of: child.rawValue))
        #expect(cohort.adoptions.decided[row] == Day(year: 2015, month: 11, day: 22)!.dayNumber)
        #expect(cohort.adoptions.matched[row] == cohort.adoptions.decided[row])
        #expect(cohort.adoptions.byFosterCarers[row] == 1 && cohort.adoptions.adopters[row] == 2)
        #expect(AdopterSexCodes.list.code(at: cohort.adoptions.adopterSex[row]) == "MM")
        #expect(AdopterLegalStatusCodes.list.code(at: cohort.adoptions.adopterLegalStatus[row]) == "L11")
    }

    @Test("A damaged ad1 file: unreadable dates and a blank CHILD reject their rows at their line and column; bad FOSTER_CARE, NB_ADOPTR and codes are reported and kept as not known; a repeated child keeps its last row")
    func damagedAdoption() throws {
        let text = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n"
            + "1,01/01/2020,01/05/2024,01/08/2024,1,2,MF,L0\n"         // 2: accepted
            + "2,01/01/2020,01/05/2024,31/02/2024,0,1,F1,L3\n"         // 3: DATE_MATCH not a date
            + ",01/01/2020,01/05/2024,01/08/2024,0,1,F1,L3\n"          // 4: no CHILD
            + "3,01/01/2020,,01/08/2024,2,3,XX,L9\n"                   // 5: 5 warnings, kept
            + "1,01/01/2020,02/05/2024,02/08/2024,0,1,M1,L3\n"         // 6: child 1 again
        var builder = CohortBuilder()
        let report = try read(text, as: "ad1.csv", into: &builder)
        #expect(report.rowsRead == 5 && report.rowsAccepted == 3 && report.rowsRejected == 2)
        let rejected = report.problems.filter { $0.severity == .error }
        #expect(rejected.map(\.location.line) == [3, 4])
        #expect(rejected.map(\.location.columnName) == ["DATE_MATCH", "CHILD"])
        let warnings = report.problems.filter { $0.severity == .warning }
        #expect(warnings.map(\.location.line) == [5, 5, 5, 5, 5])
        #expect(warnings.compactMap(\.location.columnName).sorted() == ["DATE_INT", "FOSTER_CARE", "LS_ADOPTR", "NB_ADOPTR", "SEX_ADOPTR"])
        let cohort = builder.build()
        #expect(cohort.adoptions.count == 2)
        #expect(cohort.adoptions.decided == [Day(year: 2024, month: 5, day: 2)!.dayNumber, DayNumber.unknown])
        #expect(cohort.adoptions.byFosterCarers == [0, AdoptionTable.notKnown] && cohort.adoptions.adopters == [1, 0])
        #expect(cohort.adoptions.adopterSex[1] == CodeList.invalid)
        #expect(cohort.problems.contains { $0.reason.contains("appears again in this return's AD1") && $0.location.line == 6 })
    }

    @Test("A damaged placed_for_adoption file: a blank DATE_PLACED or unreadable DATE_PLACED_CEASED rejects its row; a decision ceasing before it was made is reported and kept; the latest return's row wins for the same key")
    func damagedPlacedForAdoption() throws {
        let earlier = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n"
            + "1,01/01/2020,01/05/2023,,\n"                            // 2: open at 31 March 2024
            + "2,01/01/2020,01/06/2023,01/01/2024,RD1\n"               // 3
        let later = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n"
            + "1,01/01/2020,01/05/2023,01/09/2024,\n"                  // 2: the same decision, now ceased
            + "3,01/01/2020,,01/09/2024,\n"                            // 3: no DATE_PLACED
            + "4,01/01/2020,01/05/2024,1/13/2024,\n"                   // 4: ceased date not a date
            + "5,01/01/2020,01/05/2024,01/04/2024,RD2\n"               // 5: ceases before it was made
        var builder = CohortBuilder()
        let first = try read(earlier, as: "placed_for_adoption.csv", context: ReturnContext(authority: "E06000009", collectionYear: 2024),
                             into: &builder)
        let second = try read(later, as: "placed_for_adoption.csv", into: &builder)
        #expect(first.rowsRead == 2 && first.rowsAccepted == 2)
        #expect(second.rowsRead == 4 && second.rowsAccepted == 2 && second.rowsRejected == 2)
        let rejected = second.problems.filter { $0.severity == .error }
        #expect(rejected.map(\.location.line) == [3, 4] && rejected.map(\.location.columnName) == ["DATE_PLACED", "DATE_PLACED_CEASED"])
        #expect(second.problems.contains { $0.severity == .warning && $0.location.line == 5 && $0.reason.contains("before it was made") })
        let cohort = builder.build()
        #expect(cohort.placedForAdoption.count == 3 && cohort.supersededRows.placedForAdoption == 1)
        #expect(cohort.placedForAdoption.ceased[0] == Day(year: 2024, month: 9, day: 1)!.dayNumber)
        #expect(cohort.placedForAdoption.collectionYear == [2025, 2024, 2025])
        #expect(PlacedForAdoptionCeasedCodes.list.code(at: cohort.placedForAdoption.reasonCeased[1]) == "RD1")
    }

    @Test("previous_permanence keeps a DATE_PERM given as a date, zz/MM/YYYY or zz/zz/YYYY, reports any other, and reports an unknown PREV_PERM or LA_PERM; an unreadable DOB rejects the row")
    func previousPermanence() throws {
        let text = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n"
            + "1,01/01/2015,P1,890,14/03/2019\n"
            + "2,01/01/2015,P2,333,zz/05/2020\n"
            + "3,01/01/2015,P3,,ZZ/zz/2018\n"
            + "4,01/01/2015,P9,abc,2018\n"
            + "5,31/02/2015,Z1,,\n"
        var builder = CohortBuilder()
        let report = try read(text, as: "previous_permanence.csv", into: &builder)
        #expect(report.rowsRead == 5 && report.rowsAccepted == 4 && report.rowsRejected == 1)
        #expect(report.problems.filter { $0.severity == .error }.map(\.location.columnName) == ["DOB"])
        #expect(report.problems.filter { $0.severity == .warning }.map(\.location.columnName) == ["PREV_PERM", "LA_PERM", "DATE_PERM"])
        #expect(report.problems.filter { $0.severity == .warning }.allSatisfy { $0.location.line == 5 })
        let cohort = builder.build()
        let p = cohort.previousPermanence
        #expect(p.year == [2019, 2020, 2018, 0] && p.month == [3, 5, 0, 0] && p.day == [14, 0, 0, 0])
        #expect(p.authority == [890, 333, -1, -1])
        #expect(p.kind.prefix(3).map { PreviousPermanenceCodes.list.code(at: $0) } == ["P1", "P2", "P3"])
        #expect(p.kind[3] == CodeList.invalid)
    }

    @Test("The XML sample's UASC flags, adoption fields, AD_PLACED and PERMANENCE records are read as the CSV tables")
    func xmlSample() throws {
        var builder = CohortBuilder()
        let report = try SSDA903XMLReader().read(file: Samples.path("ssda903_xml/fake_903.xml"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2018), into: &builder)
        #expect(report.rowsRejected == 0 && report.rowsRead == report.rowsAccepted)
        let cohort = builder.build()
        #expect(cohort.uasc.count == 12 && cohort.adoptions.count == 3 && cohort.placedForAdoption.count == 3)
        #expect(cohort.previousPermanence.count == 253)
        let child = try #require(cohort.children.index(authority: 0, identifier: "13904"))
        let row = try #require(cohort.adoptions.child.firstIndex(of: child.rawValue))
        #expect(cohort.adoptions.matched[row] == Day(year: 2015, month: 6, day: 17)!.dayNumber)
        #expect(cohort.adoptions.byFosterCarers[row] == 1)
        #expect(AdopterSexCodes.list.code(at: cohort.adoptions.adopterSex[row]) == "FF")
        let placed = try #require(cohort.placedForAdoption.child.firstIndex(of: child.rawValue))
        #expect(cohort.placedForAdoption.ceased[placed] == Day(year: 2017, month: 11, day: 6)!.dayNumber)
    }

    @Test("Damaged XML: an AD_PLACED outside a CHILD and adoption fields outside a HEADER are rejected at their line and column; a UASC other than 0 or 1, or a DUC without UASC 1, is reported and read as no uasc row")
    func damagedXML() throws {
        let xml = "<EXPSSDA903>\n<AD_PLACED><DATE_PLACED>01/05/2024</DATE_PLACED></AD_PLACED>\n"
            + "<CHILD><HEADER><CHILDID>1</CHILDID><SEX>1</SEX><DOB>01/01/2020</DOB><ETHNIC>WBRI</ETHNIC><UASC>2</UASC>"
            + "<AD_PLACED><DATE_PLACED>01/05/2024</DATE_PLACED><DATE_PLACED_CEASED /></AD_PLACED></HEADER>\n"
            + "<DATE_INT>01/05/2024</DATE_INT></CHILD>\n"
            + "<CHILD><HEADER><CHILDID>2</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC /><DUC>01/01/2028</DUC>"
            + "<PERMANENCE><PREV_PERM>P2</PREV_PERM><DATE_PERM>zz/zz/2019</DATE_PERM></PERMANENCE></HEADER></CHILD>\n"
            + "</EXPSSDA903>\n"
        let directory = try TemporaryDirectory()
        var builder = CohortBuilder()
        let report = try SSDA903XMLReader().read(file: directory.write(Array(xml.utf8), to: "903.xml"),
                                                 context: Self.context, into: &builder)
        // 2 headers, 2 AD_PLACED (one outside a CHILD), adoption fields outside a HEADER, 1 PERMANENCE.
        #expect(report.rowsRead == 6 && report.rowsAccepted == 4 && report.rowsRejected == 2)
        let rejected = report.problems.filter { $0.severity == .error }
        #expect(rejected.map(\.location.line) == [2, 4])
        #expect(rejected.allSatisfy { $0.location.column != nil })
        let warnings = report.problems.filter { $0.severity == .warning }
        #expect(warnings.contains { $0.location.line == 3 && $0.reason.contains("UASC '2' is not 0 or 1") })
        #expect(warnings.contains { $0.location.line == 5 && $0.reason.contains("DUC is given but UASC is not 1") })
        let cohort = builder.build()
        #expect(cohort.uasc.count == 0 && cohort.adoptions.count == 0)
        #expect(cohort.placedForAdoption.count == 1 && cohort.placedForAdoption.ceased == [DayNumber.open])
        #expect(cohort.previousPermanence.year == [2019])
    }
}
