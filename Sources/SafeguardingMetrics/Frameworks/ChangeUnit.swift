/// The unit a change figure is measured in, so percentage points are never read as per cent.
///
/// A change in a percentage (20% → 25%) is 5 **percentage points**; a relative change (25 is 25%
/// more than 20) is **per cent**. A change in a rate per 10,000 is in "per 10,000". The raw
/// values are the snake-case names used in JSON.
///
/// ```swift
/// ChangeUnit.absolute(for: .percentage)  // .percentagePoints
/// ChangeUnit.percentagePoints.symbol     // "pp"
/// ```
@frozen
public enum ChangeUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// A difference between two rates per 10,000.
    case perTenThousand = "per_10000"
    /// A difference between two rates per 100,000.
    case perHundredThousand = "per_100000"
    /// A difference between two percentages.
    case percentagePoints = "percentage_points"
    /// A relative change: the difference as a per cent of the value it is measured from.
    case percent
    /// A difference between two counts.
    case count
    /// A difference between two average scores.
    case score
    /// A difference between two numbers of days.
    case days

    /// The unit of an absolute difference between two values of `unit`.
    public static func absolute(for unit: MeasureUnit) -> ChangeUnit {
        switch unit {
        case .ratePer10k: .perTenThousand
        case .ratePer100k: .perHundredThousand
        case .percentage: .percentagePoints
        case .count: .count
        case .averageScore: .score
        case .days: .days
        }
    }

    /// What is written after the number: ` per 10,000`, ` pp`, `%`, ` days`, or nothing for
    /// counts and scores.
    public var symbol: String {
        switch self {
        case .perTenThousand: "per 10,000"
        case .perHundredThousand: "per 100,000"
        case .percentagePoints: "pp"
        case .percent: "%"
        case .count, .score: ""
        case .days: "days"
        }
    }

    /// The unit in words: "percentage points", "per cent".
    public var displayName: String {
        switch self {
        case .perTenThousand: "per 10,000"
        case .perHundredThousand: "per 100,000"
        case .percentagePoints: "percentage points"
        case .percent: "per cent"
        case .count: "count"
        case .score: "score"
        case .days: "days"
        }
    }
}
