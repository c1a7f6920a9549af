import Testing
import SafeguardingMetrics

@Suite("Exact rational numbers")
struct RationalTests {
    @Test("Fractions are kept in lowest terms with a positive denominator, so equal values are equal")
    func lowestTerms() {
        #expect(Rational(2, 4) == Rational(1, 2))
        #expect(Rational(3, -6).numerator == -1 && Rational(3, -6).denominator == 2)
        #expect(Rational(0, -5) == .zero)
        #expect(Rational(FixedDecimal(units: 1250, decimals: 2)) == Rational(25, 2))
        #expect(Set([Rational(1, 2), Rational(2, 4), Rational(50, 100)]).count == 1)
    }

    @Test("Ordering is exact where binary floating point is not")
    func ordering() {
        // 0.1 + 0.2 is 0.30000000000000004 in Double; the rational sum is exactly 3/10.
        let sum = Rational(FixedDecimal(units: 1, decimals: 1)) + Rational(FixedDecimal(units: 2, decimals: 1))
        #expect(sum == Rational(FixedDecimal(units: 3, decimals: 1)))
        #expect(Rational(1, 3) > Rational(FixedDecimal(units: 333_333, decimals: 6)))
        #expect(Rational(-1, 2) < Rational(-1, 3))
    }

    @Test("Arithmetic gives the exact sum, difference, product and quotient")
    func arithmetic() {
        #expect(Rational(1, 2) + Rational(1, 3) == Rational(5, 6))
        #expect(Rational(1, 2) - Rational(1, 3) == Rational(1, 6))
        #expect(Rational(2, 3) * Rational(9, 4) == Rational(3, 2))
        #expect(Rational(2, 3) / Rational(4, 9) == Rational(3, 2))
        #expect(Rational(7, 2).floor == 3 && Rational(-7, 2).floor == -4 && Rational(6, 2).floor == 3)
    }

    @Test("Rounding is half up, away from zero, as the DfE rounds")
    func rounding() {
        #expect(Rational(1245, 10).rounded(toDecimals: 0) == FixedDecimal(125))
        #expect(Rational(-5, 2).rounded(toDecimals: 0) == FixedDecimal(-3))
        #expect(Rational(1625, 100).rounded(toDecimals: 1) == FixedDecimal(units: 163, decimals: 1))
        #expect(Rational(1, 3).rounded(toDecimals: 2) == FixedDecimal(units: 33, decimals: 2))
        #expect(Rational(2, 3).rounded(toDecimals: 2) == FixedDecimal(units: 67, decimals: 2))
    }

    @Test("A terminating value prints as a decimal, any other as a fraction")
    func description() {
        #expect(Rational(249, 2).description == "124.5")
        #expect(Rational(529, 20).description == "26.45")
        #expect(Rational(7).description == "7")
        #expect(Rational(-1, 8).description == "-0.125")
        #expect(Rational(629, 7).description == "629/7")
    }
}
