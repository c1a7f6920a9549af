import SafeguardingMetrics

/// Which column of a published file carries an indicator, and which columns carry its numerator
/// and denominator when the file has them.
///
/// Published files are wide: one row per area and year, one column per figure. A mapping says
/// which columns to read and what indicator each is. Keep the counts where the file has them:
/// the ``SafeguardingMetrics/ComparatorStatistic/pooled`` comparator, pooled regions and England, and confidence
/// intervals need them.
///
/// ```swift
/// // An Explore Education Statistics file with columns number, rate_per_10000 and population:
/// let columns = [PublishedColumn(indicator: "cla.rate", value: "rate_per_10000",
///                                numerator: "number", denominator: "population")]
/// // Or a plain mapping from column name to indicator, with no counts:
/// let simple = PublishedColumn.mapping(["rate_per_10000": "cla.rate"])
/// ```
@frozen
public struct PublishedColumn: Sendable, Hashable {
    /// The indicator the column carries.
    public var indicator: IndicatorID
    /// The column with the published value (a number or a GSS symbol).
    public var value: String
    /// The column with the numerator, when the file has one.
    public var numerator: String?
    /// The column with the denominator (the population, for rates), when the file has one.
    public var denominator: String?

    /// Creates a column mapping.
    public init(indicator: IndicatorID, value: String, numerator: String? = nil, denominator: String? = nil) {
        self.indicator = indicator
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Mappings from value-column names to indicators, with no counts, sorted by column name.
    public static func mapping(_ columns: [String: IndicatorID]) -> [PublishedColumn] {
        columns.sorted { $0.key < $1.key }.map { PublishedColumn(indicator: $0.value, value: $0.key) }
    }
}
