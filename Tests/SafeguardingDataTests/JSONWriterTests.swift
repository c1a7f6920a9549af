import Foundation
import Testing
@testable import SafeguardingData
import SafeguardingMetrics

@Suite("The library's JSON writer")
struct JSONWriterTests {
    /// What Foundation's JSONEncoder writes for a value, in the layout the scorecard has always had.
    func foundation(_ value: JSONValue, compact: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes]
            : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test("Keys keep their order, decimals are written exactly and strings are escaped")
    func indented() {
        let value = JSONValue.object([("z", .decimal(FixedDecimal(units: 1875, decimals: 2))), ("a", .null),
                                      ("s", .string("a \"quote\"\n\u{1}")), ("list", .array([.integer(1), .bool(false)])),
                                      ("empty", .object([])), ("none", .array([]))])
        #expect(value.rendered() == """
            {
              "z": 18.75,
              "a": null,
              "s": "a \\"quote\\"\\n\\u0001",
              "list": [
                1,
                false
              ],
              "empty": {},
              "none": []
            }

            """)
    }

    @Test("The sorted layouts write what Foundation's JSONEncoder writes, punctuation and escapes included")
    func sortedLayoutsMatchFoundation() throws {
        let value = JSONValue.object([
            ("rag_policy", .string("baseline")), ("rag", .string("green")), ("Z", .integer(3)), ("é", .bool(true)),
            ("text", .string("q\"/\\\n\r\t\u{1}\u{8}\u{C}\u{1B}\u{7F}é€😀\u{2028}")), ("empty", .array([])),
            ("nothing", .object([])), ("nested", .array([.array([]), .object([("b", .null), ("a", .number("-0.5"))])])),
            ("numbers", .array([.number("20.5"), .number("1000"), .number("0.000001"), .number("-35")])),
        ])
        #expect(value.rendered(.sortedIndented) == (try foundation(value)))
        #expect(value.rendered(.sortedCompact) == (try foundation(value, compact: true)))
    }

    @Test("Scorecards of seeded random frameworks are written as Foundation wrote them, byte for byte")
    func scorecardsMatchFoundation() throws {
        var random = SeededGenerator(seed: 0x5C_0A_ED)
        var frameworks = [try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01").framework]
        for _ in 0..<40 { frameworks.append(RandomFramework.make(using: &random, rectangular: false)) }
        for framework in frameworks {
            for at: FrameworkDate in ["2023-10", "2024-01", "2025-03-31"] {
                let scorecard = Scorecard(framework: framework, at: at)
                let json = ScorecardJSON.json(scorecard)
                #expect(ScorecardJSON.encode(scorecard) == (try foundation(json)))
                #expect(ScorecardJSON.encode(scorecard, compact: true) == (try foundation(json, compact: true)))
            }
        }
    }

    @Test("Scorecard numbers are the shortest exact text, as Foundation's Decimal writes them")
    func scorecardNumbers() {
        var random = SeededGenerator(seed: 0xDEC1)
        for _ in 0..<2_000 {
            let value = FixedDecimal(units: Int64.random(in: -10_000_000...10_000_000, using: &random),
                                     decimals: Int.random(in: 0...6, using: &random))
            #expect(ScorecardJSON.number(value) == .number(Decimal(string: value.description)!.description), "\(value)")
        }
        #expect(ScorecardJSON.number(FixedDecimal(units: -0, decimals: 1)) == .number("0"))
        #expect(ScorecardJSON.number(nil) == .null)
    }

    @Test("A value laid out on its own keeps that layout inside an indented document")
    func laidOut() {
        let inner = JSONValue.object([("b", .integer(2)), ("a", .array([.integer(1)]))])
        let outer = JSONValue.object([("x", .laidOut(inner, .sortedCompact)), ("y", .bool(true))])
        #expect(outer.rendered() == "{\n  \"x\": {\"a\":[1],\"b\":2},\n  \"y\": true\n}\n")
        #expect(outer["x"]?["b"] == .integer(2))
    }

    @Test("JSON values round-trip through Foundation's coders with their numbers exact")
    func codable() throws {
        let value = JSONValue.object([("value", .number("25.062034739454")), ("n", .null), ("flag", .bool(false)),
                                      ("items", .array([.string("c"), .number("-3")]))])
        let text = try foundation(value, compact: true)
        #expect(text == #"{"flag":false,"items":["c",-3],"n":null,"value":25.062034739454}"# + "\n")
        let back = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(back["value"] == .number("25.062034739454") && back["items"] == .array([.string("c"), .number("-3")]))
        #expect(back["n"] == .null && back["flag"] == .bool(false))
        #expect(JSONNumber("1.5") != nil && JSONNumber("1.") == nil && JSONNumber("e3") == nil && JSONNumber("-") == nil)
        #expect(JSONNumber(Rational(2, 3)).text == "0.666666666667" && JSONNumber(Rational(2_015, 2)).text == "1007.5")
    }

    @Test("Frameworks are written through the library's writer exactly as JSONEncoder wrote them")
    func frameworksMatchFoundation() throws {
        var random = SeededGenerator(seed: 0xF4A3)
        var frameworks = [try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01").framework]
        for _ in 0..<40 { frameworks.append(RandomFramework.make(using: &random, rectangular: false)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for framework in frameworks {
            #expect(FrameworkJSON.encode(framework) == String(decoding: try encoder.encode(framework), as: UTF8.self) + "\n")
        }
    }

    /// A value using every kind of container, for the encoder test.
    struct Sample: Encodable {
        var name = "a"
        var missing: Int? = nil
        var present: Int? = 3
        var amount = Decimal(string: "12.50")!
        var ratio = 0.25
        var flags = [true, false]
        var nested = ["x": [1, 2]]

        enum CodingKeys: String, CodingKey { case name, missing, present, amount, ratio, flags, nested, extra }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encodeIfPresent(present, forKey: .present)
            try container.encode(amount, forKey: .amount)
            try container.encode(ratio, forKey: .ratio)
            try container.encode(flags, forKey: .flags)
            try container.encode(nested, forKey: .nested)
            var extra = container.nestedUnkeyedContainer(forKey: .extra)
            try extra.encodeNil()
            var inner = extra.nestedContainer(keyedBy: CodingKeys.self)
            try inner.encode(JSONNumber("1.10")!, forKey: .amount)
        }
    }

    @Test("Any Encodable value becomes a JSONValue, members in the order encoded and numbers exact")
    func valueEncoder() throws {
        let value = try JSONValueEncoder().encode(Sample())
        #expect(value.rendered(.compact)
            == #"{"name":"a","present":3,"amount":12.5,"ratio":0.25,"flags":[true,false],"nested":{"x":[1,2]},"extra":[null,{"amount":1.10}]}"# + "\n")
        #expect(try JSONValueEncoder().encode([1.5, 2]) == .array([.number("1.5"), .number("2")]))
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(Double.nan) }
    }

    @Test("The indicators --list JSON is laid out as JSONEncoder lays out the same document")
    func indicatorListLayout() throws {
        let text = IndicatorList(.standard).json()
        let tree = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(text == (try foundation(tree)))
        #expect(tree["indicators"].map { if case .array(let items) = $0 { items.count } else { 0 } } == IndicatorCatalogue.standard.indicators.count)
    }
}
