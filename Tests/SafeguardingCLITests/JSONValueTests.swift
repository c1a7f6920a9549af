import SafeguardingMetrics
import Testing
@testable import SafeguardingCLI

@Suite("JSON writing")
struct JSONValueTests {
    @Test("Keys keep their order, decimals are written exactly and strings are escaped")
    func rendering() {
        let value = JSONValue.object([("z", .decimal(FixedDecimal(units: 1875, decimals: 2))), ("a", .null),
                                      ("s", .string("a \"quote\"\n\u{1}")), ("list", .array([.integer(1), .bool(false)])),
                                      ("raw", .raw("{\"x\":1}\n"))])
        #expect(value.rendered(compact: true) == "{\"z\":18.75,\"a\":null,\"s\":\"a \\\"quote\\\"\\n\\u0001\",\"list\":[1,false],\"raw\":{\"x\":1}}\n")
    }

    @Test("CSV fields with commas, quotes or line breaks are quoted")
    func csvQuoting() {
        var csv = CSVText(header: ["a", "b"])
        csv.append(["1,2", "say \"hi\""])
        csv.append([nil, "plain"])
        #expect(csv.text == "a,b\n\"1,2\",\"say \"\"hi\"\"\"\n,plain\n")
    }
}
