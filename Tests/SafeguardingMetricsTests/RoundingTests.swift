import Testing
import SafeguardingMetrics

@Suite("Exact half-up rounding")
struct RoundingTests {
    @Test("Every DfE tie case rounds half up to the published value")
    func dfeTieCases() throws {
        let rows = try Fixture.csvRows("dfe_rounding_half_up_tie_cases.csv")
        #expect(rows.count == 15)
        for row in rows {
            let numerator = try #require(Int64(row["numerator"]!))
            let denominator = try #require(Int64(row["denominator"]!))
            let scale = try #require(Int64(row["scale"]!))
            let decimals = try #require(Int(row["decimals"]!))
            let rounded = Rounding.halfUp(numerator: numerator, denominator: denominator, scale: scale, decimals: decimals)
            #expect(rounded?.description == row["published"], "\(row["la_name"]!) \(row["time_period"]!)")
            // The exact value is the tie itself, and banker's rounding would have given another answer.
            #expect(FixedDecimal(row["exact_value"]!)! == Rounding.halfUp(numerator: numerator, denominator: denominator,
                                                                         scale: scale, decimals: decimals + 2))
        }
        let differingFromBankers = rows.filter { $0["published"] != $0["half_even_would_give"] }
        #expect(differingFromBankers.count == 8)
    }

    @Test("Values that binary floating point gets wrong round exactly")
    func floatingPointTraps() {
        // 29/200 × 100 is exactly 14.5, but in Double it is 14.499999999999998, which rounds down.
        #expect(Double(29) / 200 * 100 < 14.5)
        #expect(Percentage(29, of: 200).rounded(toDecimals: 0)?.description == "15")
        #expect(Percentage(57, of: 200).rounded(toDecimals: 0)?.description == "29")
        #expect(Percentage(42, of: 224).rounded(toDecimals: 1)?.description == "18.8")
        #expect(Percentage(7, of: 112).rounded(toDecimals: 1)?.description == "6.3")
        #expect(Percentage(1, of: 3).rounded(toDecimals: 0)?.description == "33")
        #expect(Percentage(2, of: 3).rounded(toDecimals: 2)?.description == "66.67")
        #expect(Percentage(0, of: 3).rounded(toDecimals: 1)?.description == "0.0")
        #expect(RatePer10k(1, of: 20_000).rounded(toDecimals: 0)?.description == "1")
        #expect(RatePer10k(1, of: 20_001).rounded(toDecimals: 0)?.description == "0")
    }

    @Test("Rounding equals exact rational half-up rounding on 50,000 random ratios")
    func matchesLongDivision() {
        var rng = SeededGenerator(seed: 2025)
        let scales: [Int64] = [1, 100, 10_000, 100_000]
        for _ in 0..<50_000 {
            let denominator = Int64.random(in: 1...2_000_000, using: &rng)
            let numerator = Bool.random(using: &rng)
                ? Int64.random(in: 0...denominator, using: &rng)
                : Int64.random(in: 0...50_000_000, using: &rng)
            let scale = scales.randomElement(using: &rng)!
            let decimals = Int.random(in: 0...4, using: &rng)
            let computed = Rounding.halfUp(numerator: numerator, denominator: denominator, scale: scale, decimals: decimals)
            #expect(computed?.description == longDivisionHalfUp(numerator * scale, denominator, decimals))
        }
    }

    @Test("Constructed ties always round away from zero")
    func constructedTies() {
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<5_000 {
            // (2k + 1) / 2 at 0 decimals, and the same shifted to 1 and 2 decimals.
            let k = Int64.random(in: 0...1_000_000, using: &rng)
            #expect(Rounding.halfUp(numerator: 2 * k + 1, denominator: 2, decimals: 0) == FixedDecimal(k + 1))
            #expect(Rounding.halfUp(numerator: 2 * k + 1, denominator: 20, decimals: 1) == FixedDecimal(units: k + 1, decimals: 1))
            #expect(Rounding.halfUp(numerator: -(2 * k + 1), denominator: 2, decimals: 0) == FixedDecimal(-(k + 1)))
        }
    }

    @Test("A zero denominator has no rounded value")
    func zeroDenominator() {
        #expect(Rounding.halfUp(numerator: 5, denominator: 0, scale: 100, decimals: 1) == nil)
    }

    @Test("Fixed decimals round half up to fewer places and compare by value")
    func fixedDecimalRounding() {
        #expect(FixedDecimal("16.25")!.rounded(toDecimals: 1).description == "16.3")
        #expect(FixedDecimal("-16.25")!.rounded(toDecimals: 1).description == "-16.3")
        #expect(FixedDecimal("16.249")!.rounded(toDecimals: 1).description == "16.2")
        #expect(FixedDecimal("300.89999999999998")!.rounded(toDecimals: 1).description == "300.9")
        #expect(FixedDecimal("7")!.rounded(toDecimals: 2).description == "7.00")
        #expect(FixedDecimal("19")! == FixedDecimal("19.0")!)
        #expect(Set([FixedDecimal("19")!, FixedDecimal("19.00")!]).count == 1)
        #expect(FixedDecimal("18.7")! < FixedDecimal("18.75")!)
        #expect(FixedDecimal("0.05")!.description == "0.05")
        #expect(FixedDecimal("-0.5")!.description == "-0.5")
        #expect(FixedDecimal("1e3") == nil && FixedDecimal("1,000") == nil && FixedDecimal("") == nil && FixedDecimal(".") == nil)
        #expect(FixedDecimal("99999999999999999999") == nil)
        #expect(FixedDecimal(18.75, decimals: 1)?.description == "18.8")
    }
}

/// Half-up rounding of `numerator / denominator` to `decimals` places by schoolbook long division:
/// an oracle independent of the library's 128-bit implementation.
func longDivisionHalfUp(_ numerator: Int64, _ denominator: Int64, _ decimals: Int) -> String {
    var integerPart = numerator / denominator
    var remainder = numerator % denominator
    var digits: [Int64] = []
    for _ in 0...decimals {
        remainder *= 10
        digits.append(remainder / denominator)
        remainder %= denominator
    }
    let next = digits.removeLast()
    if next >= 5 {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] == 9 { digits[index] = 0; index -= 1 } else { digits[index] += 1; break }
        }
        if index < 0 { integerPart += 1 }
    }
    return decimals == 0 ? "\(integerPart)" : "\(integerPart)." + digits.map(String.init).joined()
}
