/// How ``CohortBuilder`` orders a table's rows, and whether it keeps one row per record key
/// (INDICATORS.md §1, "Combining several returns").
package enum RowOrder<Table> {
    /// One row per record key `(first, second)`: the row from the latest return, and within a
    /// return the last row in the file; rows sorted by the key. `record` names a row in problems
    /// ("episode with the same key as line 12 …").
    case key(_ first: KeyPath<Table, [Int32]>, _ second: KeyPath<Table, [Int32]>, record: String)
    /// Every row, sorted by child, then by `then` when given; file order among equal keys.
    case child(_ child: KeyPath<Table, [Int32]>, then: KeyPath<Table, [Int32]>? = nil)
    /// Every row, in the order added.
    case asAdded
}
