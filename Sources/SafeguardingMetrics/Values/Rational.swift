/// An exact rational number: a statistic of published figures kept with no rounding error.
///
/// The mean of ten published rates, the median of an even number of percentages, a quartile cut
/// point by linear interpolation and a pooled rate are all ratios of integers. Keeping them as a
/// reduced `numerator / denominator` pair makes every comparison exact: a value equal to a
/// quartile cut point falls in the band the rules say it does, and a council level with its
/// neighbours' mean is level, not 0.000000001 above it. Round only to show a value
/// (``rounded(toDecimals:)``, half up as the DfE rounds).
///
/// The denominator is always positive and the fraction is in lowest terms, so equal values are
/// equal (`2/4 == 1/2`) and hash alike.
///
/// ```swift
/// let mean = Rational(1_245, 10)              // the mean of ten rates summing to 1,245
/// print(mean)                                 // 124.5
/// print(mean.rounded(toDecimals: 0))          // 125 (half up)
/// print(Rational(1, 3) < Rational(FixedDecimal(units: 333, decimals: 3))) // false
/// ```
@frozen
public struct Rational: Sendable, Hashable, Comparable {
    /// The numerator, carrying the sign.
    public let numerator: Int128
    /// The denominator, always 1 or more.
    public let denominator: Int128

    /// Creates `numerator / denominator` in lowest terms.
    ///
    /// - Precondition: `denominator` is not 0.
    @inlinable
    public init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator != 0, "a rational number needs a non-zero denominator")
        let divisor = Rational.greatestCommonDivisor(numerator.magnitude, denominator.magnitude)
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    /// Creates the whole number `value`.
    @inlinable
    public init(_ value: Int) {
        self.numerator = Int128(value)
        self.denominator = 1
    }

    /// The exact value of a decimal: `FixedDecimal(units: 125, decimals: 1)` is 25/2.
    @inlinable
    public init(_ value: FixedDecimal) {
        self.init(Int128(value.units), FixedDecimal.integerPowerOfTen(value.decimals))
    }

    /// Zero.
    public static let zero = Rational(0)

    /// The value as a `Double` (for charts and intervals; compare ``Rational`` values directly).
    @inlinable
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// The value rounded half up (away from zero) to `places` decimals, as the DfE rounds.
    ///
    /// ```swift
    /// Rational(629, 10).rounded(toDecimals: 0)   // 63
    /// Rational(-5, 2).rounded(toDecimals: 0)     // -3
    /// ```
    /// - Precondition: `places` is 0 through 18 and the result fits in `Int64` units.
    @inlinable
    public func rounded(toDecimals places: Int) -> FixedDecimal {
        precondition((0...18).contains(places), "decimals must be 0...18")
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: FixedDecimal.integerPowerOfTen(places))
        precondition(!overflow, "value too large to round")
        let units = Rounding.divideHalfUp(scaled, by: denominator)
        precondition(units <= Int128(Int64.max) && units >= Int128(Int64.min), "rounded value does not fit in Int64")
        return FixedDecimal(units: Int64(units), decimals: places)
    }

    /// Orders by value (exact cross-multiplication).
    @inlinable
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        Rational.product(lhs.numerator, rhs.denominator) < Rational.product(rhs.numerator, lhs.denominator)
    }

    /// The greatest common divisor of two magnitudes (1 when both are 0).
    @usableFromInline
    static func greatestCommonDivisor(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    /// `a × b`, trapping with a message instead of overflowing silently.
    @usableFromInline
    static func product(_ a: Int128, _ b: Int128) -> Int128 {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        precondition(!overflow, "rational arithmetic overflowed 128 bits")
        return result
    }
}

extension Rational {
    /// The exact sum.
    @inlinable
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        Rational(product(lhs.numerator, rhs.denominator) + product(rhs.numerator, lhs.denominator),
                 product(lhs.denominator, rhs.denominator))
    }

    /// The exact difference.
    @inlinable
    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + Rational(-rhs.numerator, rhs.denominator)
    }

    /// The exact product.
    @inlinable
    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        Rational(product(lhs.numerator, rhs.numerator), product(lhs.denominator, rhs.denominator))
    }

    /// The exact quotient.
    ///
    /// - Precondition: `rhs` is not zero.
    @inlinable
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "division by zero")
        return Rational(product(lhs.numerator, rhs.denominator), product(lhs.denominator, rhs.numerator))
    }

    /// The largest whole number not greater than the value.
    @inlinable
    public var floor: Int128 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder < 0 ? quotient - 1 : quotient
    }
}

extension Rational: CustomStringConvertible {
    /// The exact decimal when it has at most 18 decimal places (`124.5`, `26.45`), otherwise the
    /// fraction (`629/7`).
    public var description: String {
        var twos = 0, fives = 0
        var rest = denominator
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        let places = max(twos, fives)
        if rest == 1, places <= 18 {
            let units = numerator * FixedDecimal.integerPowerOfTen(places) / denominator
            if units <= Int128(Int64.max), units >= Int128(Int64.min) {
                return FixedDecimal(units: Int64(units), decimals: places).description
            }
        }
        return "\(numerator)/\(denominator)"
    }
}
