/// An exact rational number, kept in lowest terms: the value of a trajectory between milestones.
///
/// Linear interpolation by days gives values such as 825 − 15 × 92/152 = 31005/38, which no
/// decimal holds exactly. The fraction is kept exact and rounded half up (away from zero) only
/// when shown or compared, with ``rounded(toDecimals:)``, exactly as a ``Rate`` is.
///
/// ```swift
/// let expected = ExactFraction(31_005, over: 38)
/// print(expected)                            // 31005/38
/// print(expected.rounded(toDecimals: 0))     // 816
/// print(expected.rounded(toDecimals: 2))     // 815.92
/// ```
@frozen
public struct ExactFraction: Sendable, Hashable, Comparable {
    /// The numerator, in lowest terms (it carries the sign).
    public let numerator: Int128
    /// The denominator, in lowest terms; always positive.
    public let denominator: Int128

    /// Creates `numerator / denominator`, reduced to lowest terms with a positive denominator.
    ///
    /// - Precondition: `denominator` is not 0.
    public init(_ numerator: Int128, over denominator: Int128) {
        precondition(denominator != 0, "a fraction's denominator must not be 0")
        var n = numerator
        var d = denominator
        if d < 0 { n = -n; d = -d }
        let divisor = ExactFraction.greatestCommonDivisor(n.magnitude, d.magnitude)
        if divisor > 1 {
            n /= Int128(divisor)
            d /= Int128(divisor)
        }
        self.numerator = n
        self.denominator = d
    }

    /// The exact value of a decimal: 14.5 is 29/2.
    public init(_ decimal: FixedDecimal) {
        self.init(Int128(decimal.units), over: FixedDecimal.integerPowerOfTen(decimal.decimals))
    }

    /// The value rounded half up (away from zero) to `places` decimals, computed exactly.
    ///
    /// ```swift
    /// ExactFraction(-1, over: 2).rounded(toDecimals: 0) // -1
    /// ```
    /// - Precondition: `places` is 0 through 18 and the result fits a ``FixedDecimal``.
    public func rounded(toDecimals places: Int) -> FixedDecimal {
        precondition((0...18).contains(places), "decimals must be 0...18")
        let scaled = Rounding.divideHalfUp(numerator * FixedDecimal.integerPowerOfTen(places), by: denominator)
        precondition(scaled <= Int128(Int64.max) && scaled >= Int128(Int64.min), "value too large")
        return FixedDecimal(units: Int64(scaled), decimals: places)
    }

    /// The value as a `Double`, for charts; not for comparisons.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// Orders by value.
    public static func < (lhs: ExactFraction, rhs: ExactFraction) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    static func greatestCommonDivisor(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}

extension ExactFraction: CustomStringConvertible {
    /// `numerator/denominator`, or just the numerator for a whole number: `31005/38`, `825`.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }
}
