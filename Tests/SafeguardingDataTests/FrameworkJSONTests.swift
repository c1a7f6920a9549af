import Foundation
import Testing
import SafeguardingData
import SafeguardingMetrics

@Suite("Framework and scorecard JSON")
struct FrameworkJSONTests {
    @Test("The JSON round trip of the Blackpool framework is exact, byte for byte")
    func blackpoolRoundTrip() throws {
        let framework = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01").framework
        let json = FrameworkJSON.encode(framework)
        let decoded = try FrameworkJSON.decode(json, name: "blackpool.json")
        #expect(decoded == framework)
        #expect(FrameworkJSON.encode(decoded) == json)
        #expect(decoded["OF1-01"]?.points[1].entry == .unreadable("400/100000"))
        #expect(json.contains("\"value\" : \"14.5\""))
    }

    @Test("Values keep their decimals, and every kind of cell, date and count survives the round trip")
    func exactness() throws {
        let row = FrameworkIndicator(
            id: "X", outcome: "O", title: "T", unit: .percentage, polarity: .hold, decimals: 2,
            comparator: .region, computedID: "cla.missing.percent",
            points: [.baseline("2023-04", FixedDecimal(units: 1_450, decimals: 2)),
                     FrameworkPoint(.target, "2023-10-15", .toBeConfirmed),
                     FrameworkPoint(.target, "2024-03", .unreadable("12/10000")),
                     FrameworkPoint(.actual, "2023-10", .blank),
                     .actual("2024-01", FixedDecimal(units: 187_500_000_000_001, decimals: 13), numerator: 3, denominator: 16)])
        let framework = OutcomesFramework(name: "N", version: "V", indicators: [row])
        let json = FrameworkJSON.encode(framework)
        let decoded = try FrameworkJSON.decode(json, name: "x.json")
        #expect(decoded == framework)
        #expect(decoded.indicators[0].points[0].value?.decimals == 2)
        #expect(decoded.indicators[0].points[4].value?.description == "18.7500000000001")
        #expect(decoded.indicators[0].points[1].date == .day(Day(year: 2023, month: 10, day: 15)!))
        #expect(json.contains("\"tbc\" : true") && json.contains("\"unreadable\" : \"12/10000\""))
    }

    @Test("Seeded random frameworks round-trip through JSON exactly")
    func randomRoundTrip() throws {
        var random = SeededGenerator(seed: 0x15_0A_CE)
        for _ in 0..<60 {
            let framework = RandomFramework.make(using: &random, rectangular: false)
            let json = FrameworkJSON.encode(framework)
            let decoded = try FrameworkJSON.decode(json, name: "random.json")
            #expect(decoded == framework)
            #expect(FrameworkJSON.encode(decoded) == json)
        }
    }

    @Test("JSON that is not a framework is a DataError naming the key path")
    func badJSON() {
        func reason(_ json: String) -> String {
            do {
                _ = try FrameworkJSON.decode(json, name: "bad.json")
                return "decoded"
            } catch {
                return error.reason
            }
        }
        let point = #"{"name":"N","version":"V","indicators":[{"id":"X","outcome":"O","title":"T","unit":"percentage","polarity":"lower","decimals":%@,"points":[%@]}]}"#
        func framework(decimals: String = "0", point pointJSON: String) -> String {
            point.replacingOccurrences(of: "%@", with: decimals, options: [], range: point.range(of: "%@"))
                .replacingOccurrences(of: "%@", with: pointJSON)
        }
        #expect(reason(framework(point: #"{"kind":"target","date":"2023-10","value":"14.5"}"#)) == "decoded")
        #expect(reason(framework(point: #"{"kind":"target","date":"2023-10","value":"14,5"}"#))
            .hasPrefix("indicators[0].points[0].value"))
        #expect(reason(framework(point: #"{"kind":"target","date":"2023-10","value":14.5}"#)).hasPrefix("indicators[0].points[0].value"))
        #expect(reason(framework(point: #"{"kind":"target","date":"2023-10","value":"1","tbc":true}"#)).contains("at most one"))
        #expect(reason(framework(point: #"{"kind":"goal","date":"2023-10"}"#)).hasPrefix("indicators[0].points[0].kind"))
        #expect(reason(framework(point: #"{"kind":"target","date":"2023-13"}"#)).hasPrefix("indicators[0].points[0].date"))
        #expect(reason(framework(decimals: "9", point: "")).hasPrefix("indicators[0].decimals"))
        #expect(reason(#"{"name":"N","indicators":[]}"#) == "version: missing")
        #expect(reason("not json").isEmpty == false)
    }

    @Test("A framework written to a JSON file reads back validated, with findings named but not located")
    func files() throws {
        let directory = try TemporaryDirectory()
        let loaded = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
        let path = directory.url.appendingPathComponent("blackpool.json").path
        try FrameworkJSON.write(loaded.framework, to: path)
        let again = try FrameworkJSON.read(path: path)
        #expect(again.framework == loaded.framework)
        #expect(again.problems.map(\.kind) == loaded.problems.map(\.kind))
        #expect(again.problems.allSatisfy { $0.location == nil })
        #expect(again.problems[0].description.hasPrefix("error scale_mismatch: OF1-01 target 2023-10:"))
        let csvPath = directory.url.appendingPathComponent("blackpool.csv").path
        try FrameworkCSV.write(loaded.framework, to: csvPath)
        #expect(try FrameworkCSV.read(path: csvPath, version: "2024-01").framework.indicators == loaded.framework.indicators)
        #expect(throws: DataError.self) { try FrameworkJSON.read(path: directory.url.appendingPathComponent("missing.json").path) }
    }

    @Test("The scorecard JSON has the command-line contract's keys, exact numbers and snake-case values")
    func scorecardContract() throws {
        let framework = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01").framework
        let json = ScorecardJSON.encode(Scorecard(framework: framework, at: "2024-01"), compact: true)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["at"] as? String == "2024-01" && document["version"] as? String == "2024-01")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count == 40)
        for row in rows {
            #expect(Set(["id", "outcome", "title", "unit", "polarity", "baseline", "points", "expected_at", "issues"])
                .isSubset(of: row.keys))
            for point in row["points"] as? [[String: Any]] ?? [] {
                #expect(Set(["date", "target", "actual", "expected", "status", "rag", "direction"]).isSubset(of: point.keys))
            }
        }
        let referrals = try #require(rows.first { $0["id"] as? String == "OF1-03" })
        #expect(referrals["unit"] as? String == "rate_per_10000" && referrals["polarity"] as? String == "lower")
        #expect((referrals["expected_at"] as? [String: Any])?["value"] as? Int == 816)
        let october = try #require((referrals["points"] as? [[String: Any]])?.first)
        #expect(october["status"] as? String == "better" && october["rag"] as? String == "green")
        #expect(october["direction"] as? String == "improving" && october["actual"] as? Int == 798)
        let change = try #require((october["change"] as? [String: Any])?["from_previous"] as? [String: Any])
        #expect(change["unit"] as? String == "per_10000" && change["value"] as? Int == -35)
        let future = try #require((referrals["points"] as? [[String: Any]])?.last)
        #expect(future["actual"] is NSNull && future["status"] is NSNull && future["rag"] as? String == "grey")
        #expect(json.contains(#""value":11.8"#))                  // OF4-03's expected value, written exactly
        let first = try #require(rows.first)
        let issues = try #require(first["issues"] as? [[String: Any]])
        #expect(issues.first?["kind"] as? String == "scale_mismatch" && issues.first?["date"] as? String == "2023-10")
        #expect(issues.first?["severity"] as? String == "error")
    }
}
