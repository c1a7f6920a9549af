import SafeguardingMetrics

extension IndicatorsDocument {
    /// One indicator's figure for an authority: `{"id","numerator","denominator","value","display",
    /// "unit","decimals","state","coverage","basis","covered_days","population_year"}`, and
    /// `"breakdown"` when there is one.
    public struct Figure: Sendable, Hashable, Codable {
        /// The indicator's identifier.
        public var id: String
        /// The count measured (`null` when suppressed).
        public var numerator: Int64?
        /// What it is measured against (`null` when suppressed).
        public var denominator: Int64?
        /// The exact value (`null` when undefined or suppressed).
        public var value: JSONNumber?
        /// The value at the published precision, as text (`null` when undefined or suppressed).
        public var display: String?
        /// The unit's raw value (`rate_per_10000`, `percentage`, …).
        public var unit: String
        /// The published precision.
        public var decimals: Int
        /// `ok`, `undefined`, `suppressed`, `partial` (the returns hold part of the period) or
        /// `not_covered` (they hold none of it: every number `null`).
        public var state: String
        /// Records that could not be classified, by kind, in the order computed.
        public var coverage: [Coverage]
        /// The period's length against 12 months (`null` when not known).
        public var basis: Basis?
        /// How many days of the period the returns hold (`null` when not known).
        public var coveredDays: Int?
        /// The ONS mid-year of the population a rate is computed against (`null` for other units).
        public var populationYear: Int?
        /// The figure's breakdown, when the results have one.
        public var breakdown: Breakdown?

        /// A figure from its parts.
        public init(id: String, numerator: Int64?, denominator: Int64?, value: JSONNumber?, display: String?, unit: String,
                    decimals: Int, state: String, coverage: [Coverage], breakdown: Breakdown? = nil) {
            self.id = id
            self.numerator = numerator
            self.denominator = denominator
            self.value = value
            self.display = display
            self.unit = unit
            self.decimals = decimals
            self.state = state
            self.coverage = coverage
            self.breakdown = breakdown
            self.basis = nil
            self.coveredDays = nil
            self.populationYear = nil
        }

        /// A computed result's figure; a suppressed one, or one whose period the returns do not
        /// hold, shows none of its numbers.
        public init(_ result: IndicatorResult) {
            let shown = result.state != .suppressed && result.state != .notCovered
            self.init(id: result.id.rawValue, numerator: shown ? result.numerator : nil,
                      denominator: shown ? result.denominator : nil, value: shown ? result.exact.map(JSONNumber.init) : nil,
                      display: shown ? result.display?.description : nil, unit: result.indicator.unit.rawValue,
                      decimals: result.indicator.decimals, state: result.state.rawValue,
                      coverage: result.coverage.map { Coverage(kind: $0.kind.rawValue, count: $0.count) })
            basis = result.basis.map(Basis.init)
            coveredDays = result.coveredDays
            populationYear = result.populationYear
        }

        /// The figure as a ``JSONValue``, keys in the contract's order.
        public var json: JSONValue {
            var members: [JSONValue.Member] = [
                ("id", .string(id)), ("numerator", .integer(numerator)), ("denominator", .integer(denominator)),
                ("value", value?.json ?? .null), ("display", .text(display)), ("unit", .string(unit)),
                ("decimals", .integer(decimals)), ("state", .string(state)),
                ("coverage", .object(coverage.map { ($0.kind, .integer($0.count)) })),
                ("basis", basis?.json ?? .null), ("covered_days", .integer(coveredDays)),
                ("population_year", .integer(populationYear)),
            ]
            if let breakdown { members.append(("breakdown", breakdown.json)) }
            return .object(members)
        }

        /// Encodes the figure, keys in the contract's order.
        public func encode(to encoder: any Encoder) throws {
            try json.encode(to: encoder)
        }

        /// Decodes a figure; `coverage` is an object of counts by kind; `breakdown`, `basis`,
        /// `covered_days` and `population_year` may be absent.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let counts = try container.nestedContainer(keyedBy: JSONValue.MemberKey.self, forKey: .coverage)
            self.init(id: try container.decode(String.self, forKey: .id),
                      numerator: try container.decodeIfPresent(Int64.self, forKey: .numerator),
                      denominator: try container.decodeIfPresent(Int64.self, forKey: .denominator),
                      value: try container.decodeIfPresent(JSONNumber.self, forKey: .value),
                      display: try container.decodeIfPresent(String.self, forKey: .display),
                      unit: try container.decode(String.self, forKey: .unit),
                      decimals: try container.decode(Int.self, forKey: .decimals),
                      state: try container.decode(String.self, forKey: .state),
                      coverage: try counts.allKeys.map { key in
                          Coverage(kind: key.stringValue, count: try counts.decode(Int64.self, forKey: key))
                      },
                      breakdown: try container.decodeIfPresent(Breakdown.self, forKey: .breakdown))
            basis = try container.decodeIfPresent(Basis.self, forKey: .basis)
            coveredDays = try container.decodeIfPresent(Int.self, forKey: .coveredDays)
            populationYear = try container.decodeIfPresent(Int.self, forKey: .populationYear)
        }

        enum CodingKeys: String, CodingKey {
            case id, numerator, denominator, value, display, unit, decimals, state, coverage, breakdown, basis
            case coveredDays = "covered_days", populationYear = "population_year"
        }

        /// How many records of one kind could not be classified (`"excluded": 3`).
        public struct Coverage: Sendable, Hashable {
            /// The kind (``SafeguardingMetrics/CoverageKind``'s raw value).
            public var kind: String
            /// How many records.
            public var count: Int64

            /// A count of records of `kind`.
            public init(kind: String, count: Int64) {
                self.kind = kind
                self.count = count
            }
        }
    }
}
