/// A council's outcomes framework: a named, versioned list of indicators grouped by outcome
/// area, each with a baseline, dated targets and actuals (INDICATORS.md §5).
///
/// The indicators are kept in one list, in the order the framework gives them (a CSV file's row
/// order), each naming its outcome; ``outcomeAreas`` groups them. A framework is a plain value:
/// read one from CSV or JSON with the SafeguardingData module (`FrameworkCSV`, `FrameworkJSON`),
/// check it with ``validate(against:)``, compare two versions with ``changes(since:)``, and
/// judge it at a date with ``Scorecard``.
///
/// ```swift
/// let framework = OutcomesFramework(name: "Blackpool", version: "2024-01", indicators: rows)
/// let findings = framework.validate()
/// let scorecard = Scorecard(framework: framework, at: "2024-01")
/// ```
@frozen
public struct OutcomesFramework: Sendable, Hashable {
    /// The framework's name.
    public var name: String
    /// Which version of the framework this is (`2024-01`); compared by ``changes(since:)``.
    public var version: String
    /// The indicators, in framework order.
    public var indicators: [FrameworkIndicator]

    /// Creates a framework.
    public init(name: String, version: String, indicators: [FrameworkIndicator]) {
        self.name = name
        self.version = version
        self.indicators = indicators
    }

    /// The first indicator with identifier `id`.
    public subscript(id: FrameworkRowID) -> FrameworkIndicator? {
        indicators.first { $0.id == id }
    }

    /// The indicators grouped by outcome, areas in order of first appearance.
    public var outcomeAreas: [OutcomeArea] {
        var areas: [OutcomeArea] = []
        var index: [String: Int] = [:]
        for indicator in indicators {
            if let position = index[indicator.outcome] {
                areas[position].indicators.append(indicator)
            } else {
                index[indicator.outcome] = areas.count
                areas.append(OutcomeArea(title: indicator.outcome, indicators: [indicator]))
            }
        }
        return areas
    }
}

extension OutcomesFramework: Codable {
    /// The JSON keys: `name`, `version`, `indicators`.
    enum CodingKeys: String, CodingKey {
        case name, version, indicators
    }

    /// Decodes a framework.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name),
                  version: try container.decode(String.self, forKey: .version),
                  indicators: try container.decode([FrameworkIndicator].self, forKey: .indicators))
    }

    /// Encodes a framework.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(version, forKey: .version)
        try container.encode(indicators, forKey: .indicators)
    }
}
