/// The rows of one table staged in a ``CohortBuilder``, each with where it came from, before
/// building keeps one per record key.
struct StagedTable<Table: CohortTable>: Sendable {
    /// The staged rows, in the order added.
    var rows = Table()
    /// The return, file and line of each staged row.
    var origins: [CohortBuilder.RowOrigin] = []

    /// The number of staged rows.
    var count: Int { rows.count }
}
