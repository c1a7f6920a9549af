import SafeguardingMetrics

/// The `indicators` JSON document of the command-line contract as `Codable` values: what a
/// service returns for computed indicators, and what a client decodes.
///
/// ```json
/// {"period": {"start": "2024-04-01", "end": "2025-03-31"},
///  "areas": [{"la": "E06000009", "name": "Blackpool", "population": 28923,
///             "indicators": [{"id": "cla.rate", "numerator": 531, "denominator": 28923,
///                             "value": 183.590913805622, "display": "184", "unit": "rate_per_10000",
///                             "decimals": 0, "state": "ok", "coverage": {}}]}]}
/// ```
/// `value` is the exact value (the exact decimal when it has one of at most 18 places, else
/// rounded half up to 12), `display` the value at the published precision, `state` `ok`,
/// `undefined` (zero denominator), `suppressed` (every number then `null`), `partial` (the returns
/// loaded hold only `covered_days` of the period's days, for the authority and the indicator's
/// return) or `not_covered` (they hold none of it: every number `null`), and `coverage` the records
/// that could not be classified (`{"excluded": 3}`). `basis` is the period's length against 12
/// months (`12_months`, `part_year`, `over_12_months`, with its `days`); `population_year` is the
/// ONS mid-year of a rate's population (`null` for other units). With a breakdown, each figure
/// has a `breakdown` (``Breakdown``). Keys are always present, `null` when there is no value.
///
/// Encoding writes the keys in the contract's order through any encoder; ``json`` is the same
/// document as a ``JSONValue`` for the library's writer, which keeps that order
/// (`JSONEncoder` sorts or shuffles keys). Decoding accepts what either wrote.
///
/// ```swift
/// let document = IndicatorsDocument(results, names: ["E06000009": "Blackpool"])
/// let text = document.json.rendered()                        // the contract's text, byte for byte
/// let back = try JSONDecoder().decode(IndicatorsDocument.self, from: Data(text.utf8))
/// back == document                                           // true
/// ```
public struct IndicatorsDocument: Sendable, Hashable, Codable {
    /// The period: its first and last days, `yyyy-mm-dd`, both included.
    public var period: Period
    /// One entry per authority, in the order computed.
    public var areas: [Area]

    /// A document from its parts.
    public init(period: Period, areas: [Area]) {
        self.period = period
        self.areas = areas
    }

    /// The document of computed results, each authority named from `names` (by code; the code
    /// itself when absent). A suppressed figure shows none of its numbers.
    public init(_ results: IndicatorResults, names: [String: String] = [:]) {
        period = Period(start: results.period.start.description, end: results.period.end.description)
        period.basis = Basis(results.period.basis)
        areas = results.areas.map { area in
            Area(la: area.authority, name: names[area.authority] ?? area.authority,
                 population: area.population?.population, populationYear: area.population?.midYear,
                 indicators: area.indicators.enumerated().map { index, result in
                     var figure = Figure(result)
                     if results.breakdown != .none, index < area.breakdowns.count {
                         figure.breakdown = Breakdown(name: results.breakdown.rawValue,
                                                      cells: area.breakdowns[index].map(Cell.init))
                     }
                     return figure
                 })
        }
    }

    /// The document as a ``JSONValue``, keys in the contract's order.
    public var json: JSONValue {
        .object([(CodingKeys.period.stringValue, period.json),
                 (CodingKeys.areas.stringValue, .array(areas.map(\.json)))])
    }

    /// Encodes the document, keys in the contract's order.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    enum CodingKeys: String, CodingKey { case period, areas }

    /// A period's first and last days, and its basis.
    public struct Period: Sendable, Hashable, Codable {
        /// The first day, `yyyy-mm-dd`.
        public var start: String
        /// The last day, `yyyy-mm-dd`.
        public var end: String
        /// The period's length against 12 months (absent in documents written before it was).
        public var basis: Basis?

        /// A period from its days.
        public init(start: String, end: String, basis: Basis? = nil) {
            self.start = start
            self.end = end
            self.basis = basis
        }

        /// The period as a ``JSONValue``: `{"start","end","basis"}`.
        public var json: JSONValue {
            .object([("start", .string(start)), ("end", .string(end))] + (basis.map { [("basis", $0.json)] } ?? []))
        }
    }

    /// A period's length against 12 months: `{"kind": "12_months" | "part_year" | "over_12_months",
    /// "days": N}` (``SafeguardingMetrics/PeriodBasis``).
    public struct Basis: Sendable, Hashable, Codable {
        /// `12_months`, `part_year` or `over_12_months`.
        public var kind: String
        /// The days of the period, both ends counted.
        public var days: Int

        /// A basis from its parts.
        public init(kind: String, days: Int) {
            self.kind = kind
            self.days = days
        }

        /// The basis of a computed period.
        public init(_ basis: PeriodBasis) {
            self.init(kind: basis.kind.rawValue, days: basis.days)
        }

        /// The basis as a ``JSONValue``: `{"kind","days"}`.
        public var json: JSONValue {
            .object([("kind", .string(kind)), ("days", .integer(days))])
        }
    }
}
