import SafeguardingMetrics

/// Where each row and field of a framework read from CSV stands in the file, so validation
/// findings (which know rows by index and fields by `FrameworkField`) can be given a line and
/// column.
///
/// ```swift
/// let loaded = try FrameworkCSV.read(path: path)
/// for finding in loaded.framework.validate(against: computed) {
///     print(loaded.sourceMap?.location(of: finding) as Any)
/// }
/// ```
@frozen
public struct FrameworkSourceMap: Sendable, Hashable {
    /// The file path.
    public var file: String
    /// The header's column names.
    public var header: [String]
    /// The 0-based column of each per-row field (`id`, `outcome`, `title`, `unit`, `polarity`,
    /// and `decimals`, `comparator`, `computedID` when the file has them).
    public var fieldColumns: [FrameworkField: Int]
    /// One entry per loaded row, in framework order.
    public var rows: [FrameworkRowSource]
    /// The worksheet the framework was read from, for a spreadsheet (`nil` for CSV).
    public var sheet: String?
    /// The line (row) of the header: 1 in a CSV file, the first row with anything in it in a sheet.
    public var headerLine: Int

    /// Creates a source map; `sheet` names the worksheet of a spreadsheet whose header is on
    /// `headerLine`.
    public init(file: String, header: [String], fieldColumns: [FrameworkField: Int], rows: [FrameworkRowSource],
                sheet: String? = nil, headerLine: Int = 1) {
        self.file = file
        self.header = header
        self.fieldColumns = fieldColumns
        self.rows = rows
        self.sheet = sheet
        self.headerLine = headerLine
    }

    /// The line and column of a finding, or `nil` when its row is not in the map.
    public func location(of finding: FrameworkFinding) -> SourceLocation? {
        guard rows.indices.contains(finding.row) else { return nil }
        let row = rows[finding.row]
        let column: Int? = switch finding.field {
        case .row: nil
        case .point(let index): index < row.pointColumns.count ? row.pointColumns[index] : nil
        case .numerator(let index): row.numeratorColumns[index]
        case .denominator(let index): row.denominatorColumns[index]
        default: fieldColumns[finding.field]
        }
        return location(line: row.line, column: column)
    }

    /// The location of a 0-based `column` on `line`, named from the header.
    public func location(line: Int, column: Int?) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column.map { $0 + 1 },
                       columnName: column.flatMap { $0 < header.count ? header[$0] : nil }, sheet: sheet)
    }
}
