import SafeguardingMetrics

extension ReferenceData {
    /// Where the bundled published history comes from.
    public static let laitHistorySource =
        "LAIT (Local Authority Interactive Tool) published values 2016-2025: "
        + "github.com/dfe-analytical-services/local-authority-interactive-tool 01_data/02_prod/bds_long_0.parquet "
        + "(commit 2e30e39)"

    /// The bundled published history: LAIT's values for the years ending 31 March 2016 to 2025 of
    /// every measure a standard indicator computes (the indicator's ``SafeguardingMetrics/Indicator/laitMeasure``),
    /// for every authority, region and England, filed under the indicator's id.
    ///
    /// These are published figures, never computed ones: a report draws them apart from any
    /// series computed from returns, and says which is which.
    ///
    /// ```swift
    /// let history = try ReferenceData.publishedHistory(directory: directory)
    /// history.value(for: .localAuthority("890"), indicator: "cla.rate", year: 2016)?.published   // 163
    /// ```
    /// - Parameters:
    ///   - directory: the authorities; a row whose DfE number it does not know is filed under the
    ///     region of that name, or left out.
    ///   - catalogue: the indicators whose LAIT measures are read.
    /// - Throws: ``DataError`` if the bundled file cannot be read.
    public static func publishedHistory(directory: LocalAuthorityDirectory,
                                        catalogue: IndicatorCatalogue = .standard) throws(DataError) -> IndicatorTable {
        try publishedHistory(CSVTable(path: path(of: .laitHistory)), directory: directory, catalogue: catalogue)
    }

    /// The published history in `table` (the layout of the bundled `lait_history_2016_2025.csv`:
    /// `measure_short,old_la_code,area,region`, then a column per year).
    ///
    /// - Throws: ``DataError`` never for a well-formed table; cells that are not numbers or symbols
    ///   are left out.
    static func publishedHistory(_ table: CSVTable, directory: LocalAuthorityDirectory,
                                 catalogue: IndicatorCatalogue) throws(DataError) -> IndicatorTable {
        var measures: [String: [IndicatorID]] = [:]
        for indicator in catalogue.indicators {
            if let measure = indicator.laitMeasure { measures[measure, default: []].append(indicator.id) }
        }
        let years = table.header.enumerated().compactMap { index, name in Int(name).map { (index, $0) } }
        var history = IndicatorTable(directory: directory)
        guard let measureColumn = table.columnIndex("measure_short"), let codeColumn = table.columnIndex("old_la_code"),
              let areaColumn = table.columnIndex("area") else { return history }
        for row in table.rows {
            guard let ids = measures[row[measureColumn]] else { continue }
            let name = row[areaColumn]
            let area: Area
            if name == "England" {
                area = .england
            } else if directory.index(of: row[codeColumn]) != nil {
                area = .localAuthority(row[codeColumn])
            } else if let region = directory.regionName(matching: name) {
                area = .region(region)
            } else {
                continue
            }
            for (column, year) in years where column < row.fields.count && !row[column].isEmpty {
                guard let published = PublishedValue(row[column]) else { continue }
                for id in ids {
                    // At the indicator's published precision: LAIT's file holds some values as
                    // binary fractions (1235.0999999999999 for 1235.1), and drops a trailing zero
                    // (29 for 29.0).
                    var value = published
                    if let number = published.number, let places = catalogue[id]?.decimals, number.decimals != places {
                        value = .number(number.rounded(toDecimals: places))
                    }
                    try? history.setValue(IndicatorValue(published: value), for: area, indicator: id, year: year)
                }
            }
        }
        return history
    }

    /// Comparisons over the bundled published history (``publishedHistory(directory:catalogue:)``)
    /// with the bundled 2025 neighbours: each year's authority, neighbours' statistic and England as
    /// LAIT published them.
    ///
    /// - Throws: ``DataError`` if a bundled file cannot be read.
    public static func historyComparer(catalogue: IndicatorCatalogue = .standard) throws(DataError) -> NeighbourComparer {
        let directory = try localAuthorityDirectory()
        return NeighbourComparer(table: try publishedHistory(directory: directory, catalogue: catalogue),
                                 neighbours: try statisticalNeighbours2025Set(directory: directory), catalogue: catalogue)
    }
}
