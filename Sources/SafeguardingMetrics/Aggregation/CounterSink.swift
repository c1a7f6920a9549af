/// Where the counting passes put their counts.
///
/// The passes (`countReferrals`, `countCare`, `countOC3`, … ) are generic over their sink, as
/// they are over their ``CellRule``, so the sink is chosen when the computation is compiled and
/// costs nothing at run time: ``CounterSink`` adds to a shard's counter buffer and its calls
/// inline to one addition, and its `visit` and `note` calls to nothing.
///
/// Explanation mode (the records behind a figure, counted by the same code that counts the
/// figure) hands the same passes a ``RecordingSink`` instead: each pass calls
/// `visit(_:row:child:key:)` when it starts deciding on a record of a requested area, `note` with
/// the facts it compares, and `add` for each count, so the recording sink keeps, for each
/// addition, the counter and the record being counted. An indicator's ``CounterRecipe`` then says
/// whether each record counted in the numerator, only in the denominator, or in a coverage count.
protocol CountingSink {
    /// Adds `amount` to a standard counter of `area` in breakdown cell `cell`.
    func add(_ counter: Counter, area: Int, cell: Int, _ amount: Int64)

    /// Adds `amount` to slot `slot` (local measures live after the standard counters).
    func add(slot: Int, area: Int, cell: Int, _ amount: Int64)

    /// Starts a record: the additions and facts that follow are the record's, until the next
    /// visit. `key` is the record's key date (a day number, or `DayNumber.unknown`).
    func visit(_ table: RecordTable, row: Int, child: Int32, key: Int32)

    /// A date that decides how the current record counts (not kept when `DayNumber.unknown`).
    func note(_ fact: RecordFact.Name, day: Int32)

    /// A number that decides how the current record counts.
    func note(_ fact: RecordFact.Name, count: Int)
}

extension CountingSink {
    /// Adds 1 to a standard counter.
    @inline(__always)
    func add(_ counter: Counter, area: Int, cell: Int) { add(counter, area: area, cell: cell, 1) }

    /// Adds 1 to a slot.
    @inline(__always)
    func add(slot: Int, area: Int, cell: Int) { add(slot: slot, area: area, cell: cell, 1) }
}

/// Where a shard's kernel adds its counts: the shard's counter buffer, addressed by area, cell and
/// counter, with no allocation and no bounds beyond the buffer's own.
struct CounterSink: CountingSink {
    let counts: UnsafeMutableBufferPointer<Int64>
    let cells: Int
    let slots: Int

    /// Adds `amount` to a standard counter.
    @inline(__always)
    func add(_ counter: Counter, area: Int, cell: Int, _ amount: Int64) {
        counts[(area * cells + cell) * slots + counter.rawValue] &+= amount
    }

    /// Adds `amount` to slot `slot` (local measures live after the standard counters).
    @inline(__always)
    func add(slot: Int, area: Int, cell: Int, _ amount: Int64) {
        counts[(area * cells + cell) * slots + slot] &+= amount
    }

    /// Nothing: ordinary counting keeps no records.
    @inline(__always)
    func visit(_ table: RecordTable, row: Int, child: Int32, key: Int32) {}

    /// Nothing: ordinary counting keeps no facts.
    @inline(__always)
    func note(_ fact: RecordFact.Name, day: Int32) {}

    /// Nothing: ordinary counting keeps no facts.
    @inline(__always)
    func note(_ fact: RecordFact.Name, count: Int) {}
}
