import SafeguardingMetrics

/// A ``SafeguardingMetrics/NeighbourComparison`` as a report: the `compare` JSON of the command-line contract, CSV, a
/// table for a terminal, and the one-line summary the board report puts under a row.
///
/// Its `Encodable` form is the `compare` JSON document, key for key:
/// `{"indicator","la","year","value","neighbours":[{"la","name","rank","closeness","value"}],
/// "neighbour_statistic","neighbour_value","neighbour_value_exact","neighbours_with_value",
/// "region":{"name","value"},"england":{"value"},"rank","rank_of","quartile_band"}`. A published
/// value is its number, its GSS symbol as a string (`"c"`), or `null` when the data has no row.
/// The neighbours' statistic is shown as LAIT shows it, at one decimal place
/// (``SafeguardingMetrics/NeighbourComparison/statisticDecimals``), with its exact value in
/// `neighbour_value_exact`; a published region or England value keeps the indicator's precision.
///
/// ```swift
/// let comparer = try ReferenceData.comparer()
/// let comparison = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
/// let report = ComparisonReport(comparison, indicator: comparer.catalogue["cla.rate"]!)
/// print(report.text())
/// ```
public struct ComparisonReport: Sendable, Hashable, Encodable {
    /// The comparison (with any suppression already applied; see ``Publication``).
    public var comparison: NeighbourComparison
    /// The indicator's title, for the text heading.
    public var title: String
    /// The indicator's unit, for the text heading.
    public var unit: MeasureUnit

    /// A report of `comparison` headed by `title` in `unit`.
    public init(_ comparison: NeighbourComparison, title: String, unit: MeasureUnit) {
        self.comparison = comparison
        self.title = title
        self.unit = unit
    }

    /// A report of `comparison` headed by the indicator's title and unit.
    public init(_ comparison: NeighbourComparison, indicator: Indicator) {
        self.init(comparison, title: indicator.title, unit: indicator.unit)
    }

    /// The `compare` JSON document: exactly the keys of the command-line contract, in its order.
    public func json() -> JSONValue {
        let c = comparison
        return .object([
            ("indicator", .string(c.indicator.rawValue)),
            ("la", .string(c.authority.code)),
            ("year", .integer(c.year)),
            ("value", ComparisonReport.json(c.value)),
            ("neighbours", .array(c.neighbours.map { neighbour in
                .object([
                    ("la", .string(neighbour.authority.code)),
                    ("name", .string(neighbour.authority.name)),
                    ("rank", .integer(neighbour.rank)),
                    ("closeness", .text(neighbour.closeness?.rawValue)),
                    ("value", ComparisonReport.json(neighbour.value)),
                ])
            })),
            ("neighbour_statistic", .string(c.comparator.statistic.rawValue)),
            ("neighbour_value", .decimal(c.displayedComparator)),
            ("neighbour_value_exact", c.comparator.value.map { JSONNumber($0).json } ?? .null),
            ("neighbours_with_value", .integer(c.comparator.neighboursWithValue)),
            ("region", c.region.map { region in
                .object([("name", .string(region.name)),
                         ("value", .decimal(c.displayed(region)))])
            } ?? .null),
            ("england", .object([("value", .decimal(c.displayed(c.england)))])),
            ("rank", .integer(c.rank)),
            ("rank_of", .integer(c.rankOf)),
            ("quartile_band", .text(c.quartileBand?.rawValue)),
        ])
    }

    /// Encodes the `compare` JSON document (``json()``).
    public func encode(to encoder: any Encoder) throws {
        try json().encode(to: encoder)
    }

    /// A published cell for JSON: the number, the GSS symbol as a string (`"c"`), or `null` when
    /// the data has no row.
    static func json(_ value: IndicatorValue?) -> JSONValue {
        switch value?.published {
        case .number(let number)?: .number(number.description)
        case .symbol(let symbol)?: .string(symbol.rawValue)
        case nil: .null
        }
    }

    /// A published cell as text: the number, the symbol, or `-` when the data has no row.
    static func text(_ value: IndicatorValue?) -> String {
        value.map { $0.published.description } ?? "-"
    }

    /// A published value as shown beside others of its indicator: a number at the indicator's
    /// published precision (`761` of a one-place rate is `761.0`, INDICATORS.md §6), a symbol as
    /// published, `-` for none.
    static func text(_ value: IndicatorValue?, decimals: Int) -> String {
        guard let value else { return "-" }
        guard let number = value.published.number else { return value.published.description }
        return number.decimals <= decimals ? "\(number.rounded(toDecimals: decimals))" : value.published.description
    }

    /// A closeness band in words: `very close`.
    static func closeness(_ band: NeighbourCloseness) -> String {
        band.rawValue.replacingOccurrences(of: "_", with: " ")
    }
}
