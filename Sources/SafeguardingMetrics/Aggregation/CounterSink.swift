/// Where the counting passes put their counts.
///
/// The passes (`countReferrals`, `countCare`, `countOC3`, … ) are generic over their sink, as
/// they are over their ``CellRule``, so the sink is chosen when the computation is compiled and
/// costs nothing at run time: ``CounterSink`` adds to a shard's counter buffer and its calls
/// inline to one addition.
///
/// This is the door for an explanation mode (the records behind a figure, counted by the same
/// code that counts the figure): a recording sink conforms to this protocol, is handed to the
/// same passes in place of ``CounterSink`` for the one area asked about, and keeps, for each
/// addition, the counter and the record being counted. Its passes would tell it the record with a
/// `record(table:row:)` requirement called at the top of each row loop (an empty inlined function
/// for ``CounterSink``); an indicator's ``CounterRecipe`` then says whether each record counted in
/// the numerator, only in the denominator, or in a coverage count, and a record the passes visited
/// without counting was excluded.
protocol CountingSink {
    /// Adds `amount` to a standard counter of `area` in breakdown cell `cell`.
    func add(_ counter: Counter, area: Int, cell: Int, _ amount: Int64)

    /// Adds `amount` to slot `slot` (local measures live after the standard counters).
    func add(slot: Int, area: Int, cell: Int, _ amount: Int64)
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
}
