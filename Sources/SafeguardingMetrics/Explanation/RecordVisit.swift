/// One record a counting pass visited in explanation mode, with the facts it noted.
struct RecordVisit {
    let table: RecordTable
    let row: Int
    let child: Int32
    /// The key date (a day number, or `DayNumber.unknown`).
    let key: Int32
    var facts: [RecordFact] = []
    /// The first of the visit's additions in ``ExplanationLog/additions``.
    let firstAddition: Int
}
