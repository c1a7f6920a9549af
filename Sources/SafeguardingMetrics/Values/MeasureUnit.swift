/// The unit an indicator's value is measured in.
@frozen
public enum MeasureUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// Per 10,000 children, written `384/10,000` or `384`.
    case ratePer10k = "rate_per_10000"
    /// Per 100,000, written `12.5/100,000` or `12.5`.
    case ratePer100k = "rate_per_100000"
    /// Per cent, written `14.5%` or `14.5`.
    case percentage
    /// A count of children or events.
    case count
    /// An average score (SDQ).
    case averageScore = "average_score"
    /// A number of days.
    case days

    /// The scale a value of this unit may be written with, if any.
    public var scale: WrittenScale? {
        switch self {
        case .ratePer10k: .perTenThousand
        case .ratePer100k: .perHundredThousand
        case .percentage: .percent
        case .count, .averageScore, .days: nil
        }
    }

    /// Whether a figure in this unit with a denominator is an average (a sum of scores or of days
    /// over a count of records): its count is its denominator, and its numerator is not a count.
    ///
    /// ```swift
    /// MeasureUnit.days.isAverage         // true
    /// MeasureUnit.percentage.isAverage   // false
    /// ```
    public var isAverage: Bool { self == .averageScore || self == .days }

    /// A short name for messages and tables: "rate per 10,000", "percentage".
    public var displayName: String {
        switch self {
        case .ratePer10k: "rate per 10,000"
        case .ratePer100k: "rate per 100,000"
        case .percentage: "percentage"
        case .count: "count"
        case .averageScore: "average score"
        case .days: "days"
        }
    }
}

/// The scale written beside a number by a council: `/10,000`, `/100000`, `%`.
@frozen
public enum WrittenScale: Sendable, Hashable {
    /// `%` or `/100`.
    case percent
    /// `/1,000` or `/1000`.
    case perThousand
    /// `/10,000` or `/10000`.
    case perTenThousand
    /// `/100,000` or `/100000`.
    case perHundredThousand
    /// Any other `/N`.
    case per(Int64)

    /// The multiplier the scale stands for (100 for per cent).
    public var multiplier: Int64 {
        switch self {
        case .percent: 100
        case .perThousand: 1_000
        case .perTenThousand: 10_000
        case .perHundredThousand: 100_000
        case .per(let n): n
        }
    }

    /// The scale for a `/N` suffix.
    public init(multiplier: Int64) {
        switch multiplier {
        case 100: self = .percent
        case 1_000: self = .perThousand
        case 10_000: self = .perTenThousand
        case 100_000: self = .perHundredThousand
        default: self = .per(multiplier)
        }
    }

    /// How the scale reads in a message: "per 10,000", "per cent".
    public var displayName: String {
        if case .percent = self { return "per cent" }
        return "per " + MeasureUnit.grouped(multiplier)
    }
}
