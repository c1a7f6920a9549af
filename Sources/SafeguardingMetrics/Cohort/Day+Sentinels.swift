extension Day {
    /// A date that was blank or unreadable: the lowest day number (`Int32.min`), before every real date.
    ///
    /// For the rows given to a ``CohortBuilder``; it is not a date to format or do arithmetic with.
    public static let unknown = Day(dayNumber: DayNumber.unknown)

    /// An end date that is blank because the record is still open: the highest day number
    /// (`Int32.max`), after every real date, so "open at D" is `end > D`.
    ///
    /// For the rows given to a ``CohortBuilder``; it is not a date to format or do arithmetic with.
    public static let open = Day(dayNumber: DayNumber.open)
}
