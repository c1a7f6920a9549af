extension Day {
    /// A date that was blank or unreadable: ``DayNumber/unknown`` as a day, before every real date.
    ///
    /// For the rows given to a ``CohortBuilder``; it is not a date to format or do arithmetic with.
    public static let unknown = Day(dayNumber: DayNumber.unknown)

    /// An end date that is blank because the record is still open: ``DayNumber/open`` as a day,
    /// after every real date, so "open at D" is `end > D`.
    ///
    /// For the rows given to a ``CohortBuilder``; it is not a date to format or do arithmetic with.
    public static let open = Day(dayNumber: DayNumber.open)
}
