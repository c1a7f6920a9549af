import Foundation
import Testing
@testable import SafeguardingCLI

@Suite("whole reads from the command line")
struct WholeReadCommandTests {
    /// The problems of the first file of a `validate --format json` run.
    func problems(_ run: Run) throws -> [[String: Any]] {
        let files = try #require(try run.json()["files"] as? [[String: Any]])
        return try #require(files.first?["problems"] as? [[String: Any]])
    }

    @Test("A CIN census file cut short exits 1 with the line where it ends, in validate and in indicators")
    func truncatedXML() throws {
        let scratch = try ScratchDirectory()
        let text = try String(contentsOfFile: Repository.sample("cin_xml/CIN_Census_2021.xml"), encoding: .utf8)
        let cut = String(text[..<(try #require(text.range(of: "</Child>")).upperBound)])
        let path = try scratch.write(cut, to: "cin_census_2023.xml")
        let lastLine = cut.split(separator: "\n", omittingEmptySubsequences: false).count

        let validate = tool("validate", "--cin", path, "--format", "json")
        #expect(validate.status == 1)
        let problem = try #require(try problems(validate).first)
        #expect(problem["line"] as? Int == lastLine && problem["severity"] as? String == "error")
        #expect((problem["reason"] as? String)?.hasPrefix("the file ends inside <Children>") == true)

        let indicators = tool("indicators", "--cin", path, "--year", "2023")
        #expect(indicators.status == 1)
        #expect(indicators.errors.contains("\(path):\(lastLine):"), "\(indicators.errors)")
        #expect(indicators.errors.contains("it is cut short, so it is not read"))
    }

    @Test("An unterminated quote exits 1 with its line and field, and the rows after it are read")
    func unterminatedQuote() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1,01/01/2020,S,C2,U1,,\n2,\"01/02/2020,S,C2,U1,,\n"
            + "3,01/03/2020,S,\"C2\",U1,,\n", to: "E06000009/2023/ssda903/episodes.csv")
        let run = tool("validate", "--ssda903", path, "--format", "json")
        #expect(run.status == 1)
        let files = try #require(try run.json()["files"] as? [[String: Any]])
        #expect(files.first?["rows_read"] as? Int == 3 && files.first?["rows_rejected"] as? Int == 1)
        let problem = try #require(try problems(run).first)
        #expect(problem["line"] as? Int == 3 && problem["column"] as? Int == 2)
        #expect((problem["reason"] as? String)?.hasPrefix("the quote that opens field 2 is not closed on its line") == true)
    }

    @Test("validate --cin /dev/zero exits 1 after reading at most the default field limit and one buffer")
    func endlessInput() throws {
        let run = tool("validate", "--cin", "/dev/zero", "--format", "json")
        #expect(run.status == 1)
        let problem = try #require(try problems(run).first)
        let reason = try #require(problem["reason"] as? String)
        #expect(reason.hasPrefix("a text longer than 16 MiB (16,777,216 bytes), the limit (ReadLimits.fieldBytes); "
            + "reading stopped after "))
        let read = try #require(Int(reason.split(separator: " ").dropLast().last?.filter(\.isNumber) ?? ""))
        #expect(read > 16 << 20 && read <= (16 << 20) + (1 << 20))
    }
}
