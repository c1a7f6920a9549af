import SafeguardingMetrics

extension IndicatorsDocument {
    /// One authority's figures: `{"la","name","population","indicators"}`.
    public struct Area: Sendable, Hashable, Codable {
        /// The authority's code (an E-code).
        public var la: String
        /// The authority's name.
        public var name: String
        /// The population of children aged 0-17 rates use (`null` when no rate was asked for).
        public var population: Int64?
        /// The figures, in the order asked for.
        public var indicators: [Figure]

        /// An area from its parts.
        public init(la: String, name: String, population: Int64?, indicators: [Figure]) {
            self.la = la
            self.name = name
            self.population = population
            self.indicators = indicators
        }

        /// The area as a ``JSONValue``, keys in the contract's order.
        public var json: JSONValue {
            .object([("la", .string(la)), ("name", .string(name)), ("population", .integer(population)),
                     ("indicators", .array(indicators.map(\.json)))])
        }

        /// Encodes the area, keys in the contract's order, `population` `null` when absent.
        public func encode(to encoder: any Encoder) throws {
            try json.encode(to: encoder)
        }
    }
}
