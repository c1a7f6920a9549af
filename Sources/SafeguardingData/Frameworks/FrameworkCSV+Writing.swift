import Foundation
import SafeguardingMetrics

extension FrameworkCSV {
    /// Writes a framework as CSV text that ``read(text:name:version:)`` reads back to an equal
    /// framework, when every row has the same points (as rows read from CSV do).
    ///
    /// Columns: `id,outcome,indicator,unit,polarity,decimals`, then `comparator`, `computed_id`, `basis` and `target_basis`
    /// when a row has them, then one column per (kind, date) in order of first appearance (repeated
    /// when a row has two points of a kind at a date), each followed by its `numerator` and
    /// `denominator` columns when a row has counts for it. Values are written as councils write them
    /// (`384/10,000`, `14.5%`), with their decimals; TBC as `TBC`; unreadable text as it was; a row
    /// without a point for a column gets a blank. Lines end with `\n`.
    ///
    /// ```swift
    /// let text = FrameworkCSV.write(framework)
    /// let again = try FrameworkCSV.read(text: text, name: framework.name, version: framework.version)
    /// again.framework == framework // true for a framework read from CSV
    /// ```
    public static func write(_ framework: OutcomesFramework) -> String {
        cells(of: framework).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// Writes a framework as CSV text (see ``write(_:)``) with its title, the framework's
    /// ``SafeguardingMetrics/OutcomesFramework/name``, in a `framework_title` column after the
    /// per-row columns, so that the file read back has the same title whatever it is named.
    public static func write(_ framework: OutcomesFramework, titled: Bool) -> String {
        cells(of: framework, titled: titled).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The fields ``write(_:)`` writes, the header first: the one layout of a framework file,
    /// whether CSV or a spreadsheet.
    package static func cells(of framework: OutcomesFramework, titled: Bool = false) -> [[String]] {
        let rows = framework.indicators
        let hasComparator = rows.contains { $0.comparator != nil }
        let hasComputed = rows.contains { $0.computedID != nil }
        let hasBasis = rows.contains { $0.basis != .rolling12Months }
        let hasTargetBasis = rows.contains { $0.targetBasis != .twelveMonths }
        let columns = pointColumns(of: rows)
        var header = ["id", "outcome", "indicator", "unit", "polarity", "decimals"]
        if hasComparator { header.append("comparator") }
        if hasComputed { header.append("computed_id") }
        if hasBasis { header.append("basis") }
        if hasTargetBasis { header.append("target_basis") }
        if titled { header.append("framework_title") }
        for column in columns {
            let name = "\(column.key.kind.rawValue) \(column.date)"
            header.append(name)
            if column.hasNumerator { header.append("\(column.key.kind.rawValue) numerator \(column.date)") }
            if column.hasDenominator { header.append("\(column.key.kind.rawValue) denominator \(column.date)") }
        }
        var lines = [header]
        for row in rows {
            var fields = [row.id.rawValue, row.outcome, row.title, FrameworkCSVWords.written(row.unit),
                          row.polarity.rawValue, String(row.decimals)]
            if hasComparator { fields.append(row.comparator?.displayName ?? "") }
            if hasComputed { fields.append(row.computedID?.rawValue ?? "") }
            if hasBasis { fields.append(row.basis.written) }
            if hasTargetBasis { fields.append(row.targetBasis.written) }
            if titled { fields.append(framework.name) }
            let placed = place(row.points, in: columns)
            for (column, point) in zip(columns, placed) {
                fields.append(point?.entry.written(for: row.unit) ?? "")
                if column.hasNumerator { fields.append(point?.numerator.map(String.init) ?? "") }
                if column.hasDenominator { fields.append(point?.denominator.map(String.init) ?? "") }
            }
            lines.append(fields)
        }
        return lines
    }

    /// Writes a framework as CSV to `path` (UTF-8), replacing the file in one step
    /// (``AtomicFileWriter``: a failed write leaves the previous file as it was).
    ///
    /// - Throws: ``DataError`` when the file cannot be written.
    public static func write(_ framework: OutcomesFramework, to path: String) throws(DataError) {
        do throws(FileWriteError) {
            try AtomicFileWriter(path: path).write(write(framework))
        } catch {
            throw DataError(.io, "cannot write the file: \(error.reason)", at: SourceLocation(file: path, line: 1))
        }
    }

    /// A point column: a (kind, day) and its occurrence, the date as first written, and whether
    /// any row has counts for it.
    private struct Column {
        struct Key: Hashable {
            var kind: FrameworkPointKind
            var day: Day
            var occurrence: Int
        }
        var key: Key
        var date: FrameworkDate
        var hasNumerator = false
        var hasDenominator = false
    }

    /// The keys of a row's points, numbering repeats of a (kind, day).
    private static func keys(of points: [FrameworkPoint]) -> [Column.Key] {
        var seen: [FrameworkPointKind: [Day: Int]] = [:]
        return points.map { point in
            let day = point.date.effectiveDay
            let occurrence = seen[point.kind, default: [:]][day, default: 0]
            seen[point.kind, default: [:]][day] = occurrence + 1
            return Column.Key(kind: point.kind, day: day, occurrence: occurrence)
        }
    }

    /// The union of the rows' point columns, in order of first appearance.
    private static func pointColumns(of rows: [FrameworkIndicator]) -> [Column] {
        var columns: [Column] = []
        var index: [Column.Key: Int] = [:]
        for row in rows {
            for (key, point) in zip(keys(of: row.points), row.points) {
                let position: Int
                if let known = index[key] {
                    position = known
                } else {
                    position = columns.count
                    index[key] = position
                    columns.append(Column(key: key, date: point.date))
                }
                if point.numerator != nil { columns[position].hasNumerator = true }
                if point.denominator != nil { columns[position].hasDenominator = true }
            }
        }
        return columns
    }

    /// A row's points lined up with the columns (`nil` where the row has none).
    private static func place(_ points: [FrameworkPoint], in columns: [Column]) -> [FrameworkPoint?] {
        let byKey = Dictionary(zip(keys(of: points), points), uniquingKeysWith: { first, _ in first })
        return columns.map { byKey[$0.key] }
    }

    /// A field quoted when it holds a comma, a quote, a line break or surrounding blanks.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
