/// A table of a ``Cohort``: columns of equal length, each a contiguous array of fixed-width values,
/// declared once, in the table's own file.
///
/// A table's file declares, next to each other:
/// - the stored columns (one array per field, read directly by the aggregation kernels);
/// - its `Row`, the values of one record as a reader or an embedding service gives them to
///   ``CohortBuilder`` (typed: ``ChildRow``, ``Day``, ``Code``), and `append(_:)`, which stores a
///   row's values at the end of the columns;
/// - ``forEachColumn(_:)``, the one list of its columns, from which gathering rows in a new order
///   (``gathered(_:)``) and checking that the columns stay aligned follow;
/// - ``order``, how the builder orders the rows, and whether it keeps one row per record key.
///
/// Everything a table stores is a column listed by ``forEachColumn(_:)`` (the tests check this),
/// so gathering cannot leave a column behind.
package protocol CohortTable: Sendable {
    /// The values of one record, as a reader or an embedding service gives them.
    associatedtype Row: Sendable

    /// An empty table.
    init()

    /// The number of rows.
    var count: Int { get }

    /// Calls `visitor` with every column of the table, in declaration order.
    static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>)

    /// How ``CohortBuilder`` orders the rows, and whether it keeps one row per record key.
    static var order: RowOrder<Self> { get }
}
