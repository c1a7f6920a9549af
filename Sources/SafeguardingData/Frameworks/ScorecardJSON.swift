import Foundation
import SafeguardingMetrics

/// Writes a ``Scorecard`` as the `scorecard` JSON of the command-line contract.
///
/// ```json
/// {"framework": "…", "version": "2024-01", "at": "2024-01",
///  "rows": [{"id": "OF1-03", "outcome": "…", "title": "…", "unit": "rate_per_10000", "polarity": "lower",
///            "decimals": 0, "rag_policy": "baseline", "rag": "green",
///            "baseline": {"date": "2023-04", "value": 833},
///            "points": [{"date": "2023-10", "target": 825, "actual": 798, "expected": 825, "status": "better",
///                        "rag": "green", "direction": "improving", "movement": "down", "actual_source": "typed",
///                        "numerator": null, "denominator": null, "significance": null,
///                        "change": {"from_previous": {"value": -35, "unit": "per_10000"}, …}}],
///            "expected_at": {"date": "2024-01", "value": 816},
///            "issues": [{"kind": "blank_actual", "severity": "info", "date": "2023-10", "message": "…"}]}]}
/// ```
/// Keys are stable snake case and always present (`null` when there is no value). Numbers are
/// the values at the row's display precision, written exactly as decimals (never through binary
/// floating point). Enumerations use their snake-case raw values. `rag` on a row is its latest
/// point's rating.
public enum ScorecardJSON {
    /// The scorecard as JSON with sorted keys; pretty-printed unless `compact`.
    public static func encode(_ scorecard: Scorecard, compact: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes]
            : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(Document(scorecard)), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("a scorecard failed to encode: \(error)")
        }
    }

    /// An exact JSON number for a decimal.
    static func number(_ value: FixedDecimal?) -> Decimal? {
        value.flatMap { Decimal(string: $0.description) }
    }

    struct Document: Encodable {
        var framework: String
        var version: String
        var at: String
        var rows: [Row]

        init(_ scorecard: Scorecard) {
            framework = scorecard.name
            version = scorecard.version
            at = scorecard.at.description
            rows = scorecard.rows.map(Row.init)
        }
    }

    struct DatedValue: Encodable {
        var date: String
        var value: Decimal?

        init(_ value: ScorecardDatedValue) {
            date = value.date.description
            self.value = number(value.value)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(value, forKey: .value)
        }

        enum CodingKeys: String, CodingKey { case date, value }
    }

    struct Change: Encodable {
        var value: Decimal?
        var unit: String

        init?(_ change: LabelledChange?) {
            guard let change else { return nil }
            value = number(change.value)
            unit = change.unit.rawValue
        }
    }

    struct Changes: Encodable {
        var fromPrevious: Change?
        var relativeToPrevious: Change?
        var fromTarget: Change?
        var relativeToTarget: Change?

        init(_ figures: ChangeFigures) {
            fromPrevious = Change(figures.fromPrevious)
            relativeToPrevious = Change(figures.relativeToPrevious)
            fromTarget = Change(figures.fromTarget)
            relativeToTarget = Change(figures.relativeToTarget)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fromPrevious, forKey: .fromPrevious)
            try container.encode(relativeToPrevious, forKey: .relativeToPrevious)
            try container.encode(fromTarget, forKey: .fromTarget)
            try container.encode(relativeToTarget, forKey: .relativeToTarget)
        }

        enum CodingKeys: String, CodingKey {
            case fromPrevious = "from_previous", relativeToPrevious = "relative_to_previous"
            case fromTarget = "from_target", relativeToTarget = "relative_to_target"
        }
    }

    struct Point: Encodable {
        var point: ScorecardPoint

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(point.date.description, forKey: .date)
            try container.encode(number(point.target), forKey: .target)
            try container.encode(number(point.actual), forKey: .actual)
            try container.encode(point.actualSource?.rawValue, forKey: .actualSource)
            try container.encode(point.numerator, forKey: .numerator)
            try container.encode(point.denominator, forKey: .denominator)
            try container.encode(number(point.expected), forKey: .expected)
            try container.encode(point.status?.rawValue, forKey: .status)
            try container.encode(point.rag.rawValue, forKey: .rag)
            try container.encode(point.direction?.rawValue, forKey: .direction)
            try container.encode(point.movement?.rawValue, forKey: .movement)
            try container.encode(point.change.map(Changes.init), forKey: .change)
            try container.encode(point.significance?.rawValue, forKey: .significance)
        }

        enum CodingKeys: String, CodingKey {
            case date, target, actual, expected, status, rag, direction, movement, change, significance
            case numerator, denominator
            case actualSource = "actual_source"
        }
    }

    struct Issue: Encodable {
        var kind: String
        var severity: String
        var date: String?
        var message: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(severity, forKey: .severity)
            try container.encode(date, forKey: .date)
            try container.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case kind, severity, date, message }
    }

    struct Row: Encodable {
        var row: ScorecardRow

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(row.id.rawValue, forKey: .id)
            try container.encode(row.outcome, forKey: .outcome)
            try container.encode(row.title, forKey: .title)
            try container.encode(row.unit.rawValue, forKey: .unit)
            try container.encode(row.polarity.rawValue, forKey: .polarity)
            try container.encode(row.decimals, forKey: .decimals)
            try container.encode(row.ragPolicy.description, forKey: .ragPolicy)
            try container.encode(row.rag.rawValue, forKey: .rag)
            try container.encode(row.baseline.map(DatedValue.init), forKey: .baseline)
            try container.encode(row.points.map(Point.init), forKey: .points)
            try container.encode(DatedValue(row.expectedAt), forKey: .expectedAt)
            try container.encode(row.issues.map {
                Issue(kind: $0.kind.rawValue, severity: $0.severity.rawValue, date: $0.date?.description, message: $0.message)
            }, forKey: .issues)
        }

        enum CodingKeys: String, CodingKey {
            case id, outcome, title, unit, polarity, decimals, rag, baseline, points, issues
            case ragPolicy = "rag_policy", expectedAt = "expected_at"
        }
    }
}
