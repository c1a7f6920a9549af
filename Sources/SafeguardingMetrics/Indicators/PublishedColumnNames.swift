/// The columns of a published file that carry an indicator: its value and, where the file has
/// them, its numerator and denominator.
///
/// ``Indicator/publishedColumns`` names the columns of the DfE's children's social care
/// indicators file (`la_csc_indicators_2024_2025.csv`, INDICATORS.md §8), which comparisons read.
///
/// ```swift
/// let columns = IndicatorCatalogue.standard["cla.rate"]!.publishedColumns!
/// columns.value        // "cla_31mar_rate_per_10000"
/// columns.numerator    // "cla_31mar_count"
/// ```
@frozen
public struct PublishedColumnNames: Sendable, Hashable, Codable {
    /// The column with the published value (a number or a GSS symbol).
    public var value: String
    /// The column with the numerator, when the file has one whose ratio is the published value.
    public var numerator: String?
    /// The column with the denominator (the population, for rates), when the file has one.
    public var denominator: String?

    /// Creates the column names.
    public init(value: String, numerator: String? = nil, denominator: String? = nil) {
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }
}
