/// How ``CohortBuilder`` orders a table's rows, and whether it keeps one row per record key
/// (INDICATORS.md §1, "Combining several returns").
package enum RowOrder<Table> {
    /// One row per record key `(first, second)`: the row from the latest return, and within a
    /// return the last row in the file; rows sorted by the key. `record` names a row in problems
    /// ("episode with the same key as line 12 …").
    case key(_ first: KeyPath<Table, [Int32]>, _ second: KeyPath<Table, [Int32]>, record: String)
    /// One row per child within each return (INDICATORS.md §3, OC2 and OC3): a child listed again
    /// in the same return is reported and the last row in the file is kept; rows of different
    /// returns are never merged. Rows sorted by child, file order among equal children. `record`
    /// names the table in problems ("child … appears again in this return's OC2 …").
    case childInReturn(_ child: KeyPath<Table, [Int32]>, record: String)
    /// Every row, sorted by child, then by `then` when given; file order among equal keys.
    case child(_ child: KeyPath<Table, [Int32]>, then: KeyPath<Table, [Int32]>? = nil)
    /// Every row, in the order added.
    case asAdded
}
