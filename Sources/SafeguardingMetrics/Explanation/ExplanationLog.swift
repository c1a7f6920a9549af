/// What a ``RecordingSink`` keeps: the records the passes visited, in order, and the additions
/// each made to the counters the explanation asks about.
///
/// A reference, so that the sink, passed by value into the passes like any sink, writes to one
/// log. Used on one thread.
final class ExplanationLog {
    /// Whether each slot is one the explanation asks about.
    private let wanted: [Bool]
    /// The visited records, in visiting order.
    private(set) var visits: [RecordVisit] = []
    /// The additions to wanted slots, in order: a visit's are from its `firstAddition` to the next visit's.
    private(set) var additions: [LoggedAddition] = []

    /// A log of the additions to `slots`, among `slotCount` slots.
    init(slots: [Int], slotCount: Int) {
        var wanted = [Bool](repeating: false, count: slotCount)
        for slot in slots { wanted[slot] = true }
        self.wanted = wanted
    }

    /// Starts a record.
    func visit(_ table: RecordTable, row: Int, child: Int32, key: Int32) {
        visits.append(RecordVisit(table: table, row: row, child: child, key: key, firstAddition: additions.count))
    }

    /// Keeps a fact of the current record.
    func note(_ fact: RecordFact) {
        precondition(!visits.isEmpty, "a fact noted before any record was visited")
        visits[visits.count - 1].facts.append(fact)
    }

    /// Keeps an addition to the current record, if its slot is wanted.
    func add(slot: Int, cell: Int, amount: Int64) {
        guard wanted[slot] else { return }
        precondition(!visits.isEmpty, "a count added before any record was visited")
        additions.append(LoggedAddition(slot: slot, cell: cell, amount: amount))
    }

    /// The additions of visit `index`.
    func additions(ofVisit index: Int) -> ArraySlice<LoggedAddition> {
        let end = index + 1 < visits.count ? visits[index + 1].firstAddition : additions.count
        return additions[visits[index].firstAddition..<end]
    }
}
