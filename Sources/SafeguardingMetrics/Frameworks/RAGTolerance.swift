/// How far a missed target may be missed and still be amber, for ``RAGPolicy/tolerance(_:)``.
///
/// Distances are measured between values at display precision, exactly.
///
/// ```swift
/// RAGPolicy.tolerance(.units(FixedDecimal(2)))           // amber within 2 units (2 pp for a percentage)
/// RAGPolicy.tolerance(.percentOfTarget(FixedDecimal(5))) // amber within 5% of the target value
/// ```
@frozen
public enum RAGTolerance: Sendable, Hashable {
    /// Amber when the actual is at most this far from the target, in the indicator's unit
    /// (percentage points for a percentage).
    case units(FixedDecimal)
    /// Amber when the actual is at most this per cent of the target value away from it.
    case percentOfTarget(FixedDecimal)

    /// Whether `actual` is within the tolerance of `aim` (both already at display precision).
    public func allows(_ actual: FixedDecimal, against aim: FixedDecimal) -> Bool {
        let distance = FrameworkArithmetic.distance(actual, aim)
        switch self {
        case .units(let limit):
            return distance <= FrameworkArithmetic.magnitude(limit)
        case .percentOfTarget(let percent):
            // distance ≤ percent × |aim| / 100, compared exactly as distance × 100 ≤ percent × |aim|.
            let left = Rational(distance)
            let right = Rational(FrameworkArithmetic.magnitude(percent))
            let aimSize = Rational(FrameworkArithmetic.magnitude(aim))
            return left.numerator * 100 * right.denominator * aimSize.denominator
                <= right.numerator * aimSize.numerator * left.denominator
        }
    }
}
