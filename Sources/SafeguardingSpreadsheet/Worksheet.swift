/// A worksheet as read from a workbook: its name and the text each cell shows, by row and
/// column (both 1-based, as in the sheet: row 2, column 7 is cell `G2`).
///
/// A number is given as a decimal numeral (`14.5`), padded to the decimal places of a fixed
/// format (`70.0` under `0.0`), a percentage format's value as a percentage (`14.5%` for
/// 0.145), a date format's as `yyyy-mm-dd`; text as it is.
///
/// ```swift
/// let sheets = try WorkbookReader.sheets(path: "framework.xlsx")
/// print(sheets[0].name, sheets[0][1, 1] ?? "")   // Framework id
/// ```
public struct Worksheet: Sendable, Hashable {
    /// The sheet's name.
    public var name: String
    /// The cells' text, by row number, then column number; rows and cells with nothing in them
    /// are absent.
    public var cells: [Int: [Int: String]]

    /// A sheet named `name` with `cells`.
    public init(name: String, cells: [Int: [Int: String]]) {
        self.name = name
        self.cells = cells
    }

    /// The text of the cell at `row` and `column` (1-based), or `nil` when it is empty.
    public subscript(row: Int, column: Int) -> String? {
        cells[row]?[column]
    }

    /// The numbers of the rows that have something in them, in order.
    public var rowNumbers: [Int] {
        cells.filter { !$0.value.isEmpty }.keys.sorted()
    }

    /// Row `row`'s cells from column 1 to its last cell, an empty string where a cell is empty.
    public func fields(ofRow row: Int) -> [String] {
        guard let cells = cells[row], let last = cells.keys.max() else { return [] }
        return (1...last).map { cells[$0] ?? "" }
    }
}
