/// Small exact operations on decimals that the framework rules need.
enum FrameworkArithmetic {
    /// `-value`, keeping the number of decimals.
    static func negated(_ value: FixedDecimal) -> FixedDecimal {
        FixedDecimal(units: -value.units, decimals: value.decimals)
    }

    /// `|value|`, keeping the number of decimals.
    static func magnitude(_ value: FixedDecimal) -> FixedDecimal {
        value.units < 0 ? negated(value) : value
    }

    /// `|a − b|`, exact.
    static func distance(_ a: FixedDecimal, _ b: FixedDecimal) -> FixedDecimal {
        magnitude(a.subtracting(b))
    }

    /// `(value − reference) / |reference| × 100`, rounded half up to `decimals`; `nil` when the
    /// reference is 0.
    static func relativePercent(_ value: FixedDecimal, from reference: FixedDecimal, decimals: Int) -> FixedDecimal? {
        guard reference.units != 0 else { return nil }
        let difference = Rational(value.subtracting(reference))
        let base = Rational(magnitude(reference))
        return Rational(difference.numerator * base.denominator * 100,
                             difference.denominator * base.numerator).rounded(toDecimals: decimals)
    }
}
