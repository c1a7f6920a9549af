import SafeguardingMetrics

extension IndicatorsDocument {
    /// One authority's figures: `{"la","name","population","population_year","indicators"}`.
    public struct Area: Sendable, Hashable, Codable {
        /// The authority's code (an E-code).
        public var la: String
        /// The authority's name.
        public var name: String
        /// The population of children aged 0-17 rates use (`null` when no rate was asked for).
        public var population: Int64?
        /// The ONS mid-year of that population (`null` when no rate was asked for).
        public var populationYear: Int?
        /// The figures, in the order asked for.
        public var indicators: [Figure]

        /// An area from its parts.
        public init(la: String, name: String, population: Int64?, populationYear: Int? = nil, indicators: [Figure]) {
            self.la = la
            self.name = name
            self.population = population
            self.populationYear = populationYear
            self.indicators = indicators
        }

        /// The area as a ``JSONValue``, keys in the contract's order.
        public var json: JSONValue {
            .object([("la", .string(la)), ("name", .string(name)), ("population", .integer(population)),
                     ("population_year", .integer(populationYear)), ("indicators", .array(indicators.map(\.json)))])
        }

        /// Encodes the area, keys in the contract's order, `population` `null` when absent.
        ///
        /// Decoding reads what ``json`` writes; `population_year` may be absent.
        public func encode(to encoder: any Encoder) throws {
            try json.encode(to: encoder)
        }

        enum CodingKeys: String, CodingKey {
            case la, name, population, indicators
            case populationYear = "population_year"
        }
    }
}
