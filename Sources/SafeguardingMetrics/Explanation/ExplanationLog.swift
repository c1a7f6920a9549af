/// What a ``RecordingSink`` keeps: the records the passes visited that added to a counter the
/// explanation asks about, in order, with their facts and those additions.
///
/// A visit is kept pending, with its facts in a reused buffer, until its first wanted addition,
/// so that the many records that count only in other counters cost no allocation. A reference, so
/// that the sink, passed by value into the passes like any sink, writes to one log. Used on one
/// thread by one pass at a time, so its properties skip the run-time exclusivity checks that
/// would otherwise cost more than the recording on every record.
final class ExplanationLog {
    /// Whether each slot is one the explanation asks about.
    private let wanted: [Bool]
    /// The kept records, in visiting order.
    @exclusivity(unchecked)
    private(set) var visits: [RecordVisit] = []
    /// The kept records' facts: a visit's are from its `firstFact` to the next visit's.
    @exclusivity(unchecked)
    private(set) var facts: [RecordFact] = []
    /// The additions to wanted slots: a visit's are from its `firstAddition` to the next visit's.
    @exclusivity(unchecked)
    private(set) var additions: [LoggedAddition] = []
    /// The record being visited, until it is kept or the next is visited.
    @exclusivity(unchecked)
    private var pending: RecordVisit?
    /// The pending record's facts.
    @exclusivity(unchecked)
    private var pendingFacts: [RecordFact] = []
    /// Whether the record being visited has been kept (its facts then go straight to ``facts``).
    @exclusivity(unchecked)
    private var kept = false

    /// A log of the additions to `slots`, among `slotCount` slots.
    init(slots: [Int], slotCount: Int) {
        var wanted = [Bool](repeating: false, count: slotCount)
        for slot in slots { wanted[slot] = true }
        self.wanted = wanted
        pendingFacts.reserveCapacity(8)
    }

    /// Starts a record.
    func visit(_ table: RecordTable, row: Int, child: Int32, key: Int32) {
        pending = RecordVisit(table: table, row: row, child: child, key: key, firstFact: 0, firstAddition: 0)
        pendingFacts.removeAll(keepingCapacity: true)
        kept = false
    }

    /// Keeps a fact of the current record.
    func note(_ fact: RecordFact) {
        precondition(pending != nil, "a fact noted before any record was visited")
        if kept { facts.append(fact) } else { pendingFacts.append(fact) }
    }

    /// Keeps an addition to the current record, if its slot is wanted (and with it the record,
    /// the first time).
    func add(slot: Int, cell: Int, amount: Int64) {
        guard wanted[slot] else { return }
        guard var visit = pending else { preconditionFailure("a count added before any record was visited") }
        if !kept {
            visit.firstFact = facts.count
            visit.firstAddition = additions.count
            visits.append(visit)
            facts.append(contentsOf: pendingFacts)
            kept = true
        }
        additions.append(LoggedAddition(slot: slot, cell: cell, amount: amount))
    }

    /// The additions of kept visit `index`.
    func additions(ofVisit index: Int) -> ArraySlice<LoggedAddition> {
        let end = index + 1 < visits.count ? visits[index + 1].firstAddition : additions.count
        return additions[visits[index].firstAddition..<end]
    }

    /// The facts of kept visit `index`.
    func facts(ofVisit index: Int) -> ArraySlice<RecordFact> {
        let end = index + 1 < visits.count ? visits[index + 1].firstFact : facts.count
        return facts[visits[index].firstFact..<end]
    }
}
