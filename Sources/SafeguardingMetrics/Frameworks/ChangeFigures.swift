/// The change figures of an actual: against the previous point and against the target (the
/// target due at the actual's date, or the trajectory value where none is), each labelled with
/// its unit (INDICATORS.md §5).
///
/// Absolute changes are differences of the values at display precision, in the indicator's
/// unit (percentage points for percentages). Relative changes are the difference as a per cent
/// of the value it is measured from, computed exactly and rounded half up to
/// ``relativeDecimals`` (1) place; they are `nil` when that value is 0.
///
/// ```swift
/// let figures = ChangeFigures(actual: FixedDecimal(43), previous: FixedDecimal(39),
///                             target: FixedDecimal(35), unit: .percentage, decimals: 0)
/// figures.fromPrevious      // +4 pp
/// figures.relativeToPrevious // +10.3%
/// figures.fromTarget            // +8 pp
/// figures.relativeToTarget      // +22.9%
/// ```
@frozen
public struct ChangeFigures: Sendable, Hashable {
    /// Decimal places of relative (per cent) changes: 1.
    public static let relativeDecimals = 1

    /// The absolute change since the previous point (the baseline for the first actual).
    public var fromPrevious: LabelledChange?
    /// The change since the previous point as a per cent of the previous value.
    public var relativeToPrevious: LabelledChange?
    /// The distance above (+) or below (−) the target (or trajectory value).
    public var fromTarget: LabelledChange?
    /// The distance from the target (or trajectory value) as a per cent of it.
    public var relativeToTarget: LabelledChange?

    /// Creates change figures from their parts.
    public init(fromPrevious: LabelledChange?, relativeToPrevious: LabelledChange?,
                fromTarget: LabelledChange?, relativeToTarget: LabelledChange?) {
        self.fromPrevious = fromPrevious
        self.relativeToPrevious = relativeToPrevious
        self.fromTarget = fromTarget
        self.relativeToTarget = relativeToTarget
    }

    /// The figures of `actual` against `previous` and `target` (either may be missing), all
    /// rounded half up to `decimals` before they are subtracted.
    ///
    /// - Precondition: `decimals` is 0 through 18.
    public init(actual: FixedDecimal, previous: FixedDecimal?, target: FixedDecimal?, unit: MeasureUnit,
                decimals: Int) {
        let shown = actual.rounded(toDecimals: decimals)
        let absoluteUnit = ChangeUnit.absolute(for: unit)
        func absolute(_ reference: FixedDecimal?) -> LabelledChange? {
            reference.map { LabelledChange(value: shown.subtracting($0.rounded(toDecimals: decimals)), unit: absoluteUnit) }
        }
        func relative(_ reference: FixedDecimal?) -> LabelledChange? {
            guard let reference else { return nil }
            return FrameworkArithmetic.relativePercent(shown, from: reference.rounded(toDecimals: decimals),
                                                       decimals: ChangeFigures.relativeDecimals)
                .map { LabelledChange(value: $0, unit: .percent) }
        }
        self.init(fromPrevious: absolute(previous), relativeToPrevious: relative(previous),
                  fromTarget: absolute(target), relativeToTarget: relative(target))
    }
}
