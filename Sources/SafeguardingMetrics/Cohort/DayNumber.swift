/// Sentinel day numbers used in cohort date columns, which store `Day.dayNumber` as `Int32`.
///
/// A blank start or event date is ``unknown`` (sorts before every real date); a blank *end*
/// date (`DEC`, `CINclosureDate`, `CPPendDate`, `MIS_END`) means the record is still open and is
/// ``open`` (sorts after every real date), so "open at D" is simply `end > D`.
public enum DayNumber {
    /// A date that was blank or unreadable.
    public static let unknown: Int32 = .min
    /// An end date that is blank because the record is still open.
    public static let open: Int32 = .max
}
