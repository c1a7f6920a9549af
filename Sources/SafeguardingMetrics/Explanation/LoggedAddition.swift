/// One addition a counting pass made to a counter the explanation asks about.
struct LoggedAddition {
    /// The counter's slot.
    let slot: Int
    /// The breakdown cell.
    let cell: Int
    /// The amount added (1, or an SDQ score).
    let amount: Int64
}
