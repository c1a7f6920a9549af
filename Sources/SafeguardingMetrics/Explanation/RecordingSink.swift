/// The sink of explanation mode: it counts as ``CounterSink`` does (so the figure comes from the
/// same pass) and also keeps, in an ``ExplanationLog``, each record the passes visit, the facts
/// they note and the additions they make.
struct RecordingSink: CountingSink {
    /// Where the counts go.
    let counter: CounterSink
    /// Where the records go.
    let log: ExplanationLog

    func add(_ counter: Counter, area: Int, cell: Int, _ amount: Int64) {
        self.counter.add(counter, area: area, cell: cell, amount)
        log.add(slot: counter.rawValue, cell: cell, amount: amount)
    }

    func add(slot: Int, area: Int, cell: Int, _ amount: Int64) {
        counter.add(slot: slot, area: area, cell: cell, amount)
        log.add(slot: slot, cell: cell, amount: amount)
    }

    func visit(_ table: RecordTable, row: Int, child: Int32, key: Int32) {
        log.visit(table, row: row, child: child, key: key)
    }

    func note(_ fact: RecordFact.Name, day: Int32) {
        guard day != DayNumber.unknown, day != DayNumber.open else { return }
        log.note(RecordFact(name: fact, value: .day(Day(dayNumber: day))))
    }

    func note(_ fact: RecordFact.Name, count: Int) {
        log.note(RecordFact(name: fact, value: .integer(Int64(count))))
    }
}
