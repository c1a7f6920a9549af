/// An operation on every column of a ``CohortTable``, called once per column (never per row) by
/// ``CohortTable/forEachColumn(_:)``.
///
/// The element type is generic and `BitwiseCopyable`: a column is always a contiguous array of
/// fixed-width values. Calls are specialised for each table, so a visitor costs no dynamic
/// dispatch.
package protocol ColumnVisitor<Table> {
    /// The table whose columns are visited.
    associatedtype Table

    /// Visits one column, named as in the table's declaration.
    mutating func visit<Element: BitwiseCopyable>(_ column: WritableKeyPath<Table, [Element]>, _ name: String)
}
