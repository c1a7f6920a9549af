/// Exact rounding of ratios, as the DfE rounds published figures: half up, away from zero.
///
/// The DfE rounds 16.25 to 16.3 and 6.25 to 6.3, where banker's rounding (half to even) would give
/// 16.2 and 6.2, and binary floating point may turn 18.75 into 18.749999… before rounding. These
/// functions work on integers only: the numerator is multiplied by the scale and by 10ᵈ in 128-bit
/// arithmetic, divided once, and the remainder decides the rounding.
public enum Rounding {
    /// `numerator × scale / denominator`, rounded half up to `decimals` places, or `nil` when the
    /// denominator is 0.
    ///
    /// ```swift
    /// Rounding.halfUp(numerator: 182, denominator: 1120, scale: 100, decimals: 1) // 16.3 (16.25 exactly)
    /// ```
    /// - Precondition: `scale` ≥ 1 and `decimals` is 0 through 18; the rounded result fits in `Int64` units.
    /// - Complexity: O(1).
    @inlinable
    public static func halfUp(numerator: Int64, denominator: Int64, scale: Int64 = 1, decimals: Int) -> FixedDecimal? {
        precondition(scale >= 1, "scale must be positive")
        precondition((0...18).contains(decimals), "decimals must be 0...18")
        if denominator == 0 { return nil }
        let scaled = Int128(numerator) * Int128(scale) * FixedDecimal.integerPowerOfTen(decimals)
        let q = divideHalfUp(scaled, by: Int128(denominator))
        precondition(q <= Int128(Int64.max) && q >= Int128(Int64.min), "rounded value does not fit in Int64")
        return FixedDecimal(units: Int64(q), decimals: decimals)
    }

    /// `dividend / divisor` rounded to the nearest integer, ties away from zero.
    ///
    /// - Precondition: `divisor` is not 0.
    @inlinable
    public static func divideHalfUp(_ dividend: Int128, by divisor: Int128) -> Int128 {
        precondition(divisor != 0, "division by zero")
        let (q, r) = dividend.quotientAndRemainder(dividingBy: divisor)
        // |r| ≥ |divisor| / 2, without overflow: compare 2|r| with |divisor| as magnitudes.
        if r.magnitude * 2 >= divisor.magnitude {
            return (dividend < 0) != (divisor < 0) ? q - 1 : q + 1
        }
        return q
    }
}
