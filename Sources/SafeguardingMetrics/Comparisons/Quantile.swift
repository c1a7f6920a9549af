/// Sample quantiles, computed exactly.
///
/// The DfE's tools band authorities with R's default `quantile()`, type 7: for sorted values
/// x₁ ≤ … ≤ xₙ and a probability p, the position h = (n − 1)p + 1, and the quantile is
/// x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋), linear interpolation between the two values either side.
/// (NumPy's `quantile(x, p, method="linear")` is the same definition.) Working on
/// ``Rational`` values keeps every cut point exact.
///
/// ```swift
/// let sorted = [1, 2, 4, 7].map(Rational.init)
/// Quantile.type7(sorted: sorted, probability: Rational(1, 4))   // 7/4 (1.75)
/// Quantile.type7(sorted: sorted, probability: Rational(1, 2))   // 3
/// ```
public enum Quantile {
    /// The type 7 quantile of `sorted` (ascending) at `probability`.
    ///
    /// - Precondition: `sorted` is not empty and sorted ascending; `probability` is in 0...1.
    /// - Complexity: O(1).
    public static func type7(sorted: [Rational], probability: Rational) -> Rational {
        precondition(!sorted.isEmpty, "the quantile of no values is undefined")
        precondition(probability >= .zero && probability <= Rational(1), "probability must be in 0...1")
        // Zero-based position (n − 1)p, split into whole and fractional parts.
        let position = Rational(sorted.count - 1) * probability
        let lower = Int(position.floor)
        let fraction = position - Rational(lower)
        if fraction == .zero || lower + 1 >= sorted.count { return sorted[lower] }
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }
}
