/// A child of a cohort: a row of ``ChildTable``, the way every other table refers to a child.
///
/// A typed row index, so that a child cannot be passed where a staged referral, a postcode or a
/// day is expected. It has the layout of the `Int32` that the tables store, and costs nothing.
///
/// ```swift
/// var builder = CohortBuilder()
/// let la = builder.authority("E06000009")
/// let child = builder.child(authority: la, identifier: "C1001")
/// builder.addLocalEvent(LocalEventTable.Row(child: child, date: Day(year: 2024, month: 6, day: 3)!,
///                                           kind: builder.localKind("early_help_assessment")))
/// ```
@frozen
public struct ChildRow: Hashable, Comparable, Sendable {
    /// The row's index in ``ChildTable``, as the tables store it.
    public var rawValue: Int32

    /// The child at row `rawValue` of ``ChildTable``.
    @inlinable
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The row's index, for subscripting columns.
    @inlinable
    public var index: Int { Int(rawValue) }

    /// Orders children by row.
    @inlinable
    public static func < (lhs: ChildRow, rhs: ChildRow) -> Bool { lhs.rawValue < rhs.rawValue }
}
