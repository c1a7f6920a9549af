/// Which part of a framework row a finding is about, so a reader can point at the file's
/// column.
///
/// ```swift
/// if case .point(let index) = finding.field { print(framework.indicators[finding.row].points[index].label) }
/// ```
@frozen
public enum FrameworkField: Sendable, Hashable {
    /// The row as a whole.
    case row
    /// The identifier.
    case id
    /// The outcome area.
    case outcome
    /// The title.
    case title
    /// The unit.
    case unit
    /// The polarity.
    case polarity
    /// The display precision.
    case decimals
    /// The comparator.
    case comparator
    /// The link to a computed indicator.
    case computedID
    /// The period each date stands for (``FrameworkBasis``).
    case basis
    /// What the targets are (``TargetBasis``).
    case targetBasis
    /// The value of point `index` of ``FrameworkIndicator/points``.
    case point(Int)
    /// The numerator of point `index`.
    case numerator(Int)
    /// The denominator of point `index`.
    case denominator(Int)

    /// The index of the point the field belongs to, if any.
    public var pointIndex: Int? {
        switch self {
        case .point(let index), .numerator(let index), .denominator(let index): index
        default: nil
        }
    }
}
