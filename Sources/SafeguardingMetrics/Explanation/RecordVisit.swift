/// One record a counting pass visited in explanation mode and counted in a wanted counter.
struct RecordVisit {
    let table: RecordTable
    let row: Int
    let child: Int32
    /// The key date (a day number, or `DayNumber.unknown`).
    let key: Int32
    /// The first of the visit's facts in ``ExplanationLog/facts``.
    var firstFact: Int
    /// The first of the visit's additions in ``ExplanationLog/additions``.
    var firstAddition: Int
}
