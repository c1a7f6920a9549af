import SafeguardingMetrics

extension IndicatorsDocument {
    /// A figure split into the cells of a breakdown: `{"name","cells"}`.
    public struct Breakdown: Sendable, Hashable, Codable {
        /// The breakdown's name (`age_band`, `sex`, …).
        public var name: String
        /// The cells, in the breakdown's order.
        public var cells: [Cell]

        /// A breakdown from its parts.
        public init(name: String, cells: [Cell]) {
            self.name = name
            self.cells = cells
        }

        /// The breakdown as a ``JSONValue``.
        public var json: JSONValue {
            .object([("name", .string(name)), ("cells", .array(cells.map(\.json)))])
        }

        /// Encodes the breakdown, keys in the contract's order.
        public func encode(to encoder: any Encoder) throws {
            try json.encode(to: encoder)
        }
    }

    /// One cell of a breakdown: `{"cell","count","share","numerator","denominator","value","display",
    /// "state","population"}`.
    ///
    /// `count` is the cell's numerator (for an average, its number of scores), `share` the count's
    /// exact percentage of the cells' total (`null` when the total is 0), `population` the cell's
    /// (`null` when it has none). A suppressed cell's count, share, numerator, denominator, value
    /// and display are all `null`.
    public struct Cell: Sendable, Hashable, Codable {
        /// The cell's label (`5-9`, `Female`).
        public var cell: String
        /// The cell's count.
        public var count: Int64?
        /// The count's exact percentage of the total.
        public var share: JSONNumber?
        /// The cell's numerator.
        public var numerator: Int64?
        /// The cell's denominator.
        public var denominator: Int64?
        /// The cell's exact value.
        public var value: JSONNumber?
        /// The cell's value at the published precision.
        public var display: String?
        /// `ok`, `undefined` or `suppressed`.
        public var state: String
        /// The cell's population, when it has one.
        public var population: Int64?

        /// A cell from its parts.
        public init(cell: String, count: Int64?, share: JSONNumber?, numerator: Int64?, denominator: Int64?,
                    value: JSONNumber?, display: String?, state: String, population: Int64?) {
            self.cell = cell
            self.count = count
            self.share = share
            self.numerator = numerator
            self.denominator = denominator
            self.value = value
            self.display = display
            self.state = state
            self.population = population
        }

        /// A computed cell; a suppressed one shows none of its numbers.
        public init(_ cell: BreakdownCell) {
            let shown = cell.result.state != .suppressed && cell.result.state != .notCovered
            let figure = Figure(cell.result)
            self.init(cell: cell.label, count: shown ? cell.count : nil, share: shown ? Cell.share(cell.share) : nil,
                      numerator: figure.numerator, denominator: figure.denominator, value: figure.value,
                      display: figure.display, state: figure.state, population: cell.population?.population)
        }

        /// A share as an exact percentage (`37.5`), or `nil` when the total is 0.
        static func share(_ share: Percentage) -> JSONNumber? {
            guard !share.isUndefined else { return nil }
            return JSONNumber(Rational(Int128(share.numerator) * 100, Int128(share.denominator)))
        }

        /// The cell as a ``JSONValue``, keys in the contract's order.
        public var json: JSONValue {
            .object([("cell", .string(cell)), ("count", .integer(count)), ("share", share?.json ?? .null),
                     ("numerator", .integer(numerator)), ("denominator", .integer(denominator)),
                     ("value", value?.json ?? .null), ("display", .text(display)), ("state", .string(state)),
                     ("population", .integer(population))])
        }

        /// Encodes the cell, keys in the contract's order.
        public func encode(to encoder: any Encoder) throws {
            try json.encode(to: encoder)
        }
    }
}
