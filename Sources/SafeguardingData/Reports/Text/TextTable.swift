/// A plain-text table for a terminal: columns padded to their widest cell.
package struct TextTable: Sendable {
    /// The column headings.
    package let columns: [String]
    /// The columns padded on the left.
    package let rightAligned: Set<Int>
    private var rows: [[String]] = []

    /// Starts a table; columns whose index is in `rightAligned` are padded on the left.
    package init(columns: [String], rightAligned: Set<Int> = []) {
        self.columns = columns
        self.rightAligned = rightAligned
    }

    /// Adds a row (missing cells are blank).
    package mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The header and rows, padded; trailing blanks trimmed.
    package var lines: [String] {
        let all = [columns] + rows
        var widths = Array(repeating: 0, count: columns.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            var line = ""
            for index in columns.indices {
                let cell = index < row.count ? row[index] : ""
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                line += (index == 0 ? "" : "  ") + (rightAligned.contains(index) ? pad + cell : cell + pad)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
