import Testing
import SafeguardingData

@Suite("Quoting a value in a problem")
struct DataProblemQuotingTests {
    @Test("A short value is quoted whole")
    func short() {
        #expect(DataProblem.quote("31/02/2010") == "'31/02/2010'")
        #expect(DataProblem.quote("") == "''")
    }

    @Test("A value of exactly the limit is whole; one character more is cut with an ellipsis")
    func limit() {
        let forty = String(repeating: "x", count: DataProblem.quotedValueLimit)
        #expect(DataProblem.quote(forty) == "'\(forty)'")
        #expect(DataProblem.quote(forty + "y") == "'\(forty)…'")
        #expect(DataProblem.quote(String(repeating: "é", count: 500)).count == DataProblem.quotedValueLimit + 3)
    }

    @Test("A value is cut at its first line break or other control character")
    func controls() {
        #expect(DataProblem.quote("first line\nsecond line") == "'first line…'")
        #expect(DataProblem.quote("a\r\nb") == "'a…'")
        #expect(DataProblem.quote("tab\there") == "'tab…'")
    }

    @Test("A child-level field is cut at the length of a date, so an identifier and a date of birth never fit together")
    func fieldLimit() {
        #expect(DataProblem.quote("16/06/2011591038", limit: DataProblem.fieldValueLimit) == "'16/06/2011…'")
        #expect(DataProblem.quote("U1", limit: DataProblem.fieldValueLimit) == "'U1'")
    }

    @Test("A long unreadable date in a return is quoted shortened, not whole")
    func longValue() throws {
        let long = "01/01/2010" + String(repeating: " and more", count: 30)
        let directory = try TemporaryDirectory()
        let path = try directory.write(Array("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA1,\"\(long)\",S,C2,U1,,X1\n".utf8),
                                       to: "episodes.csv")
        var builder = CohortBuilder()
        let report = try SSDA903CSVReader().read(file: path, context: .init(authority: "E06000009", collectionYear: 2025),
                                                 into: &builder)
        let reason = try #require(report.problems.first { $0.location.columnName == "DECOM" }?.reason)
        #expect(reason == "'01/01/2010…' is not a date")
    }
}
