import Testing
import SafeguardingData

@Suite("SSDA903 CSV reader on the sample files")
struct SSDA903CSVReaderTests {
    static let context = ReturnContext(authority: "E06000009", collectionYear: 2018)

    func read(_ files: [String], context: ReturnContext? = context,
              reader: SSDA903CSVReader = SSDA903CSVReader()) throws -> (Cohort, [FileReport]) {
        var builder = CohortBuilder()
        var reports: [FileReport] = []
        for file in files {
            reports.append(try reader.read(file: Samples.path(file), context: context, into: &builder))
        }
        return (builder.build(), reports)
    }

    /// Rows read, accepted and rejected, and warnings, for every file of the 2017-18 dataset.
    static let expected: [(file: String, table: String, read: Int, rejected: Int, warnings: Int)] = [
        ("ssda903_csv/header.csv", "header", 2_675, 0, 0),
        ("ssda903_csv/episodes.csv", "episodes", 5_050, 0, 0),
        ("ssda903_csv/missing.csv", "missing", 43, 0, 0),
        ("ssda903_csv/oc2.csv", "oc2", 2_675, 0, 0),
        ("ssda903_csv/oc3.csv", "oc3", 53, 0, 2),
        ("ssda903_csv/uasc.csv", "uasc", 132, 0, 0),
        ("ssda903_csv/ad1.csv", "ad1", 29, 0, 0),
        // Every row's REASON_PLACED_CEASED is XXX, not a code (RD1-RD4): reported, and kept as not known.
        ("ssda903_csv/placed_for_adoption.csv", "placed_for_adoption", 29, 0, 29),
        ("ssda903_csv/placed_for_adoption_errors.csv", "placed_for_adoption", 30, 0, 30),
        ("ssda903_csv/previous_permanence.csv", "previous_permanence", 2_675, 0, 0),
        ("ssda903_csv/reviews.csv", "reviews", 12_582, 0, 0),
        ("ssda903_csv/sw_episodes.csv", "sw_episodes", 1, 0, 0),
        ("ssda903_csv/DoLo.csv", "dolo", 1, 0, 0),
    ]

    @Test("Every file of the sample return loads, with every row accounted for")
    func sampleReturnLoads() throws {
        let (cohort, reports) = try read(Self.expected.map(\.file))
        for (report, expected) in zip(reports, Self.expected) {
            #expect(report.table == expected.table, "\(expected.file)")
            #expect(report.rowsRead == expected.read, "\(expected.file)")
            #expect(report.rowsRejected == expected.rejected, "\(expected.file)")
            #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected, "\(expected.file)")
            #expect(report.problems.filter { $0.severity == .warning }.count == expected.warnings,
                    "\(expected.file): \(report.problems.prefix(3))")
        }
        #expect(cohort.children.count == 2_675)
        #expect(cohort.episodes.count == 5_050)
        #expect(cohort.episodes.end.filter { $0 == DayNumber.open }.count == 1_413)
        #expect(Set(cohort.episodes.child).count == 2_123)
        #expect(cohort.oc2.count == 2_675 && cohort.oc3.count == 53 && cohort.missing.count == 43)
        #expect(cohort.oc2.sdqScore.filter { $0 >= 0 }.count == 1_321)
        #expect(cohort.returns.count == 1 && cohort.authorities == ["E06000009"])
    }

    @Test("OC3's invalid accommodation codes are kept as not valid and reported with their lines")
    func invalidAccommodationCodes() throws {
        let (cohort, reports) = try read(["ssda903_csv/oc3.csv"])
        let warnings = reports[0].problems
        #expect(warnings.allSatisfy { $0.location.columnName == "ACCOM" && $0.severity == .warning })
        #expect(warnings.map(\.location.line).sorted() == warnings.map(\.location.line).sorted().filter { $0 > 1 })
        #expect(cohort.oc3.accommodation.filter { $0 == CodeList.invalid }.count == 2)
    }

    @Test("Episodes are sorted by child and start and overlapping episodes are reported")
    func episodesSortedAndOverlapsReported() throws {
        let (cohort, _) = try read(["ssda903_csv/episodes.csv"])
        let episodes = cohort.episodes
        for row in 1..<episodes.count {
            #expect((episodes.child[row - 1], episodes.start[row - 1]) < (episodes.child[row], episodes.start[row]))
        }
        let overlaps = cohort.problems.filter { $0.reason.contains("before the previous episode") }
        #expect(overlaps.count == 72)
        for child in Set(episodes.child).prefix(50) {
            let range = cohort.episodeRange(of: ChildRow(rawValue: child))
            #expect(range.allSatisfy { episodes.child[$0] == child })
        }
    }

    @Test("The malformed liia files give the expected problems with their line numbers")
    func malformedLiiaFiles() throws {
        let (cohort, reports) = try read(["ssda903_csv_liia/SSDA903_2020_header_malformed.csv",
                                          "ssda903_csv_liia/SSDA903_2020_episodes_malformed.csv"],
                                         context: ReturnContext(authority: "E09000002", collectionYear: 2020))
        let header = reports[0]
        #expect(header.rowsRead == 5 && header.rowsRejected == 0)
        let headerProblems = header.problems.map { "\($0.location.line) \($0.location.columnName ?? "") \($0.reason)" }
        #expect(headerProblems.contains("6 ETHNIC 'UNKN' is not a code of ethnicity; kept and counted as not known"))
        let duplicates = cohort.problems.filter { $0.reason.contains("appears again") }
        #expect(duplicates.map(\.location.line) == [3, 4, 6])
        #expect(cohort.children.count == 2)
        let child = try #require(cohort.children.index(authority: 0, identifier: "689661"))
        #expect(cohort.children.birth[child.index] == Day(year: 2017, month: 8, day: 16)!.dayNumber)

        let episodes = reports[1]
        #expect(episodes.rowsRead == 5 && episodes.rowsAccepted == 5)
        let lines = episodes.problems.map { "\($0.location.line):\($0.location.columnName ?? "")" }
        #expect(lines == ["3:LS", "6:RNE"])
        #expect(cohort.episodes.count == 5)
        #expect(cohort.postcodes.contains("C251YT") && cohort.postcodes.contains("2TR"))
    }

    @Test("The liia multi-year file takes its authority and year from its LA and YEAR columns")
    func laAndYearColumns() throws {
        let names = ["Barking and Dagenham": "E09000002", "Newham": "E09000025", "Sutton": "E09000029"]
        let reader = SSDA903CSVReader(resolveAuthority: { names[$0] })
        let (cohort, reports) = try read(["ssda903_csv_liia/SSDA903_episodes_for_testing_fixes_INPUT.csv"],
                                         context: nil, reader: reader)
        #expect(reports[0].rowsRead == 23 && reports[0].rowsRejected == 0, "\(reports[0].problems)")
        #expect(Set(cohort.returns.map(\.collectionYear)).count > 1)
        #expect(Set(cohort.authorities) == Set(names.values))
        #expect(cohort.episodes.count + cohort.supersededRows.episodes + cohort.problems.filter { $0.reason.contains("same key") }.count == 23)
    }

    @Test("A file whose authority cannot be told is an error that says how to name it")
    func unknownAuthority() throws {
        var builder = CohortBuilder()
        #expect(throws: DataError.self) {
            try SSDA903CSVReader().read(file: Samples.path("ssda903_csv/episodes.csv"), context: nil, into: &builder)
        }
        #expect(ReturnContext(path: "/data/E06000009/2025/ssda903/episodes.csv")
                == ReturnContext(authority: "E06000009", collectionYear: 2025))
        #expect(ReturnContext(path: "/data/returns/episodes.csv") == nil)
    }

    @Test("SDQ scores and codes are read with blanks around them and codes in either case; a bad score is a warning")
    func paddedScoresAndLowerCaseCodes() throws {
        let directory = try TemporaryDirectory()
        let oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON\n1,01/01/2012, 14 ,SDQ1\n2,01/01/2012,14.0,sdq1\n3,01/01/2012,41,SDQ1\n"
        let oc3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n4,01/01/2006,yes,f1,b1\n"
        let context = ReturnContext(authority: "E06000009", collectionYear: 2025)
        var builder = CohortBuilder()
        let scores = try SSDA903CSVReader().read(file: directory.write(Array(oc2.utf8), to: "oc2.csv"), context: context, into: &builder)
        let leavers = try SSDA903CSVReader().read(file: directory.write(Array(oc3.utf8), to: "oc3.csv"), context: context, into: &builder)
        let cohort = builder.build()
        #expect(cohort.oc2.sdqScore == [14, 14, -2])
        #expect(scores.problems.map(\.location.line) == [4] && scores.problems.map(\.location.columnName) == ["SDQ_SCORE"])
        #expect(leavers.problems.isEmpty, "\(leavers.problems)")
        #expect(cohort.oc3.accommodation == [AccommodationCodes.list.index(of: "B1")!])
        #expect(cohort.oc3.inTouch == [InTouchCodes.list.index(of: "YES")!])
    }
}

@Suite("SSDA903 XML reader on the sample file")
struct SSDA903XMLReaderTests {
    @Test("The XML sample loads its 253 children, 459 episodes, OC2, OC3 and missing records, and counts its 1,206 reviews")
    func sampleLoads() throws {
        var builder = CohortBuilder()
        let report = try SSDA903XMLReader().read(file: Samples.path("ssda903_xml/fake_903.xml"),
                                                 context: ReturnContext(authority: "E06000009", collectionYear: 2018),
                                                 into: &builder)
        let cohort = builder.build()
        // Headers, episodes, missing, OC2, OC3 and reviews, then the 12 children whose UASC is 1, the 3
        // adoptions (ad1 fields), the 3 AD_PLACED and the 253 PERMANENCE records.
        #expect(report.rowsRead == 253 + 459 + 6 + 253 + 6 + 1_206 + 12 + 3 + 3 + 253)
        #expect(report.rowsRejected == 0)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected)
        #expect(cohort.children.count == 253)
        #expect(cohort.episodes.count == 459)
        #expect(cohort.episodes.end.filter { $0 == DayNumber.open }.count == 133)
        #expect(cohort.oc2.count == 253 && cohort.oc2.sdqScore.filter { $0 >= 0 }.count == 122)
        #expect(cohort.oc3.count == 6 && cohort.missing.count == 6)
        #expect(report.problems.filter { $0.location.columnName == "ACCOM" }.count >= 1)
        let child = try #require(cohort.children.index(authority: 0, identifier: "907440"))
        let episodes = cohort.episodeRange(of: child)
        #expect(episodes.count == 2)
        #expect(PlacementTypeCodes.list.code(at: cohort.episodes.placement[episodes.lowerBound]) == "R5")
        #expect(cohort.episodes.start[episodes.lowerBound] == Day(year: 2017, month: 1, day: 6)!.dayNumber)
    }

    @Test("The same rows give the same columns whether read from CSV or XML")
    func csvAndXMLAgree() throws {
        let directory = try TemporaryDirectory()
        let csv = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "907440,06/01/2017,T,J3,N4,R5,PR2,06/10/2017,X1,CUSTOD,B15 8PZ,E7 5YR,1465167\n"
            + "907440,06/10/2017,T,J3,N4,P2,PR3,07/03/2018,E11,,G22 6JX,Q6 7TT,8809927\n"
        let xml = "<EXPSSDA903><CHILD><HEADER><CHILDID>907440</CHILDID><SEX>2</SEX><DOB>28/07/2010</DOB><ETHNIC>BAFR</ETHNIC></HEADER>"
            + "<EPISODE><DECOM>06/01/2017</DECOM><RNE>T</RNE><LS>J3</LS><CIN>N4</CIN><PL>R5</PL><PL_POST>E7 5YR</PL_POST>"
            + "<HOME_POST>B15 8PZ</HOME_POST><PLACE_PROVIDER>PR2</PLACE_PROVIDER><DEC>06/10/2017</DEC><REC>X1</REC></EPISODE>"
            + "<EPISODE><DECOM>06/10/2017</DECOM><RNE>T</RNE><LS>J3</LS><CIN>N4</CIN><PL>P2</PL><PL_POST>Q6 7TT</PL_POST>"
            + "<HOME_POST>G22 6JX</HOME_POST><PLACE_PROVIDER>PR3</PLACE_PROVIDER><DEC>07/03/2018</DEC><REC>E11</REC></EPISODE>"
            + "</CHILD></EXPSSDA903>"
        let context = ReturnContext(authority: "E06000009", collectionYear: 2018)
        var fromCSV = CohortBuilder()
        _ = try SSDA903CSVReader().read(file: directory.write(Array(csv.utf8), to: "episodes.csv"), context: context, into: &fromCSV)
        var fromXML = CohortBuilder()
        _ = try SSDA903XMLReader().read(file: directory.write(Array(xml.utf8), to: "903.xml"), context: context, into: &fromXML)
        let a = fromCSV.build().episodes, b = fromXML.build().episodes
        #expect(a.start == b.start && a.end == b.end && a.placement == b.placement && a.reasonCeased == b.reasonCeased)
        #expect(a.provider == b.provider && a.legalStatus == b.legalStatus && a.reasonNewEpisode == b.reasonNewEpisode)
        #expect(a.homePostcode == b.homePostcode && a.placementPostcode == b.placementPostcode)
    }
}
