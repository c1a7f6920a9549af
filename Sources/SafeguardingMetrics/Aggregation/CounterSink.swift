/// Where a shard's kernel adds its counts: the shard's counter buffer, addressed by area, cell and
/// counter, with no allocation and no bounds beyond the buffer's own.
struct CounterSink {
    let counts: UnsafeMutableBufferPointer<Int64>
    let cells: Int
    let slots: Int

    /// Adds `amount` to a standard counter.
    @inline(__always)
    func add(_ counter: Counter, area: Int, cell: Int, _ amount: Int64 = 1) {
        counts[(area * cells + cell) * slots + counter.rawValue] &+= amount
    }

    /// Adds `amount` to slot `slot` (local measures live after the standard counters).
    @inline(__always)
    func add(slot: Int, area: Int, cell: Int, _ amount: Int64 = 1) {
        counts[(area * cells + cell) * slots + slot] &+= amount
    }
}
