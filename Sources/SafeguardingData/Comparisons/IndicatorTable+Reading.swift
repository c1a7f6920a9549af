import SafeguardingMetrics

extension IndicatorTable {
    /// Reads published figures from a wide CSV file: the bundled `la_csc_indicators_2024_2025.csv`,
    /// or Explore Education Statistics (EES) underlying data (`time_period, time_identifier,
    /// geographic_level, country_code, country_name, region_code, region_name, new_la_code,
    /// old_la_code, la_name, ...` and then figure columns).
    ///
    /// - Years: `time_period` `2025` is the collection year 2025; the EES financial-year form
    ///   `202425` is read as 2025 too.
    /// - Areas: `geographic_level` `National` is England, `Regional` a region (named by
    ///   `region_name`, else `la_name`), `Local authority` an authority resolved with `directory` from
    ///   `new_la_code`, else `old_la_code`, else `la_name`. Rows at other levels are rejected with an
    ///   info problem; rows whose authority is unknown, or whose two codes disagree, with an error.
    /// - Values: each of `columns` is read as a ``PublishedValue``: a number or a GSS symbol (`c`,
    ///   `x`, `z`, `u`, `k`, `low`, `:`, `-`), never turned into 0. An empty cell means no value. A
    ///   number written with binary floating-point noise beyond the indicator's precision
    ///   (LAIT's `300.89999999999998`) is read as the published figure it stands for (300.9);
    ///   other extra digits are kept as written. A cell that is neither is left out with a warning.
    /// - Counts: numerator and denominator cells are read as whole numbers; a symbol or empty cell
    ///   means no count.
    /// - `filters`: only rows whose column equals the given text (ignoring case and surrounding
    ///   blanks) are read, for EES files with breakdown columns; other rows are rejected with an
    ///   info problem.
    /// - A second row for the same area, indicator and year replaces the first, with a warning.
    ///
    /// ```swift
    /// let ees = try IndicatorTable.read(
    ///     path: "cla_number_and_rate_per_10k_children.csv",
    ///     columns: [PublishedColumn(indicator: "cla.rate", value: "rate_per_10000",
    ///                               numerator: "number", denominator: "population_estimate")],
    ///     directory: directory, filters: ["population_count": "Children looked after at 31 March each year"])
    /// print(ees.report.rowsRead, ees.report.rowsAccepted)
    /// ```
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read, or lacks `time_period`,
    ///   `geographic_level`, a mapped column or a filter column.
    /// - Complexity: O(n × m) for n rows and m mapped columns; rows are streamed, not held.
    public static func read(path: String, columns: [PublishedColumn], directory: LocalAuthorityDirectory,
                            catalogue: IndicatorCatalogue = .standard,
                            filters: [String: String] = [:]) throws(DataError) -> ReadResult<IndicatorTable> {
        let reader = try CSVReader(path: path)
        let header = try CSVHeader(reading: reader)
        let keys = try header.require(["time_period", "geographic_level"], for: "a published-figures file")
        let mapped = try header.require(columns.flatMap { [$0.value] + [$0.numerator, $0.denominator].compactMap { $0 } },
                                        for: "the column mapping")
        let filterNames = filters.keys.sorted()
        let filterColumns = try header.require(filterNames, for: "the row filter")
        let filterValues = filterNames.map { filters[$0]!.trimmingCharacters(in: " \t") }
        let plans = ColumnPlan.plans(columns, indices: mapped, catalogue: catalogue)
        let areaColumns = AreaColumns(header)
        var table = IndicatorTable(directory: directory)
        var report = FileReport(path: path)
        var seen: [SeenKey: Int] = [:]
        while try reader.next() {
            if reader.isBlankLine { continue }
            let line = reader.line
            if let mismatch = zip(filterColumns, filterValues).first(where: { reader.trimmed($0.0).lowercased() != $0.1.lowercased() }) {
                report.reject(DataProblem("\(DataProblem.quote(reader.trimmed(mismatch.0))) is not the requested \(DataProblem.quote(mismatch.1))",
                                          at: header.location(line: line, column: mismatch.0), severity: .info))
                continue
            }
            guard let year = collectionYear(reader.trimmed(keys[0])) else {
                report.reject(DataProblem("time_period \(DataProblem.quote(reader.trimmed(keys[0]))) is not a year (2025 or 202425)",
                                          at: header.location(line: line, column: keys[0]), severity: .error))
                continue
            }
            let area: Area
            switch areaColumns.area(of: reader, level: keys[1], directory: directory, header: header, line: line) {
            case .area(let found): area = found
            case .rejected(let problem): report.reject(problem); continue
            }
            var warnings: [DataProblem] = []
            let key = SeenKey(area: area, year: year)
            if let earlier = seen[key] {
                warnings.append(DataProblem("\(area) \(year) is also on line \(earlier); this row replaces its values",
                                            at: header.location(line: line), severity: .warning))
            }
            seen[key] = line
            for plan in plans {
                guard let value = plan.read(reader, header: header, line: line, warnings: &warnings) else { continue }
                // The area resolved above, so this cannot throw.
                try? table.setValue(value, for: area, indicator: plan.indicator, year: year)
            }
            report.accept(warnings: warnings)
        }
        return ReadResult(value: table, report: report)
    }

    /// The collection year of a `time_period`: `2025`, or the financial-year form `202425`.
    static func collectionYear(_ text: String) -> Int? {
        guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let number = Int(text) else { return nil }
        if text.utf8.count == 4 { return number }
        if text.utf8.count == 6, (number / 100 + 1) % 100 == number % 100 { return number / 100 + 1 }
        return nil
    }

    /// An area and year already read, for reporting duplicates.
    private struct SeenKey: Hashable {
        let area: Area
        let year: Int
    }
}
