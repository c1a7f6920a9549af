/// Sentinel day numbers used in cohort date columns, which store `Day.dayNumber` as `Int32`.
/// Rows given to ``CohortBuilder`` use the same sentinels as days: ``Day/unknown`` and ``Day/open``.
///
/// A blank start or event date is ``unknown`` (sorts before every real date); a blank *end*
/// date (`DEC`, `CINclosureDate`, `CPPendDate`, `MIS_END`) means the record is still open and is
/// ``open`` (sorts after every real date), so "open at D" is simply `end > D`.
@usableFromInline
package enum DayNumber {
    /// A date that was blank or unreadable.
    @usableFromInline
    package static let unknown: Int32 = .min
    /// An end date that is blank because the record is still open.
    @usableFromInline
    package static let open: Int32 = .max
}
