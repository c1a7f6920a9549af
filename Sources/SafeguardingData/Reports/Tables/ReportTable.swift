/// A report's table: named columns and rows of cells, the one model behind a report's CSV and
/// its spreadsheet, so both show the same cells.
///
/// CSV writes each cell's ``ReportCell/text`` (RFC 4180 quoting, `\n` line ends); a spreadsheet
/// (the `SafeguardingSpreadsheet` product) writes one sheet per table, named ``name``, with
/// numbers as numbers.
///
/// ```swift
/// var table = ReportTable(name: "Areas", columns: ["la", "children"])
/// table.append([.text("E06000009"), ReportCell(27_470)])
/// print(table.csv())   // la,children\nE06000009,27470\n
/// ```
public struct ReportTable: Sendable, Hashable {
    /// The table's name: a spreadsheet's sheet name.
    public var name: String
    /// The column headings.
    public var columns: [String]
    /// The rows, each as many cells as it has (a short row's missing cells are blank).
    public var rows: [[ReportCell]]

    /// A table named `name` with `columns` and `rows`.
    public init(name: String, columns: [String], rows: [[ReportCell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// Appends one row.
    public mutating func append(_ row: [ReportCell]) {
        rows.append(row)
    }

    /// The table as CSV: the header, then one line per row, fields quoted when they hold a comma,
    /// a quote or a line break.
    public func csv() -> String {
        var csv = CSVText(header: columns)
        for row in rows { csv.append(row.map(\.text)) }
        return csv.text
    }
}
