import SafeguardingMetrics

/// Reads and writes outcomes frameworks as CSV, in the layout councils use (Blackpool's).
///
/// One row per indicator. Required columns (any order, names compared without regard to case):
/// `id`, `outcome`, `indicator` (the title), `unit` (`per 10000`, `per 100000`, `percent`, `count`,
/// `score`, `days`; `per 10,000`, `%` and similar are accepted), `polarity` (`higher`, `lower`,
/// `hold`, `none`). Then any number of point columns `baseline YYYY-MM`, `target YYYY-MM`,
/// `actual YYYY-MM` (or a full date, `target 2024-03-31`) holding values as councils write them
/// (`384/10,000`, `14.5%`, `78`), blanks or `TBC`. Optional columns: `decimals` (the display
/// precision; when absent or blank it is the most decimals written in the row, so `14.5%` gives 1),
/// `comparator` (`statistical neighbours`, `England`, `region`), `computed_id` (the computed
/// indicator that supplies the row's actuals), `basis` (the period each date stands for: `rolling 12
/// months`, the default, `year to date` or `quarter`), `target_basis` (`12 months`, the default: a
/// part-year flow actual is annualised before it is judged; or `pro rata`: the target is
/// pro-rated to the period), `KIND numerator DATE` / `KIND denominator DATE`
/// beside a point column, and `framework_title` (the framework's own title, in any row: reports show
/// it instead of the file name).
///
/// Reading never stops at a bad cell: a value on the wrong scale (`400/100000` for a rate per
/// 10,000) is kept as text and reported with its line and column; the file still loads. A row is
/// rejected only when it has no id, or its unit or polarity is unknown. A file that cannot be read,
/// or whose header lacks a required column, throws ``DataError``.
///
/// ```swift
/// let loaded = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
/// for problem in loaded.problems { print(problem) }
/// let text = FrameworkCSV.write(loaded.framework)
/// ```
public enum FrameworkCSV {
    /// Reads a framework CSV file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - name: The framework's name; by default the file name without its extension.
    ///   - version: The framework's version; by default the name.
    /// - Throws: ``DataError`` when the file cannot be read or its header lacks a required column.
    public static func read(path: String, name: String? = nil, version: String? = nil) throws(DataError) -> LoadedFramework {
        let stem = FrameworkCSV.stem(of: path)
        return try read(table: CSVTable(path: path), name: name ?? stem, version: version ?? name ?? stem)
    }

    /// Reads framework CSV text held in memory; `name` stands in for the path in locations.
    ///
    /// - Throws: ``DataError`` when the text is empty or its header lacks a required column.
    public static func read(text: String, name: String, version: String? = nil) throws(DataError) -> LoadedFramework {
        try read(table: CSVTable(text: text, name: name), name: name, version: version ?? name)
    }

    /// Reads a framework from a CSV table already in memory.
    ///
    /// - Throws: ``DataError`` when the header lacks a required column.
    public static func read(table: CSVTable, name: String, version: String) throws(DataError) -> LoadedFramework {
        try read(table: table, name: name, version: version, sheet: nil, headerLine: 1)
    }

    /// Reads a framework from a table of cells, from a worksheet named `sheet` (whose header is on
    /// row `headerLine`, its rows numbered as in the sheet) or, when `sheet` is `nil`, a CSV file.
    ///
    /// - Throws: ``DataError`` when the header lacks a required column.
    package static func read(table: CSVTable, name: String, version: String, sheet: String?,
                             headerLine: Int) throws(DataError) -> LoadedFramework {
        let header = try FrameworkCSVHeader(table.header, file: table.path)
        var map = FrameworkSourceMap(file: table.path, header: table.header, fieldColumns: header.fields, rows: [],
                                     sheet: sheet, headerLine: headerLine)
        var problems = header.unrecognised.map { column, reason in
            FrameworkProblem(kind: .unrecognisedColumn, indicator: nil, location: map.location(line: headerLine, column: column),
                             message: reason)
        }
        var indicators: [FrameworkIndicator] = []
        var rejected = 0
        for row in table.rows {
            if let indicator = readRow(row, header: header, map: map, problems: &problems) {
                indicators.append(indicator)
                map.rows.append(FrameworkRowSource(line: row.line, pointColumns: header.points.map(\.column),
                                                   numeratorColumns: header.numerators,
                                                   denominatorColumns: header.denominators))
            } else {
                rejected += 1
            }
        }
        // The framework's own title, when a framework_title column gives one, names it.
        let title = header.frameworkTitle.flatMap { column in
            table.rows.lazy.map { $0[column].trimmingCharacters(in: " \t") }.first { !$0.isEmpty }
        }
        return LoadedFramework(framework: OutcomesFramework(name: title ?? name, version: version, indicators: indicators),
                               readingProblems: problems, rowsRead: table.rows.count, rowsRejected: rejected,
                               sourceMap: map)
    }

    /// One data row as a framework row, or `nil` (with a problem) when it cannot be one.
    private static func readRow(_ row: CSVTable.Row, header: FrameworkCSVHeader, map: FrameworkSourceMap,
                                problems: inout [FrameworkProblem]) -> FrameworkIndicator? {
        func text(_ field: FrameworkField) -> String? {
            header.fields[field].map { row[$0].trimmingCharacters(in: " \t") }
        }
        func report(_ kind: FrameworkIssueKind, _ id: FrameworkRowID?, column: Int?, _ message: String) {
            problems.append(FrameworkProblem(kind: kind, indicator: id, location: map.location(line: row.line, column: column),
                                             message: message))
        }
        let idText = text(.id) ?? ""
        guard !idText.isEmpty else {
            report(.missingID, nil, column: header.fields[.id], "the row has no id; it is not loaded")
            return nil
        }
        let id = FrameworkRowID(idText)
        guard let unit = FrameworkCSVWords.unit(text(.unit) ?? "") else {
            report(.unknownUnit, id, column: header.fields[.unit],
                   "\(DataProblem.quote(text(.unit) ?? "")) is not a unit (per 10000, per 100000, percent, count, score, days); "
                       + "the row is not loaded")
            return nil
        }
        guard let polarity = FrameworkCSVWords.polarity(text(.polarity) ?? "") else {
            report(.unknownPolarity, id, column: header.fields[.polarity],
                   "\(DataProblem.quote(text(.polarity) ?? "")) is not a polarity (higher, lower, hold, none); the row is not loaded")
            return nil
        }
        var comparator: FrameworkComparator?
        if let written = text(.comparator), !written.isEmpty {
            comparator = FrameworkCSVWords.comparator(written)
            if comparator == nil {
                report(.unknownComparator, id, column: header.fields[.comparator],
                       "\(DataProblem.quote(written)) is not a comparator (statistical neighbours, England, region); it is ignored")
            }
        }
        var points: [FrameworkPoint] = []
        for (index, column) in header.points.enumerated() {
            var point = FrameworkPoint(column.kind, column.date, FrameworkEntry(reading: row[column.column], unit: unit))
            point.numerator = count(row, header.numerators[index], id: id, report: report)
            point.denominator = count(row, header.denominators[index], id: id, report: report)
            points.append(point)
        }
        let inferred = min(6, points.compactMap { $0.value?.decimals }.max() ?? 0)
        var decimals = inferred
        if let written = text(.decimals), !written.isEmpty {
            if let value = Int(written), (0...6).contains(value) {
                decimals = value
            } else {
                report(.invalidDecimals, id, column: header.fields[.decimals],
                       "\(DataProblem.quote(written)) is not a number of decimals 0 to 6; \(inferred), the most written in the row, is used")
            }
        }
        let computed = text(.computedID).flatMap { $0.isEmpty ? nil : IndicatorID($0) }
        var basis = FrameworkBasis.rolling12Months
        if let written = text(.basis), !written.isEmpty {
            if let read = FrameworkCSVWords.basis(written) { basis = read } else {
                report(.unknownBasis, id, column: header.fields[.basis],
                       "\(DataProblem.quote(written)) is not a basis (rolling 12 months, year to date, quarter); "
                           + "rolling 12 months is used")
            }
        }
        var targetBasis = TargetBasis.twelveMonths
        if let written = text(.targetBasis), !written.isEmpty {
            if let read = FrameworkCSVWords.targetBasis(written) { targetBasis = read } else {
                report(.unknownBasis, id, column: header.fields[.targetBasis],
                       "\(DataProblem.quote(written)) is not a target basis (12 months, pro rata); 12 months is used")
            }
        }
        return FrameworkIndicator(id: id, outcome: text(.outcome) ?? "", title: text(.title) ?? "", unit: unit,
                                  polarity: polarity, decimals: decimals, comparator: comparator, computedID: computed,
                                  points: points, basis: basis, targetBasis: targetBasis)
    }

    /// A numerator or denominator cell: a whole number of 0 or more, or `nil` (reported when not blank).
    private static func count(_ row: CSVTable.Row, _ column: Int?, id: FrameworkRowID,
                              report: (FrameworkIssueKind, FrameworkRowID?, Int?, String) -> Void) -> Int64? {
        guard let column else { return nil }
        let written = row[column].trimmingCharacters(in: " \t")
        if written.isEmpty { return nil }
        if let value = Int64(written.replacingAll(",", with: "")), value >= 0 { return value }
        report(.invalidCount, id, column, "\(DataProblem.quote(written)) is not a whole number of 0 or more; it is left out")
        return nil
    }

    /// The file name without directories and extension.
    static func stem(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
