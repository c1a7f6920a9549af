import SafeguardingMetrics

extension PublishedColumn {
    /// The columns of the bundled `la_csc_indicators_2024_2025.csv` and the standard indicators
    /// they carry (INDICATORS.md §8), with numerators and denominators where the file has them:
    /// every ``SafeguardingMetrics/Indicator/publishedColumns`` of the standard catalogue, in catalogue order.
    ///
    /// Counts are kept for every indicator whose published value the DfE computes from those
    /// counts (checked on 4,116 local-authority values). Two exceptions, which the definitions
    /// record:
    /// - The care-leaver suitable-accommodation percentages have no counts here. The file's
    ///   `cl*_suitable_count / cl*_total` does not reproduce the published percentage in 151 of
    ///   387 rows (the DfE leaves care leavers whose accommodation is not known out of the
    ///   denominator, and the file does not carry that denominator), so a pooled value from those
    ///   columns would not be the DfE's.
    /// - `sdq.average` and the LAIT-only `s47.rate` and timeliness percentages have no counts in
    ///   the file.
    ///
    /// ```swift
    /// let table = try IndicatorTable.read(path: ReferenceData.publishedIndicators2024And2025,
    ///                                     columns: PublishedColumn.dfeChildrensSocialCare, directory: directory)
    /// ```
    public static let dfeChildrensSocialCare: [PublishedColumn] = IndicatorCatalogue.standard.indicators.compactMap { indicator in
        indicator.publishedColumns.map {
            PublishedColumn(indicator: indicator.id, value: $0.value, numerator: $0.numerator, denominator: $0.denominator)
        }
    }
}
