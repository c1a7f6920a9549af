// The operations that follow from a table's column list: gathering rows in a new order, checking
// that the columns are aligned, and naming them.

extension CohortTable {
    /// The rows `rows`, in that order (a permutation, or a subset): every column gathered by the
    /// same row indices, so the columns of a table always stay aligned.
    ///
    /// - Complexity: O(`rows.count`) per column.
    package func gathered(_ rows: [Int32]) -> Self {
        var gather = Gather(source: self, rows: rows)
        Self.forEachColumn(&gather)
        return gather.result
    }

    /// Whether every column has ``count`` rows.
    package var columnsAreAligned: Bool {
        var check = LengthCheck(table: self)
        Self.forEachColumn(&check)
        return check.aligned
    }

    /// The names of the columns, in declaration order.
    package static var columnNames: [String] {
        var names = Names<Self>()
        forEachColumn(&names)
        return names.names
    }
}

private struct Gather<Table: CohortTable>: ColumnVisitor {
    let source: Table
    let rows: [Int32]
    var result = Table()

    mutating func visit<Element: BitwiseCopyable>(_ column: WritableKeyPath<Table, [Element]>, _ name: String) {
        result[keyPath: column] = source[keyPath: column].gathered(rows)
    }
}

private struct LengthCheck<Table: CohortTable>: ColumnVisitor {
    let table: Table
    var aligned = true

    mutating func visit<Element: BitwiseCopyable>(_ column: WritableKeyPath<Table, [Element]>, _ name: String) {
        if table[keyPath: column].count != table.count { aligned = false }
    }
}

private struct Names<Table: CohortTable>: ColumnVisitor {
    var names: [String] = []

    mutating func visit<Element: BitwiseCopyable>(_ column: WritableKeyPath<Table, [Element]>, _ name: String) {
        names.append(name)
    }
}

extension Array {
    /// The elements at `indices`, in that order.
    func gathered(_ indices: [Int32]) -> [Element] {
        indices.map { self[Int($0)] }
    }
}
