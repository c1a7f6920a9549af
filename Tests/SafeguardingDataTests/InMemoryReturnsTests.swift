import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

@Suite("Returns generated and read in memory")
struct InMemoryReturnsTests {
    static let cohort = SyntheticCohort(authorities: SyntheticCohortTests.authorities(2), years: 2023...2025, seed: 11)

    @Test("generate() makes exactly the files write(to:) writes, byte for byte, and writes nothing")
    func sameFiles() throws {
        let directory = try TemporaryDirectory()
        let summary = try Self.cohort.write(to: directory.url.path)
        let generated = Self.cohort.generate()
        #expect(generated.summary == summary)
        #expect(generated.files.count == summary.files)
        for file in generated.files {
            let written = try Data(contentsOf: directory.url.appendingPathComponent(file.name))
            #expect(Array(written) == file.bytes, "\(file.name)")
        }
        #expect(generated.ssda903.map(\.name) == generated.ssda903.map(\.name).sorted())
        #expect(generated.population.name == "population.csv" && generated.postcodes.name == "postcodes.csv")
    }

    @Test("Returns read from bytes give the cohort and figures the same files give from disk")
    func bytesAndPathsAgree() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.cohort.write(to: directory.url.path)
        let root = directory.url.path
        let generated = Self.cohort.generate()
        let fromDisk = try ReturnSet(ssda903: [root], cin: [root], population: root + "/population.csv",
                                     postcodes: root + "/postcodes.csv")
        let fromBytes = try ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: generated.population,
                                      postcodes: generated.postcodes)
        #expect(fromBytes.files.map(\.rowsRead) == fromDisk.files.map(\.rowsRead))
        #expect(fromBytes.files.map(\.rowsRejected) == fromDisk.files.map(\.rowsRejected))
        #expect(fromBytes.files.first?.path == "E06000009/2023/cin/cin_census_2023.xml"
                || fromBytes.files.first?.path.hasPrefix("E06000009/2023/ssda903/") == true)
        for year in 2024...2025 {
            let disk = try IndicatorComputation(try fromDisk.request(period: .collectionYear(year))).compute()
            let bytes = try IndicatorComputation(try fromBytes.request(period: .collectionYear(year))).compute()
            #expect(disk.areas.map { $0.indicators.map(\.numerator) } == bytes.areas.map { $0.indicators.map(\.numerator) })
            #expect(disk.areas.map { $0.indicators.map(\.denominator) } == bytes.areas.map { $0.indicators.map(\.denominator) })
            #expect(bytes.areas.first?.result(for: "cla.placement.over_20_miles.percent") != nil)
        }
    }

    @Test("A framework reads from bytes as from its file, CSV or JSON by its name")
    func frameworkBytes() throws {
        let path = ReferenceData.blackpoolFramework
        let csv = try DataFile(contentsOf: path)
        let fromBytes = try LoadedFramework.read(csv, version: "2024-01")
        let fromFile = try LoadedFramework.read(path: path, version: "2024-01")
        #expect(fromBytes.framework == fromFile.framework)
        #expect(fromBytes.problems == fromFile.problems)
        let json = DataFile(name: "blackpool.json", text: FrameworkJSON.encode(fromFile.framework))
        #expect(try LoadedFramework.read(json).framework == fromFile.framework)
    }

    @Test("A DataError's kind tells a file that is not a return from an I/O failure and from missing columns")
    func errorKinds() {
        func kind(_ body: () throws(DataError) -> Void) -> DataError.Kind? {
            do { try body() } catch { return error.kind }
            return nil
        }
        var builder = CohortBuilder()
        let notATable = DataFile(name: "E06000009/2025/ssda903/notes.csv", text: "colour,size\nred,3\n")
        #expect(kind { () throws(DataError) in _ = try SSDA903CSVReader().read(notATable, context: nil, into: &builder) } == .notRecognised)
        let noYear = DataFile(name: "episodes.csv", text: "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n")
        #expect(kind { () throws(DataError) in _ = try SSDA903CSVReader().read(noYear, context: nil, into: &builder) } == .unplaced)
        let noColumn = DataFile(name: "E06000009/2025/ssda903/episodes.csv", text: "CHILD,DECOM\n1,01/04/2024\n")
        #expect(kind { () throws(DataError) in _ = try SSDA903CSVReader().read(noColumn, context: nil, into: &builder) } == .missingColumns)
        let notCIN = DataFile(name: "cin.xml", text: "<Other/>")
        #expect(kind { () throws(DataError) in _ = try CINCensusReader().read(notCIN, into: &builder) } == .notRecognised)
        #expect(kind { () throws(DataError) in _ = try SSDA903CSVReader().read(file: "/no/such/file.csv", context: nil, into: &builder) } == .io)
        #expect(kind { () throws(DataError) in _ = try ReturnSet(ssda903: ["/no/such/folder"]) } == .notFound)
        #expect(kind { () throws(DataError) in _ = try PostcodeLookup.read(DataFile(name: "p.csv", text: "a,b\n1,2\n")) } == .missingColumns)
        #expect(kind { () throws(DataError) in _ = try LoadedFramework.read(DataFile(name: "f.json", text: "[]")) } == .malformed)
        #expect(DataError("x", at: SourceLocation(file: "f", line: 2)).description == "f:2: x")
    }
}
