import SafeguardingMetrics

/// The words framework files use for units, polarities and comparators, and how they are written back.
enum FrameworkCSVWords {
    /// The text lower-cased, with commas and underscores dropped or turned into spaces and runs of blanks collapsed.
    static func normalised(_ text: String) -> String {
        text.lowercased().replacingAll(",", with: "").replacingAll("_", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The unit written as `per 10000`, `per 10,000`, `rate per 10000`, `percent`, `%`, `count`, `score`, `days`
    /// (or a `MeasureUnit` raw value).
    static func unit(_ text: String) -> MeasureUnit? {
        var words = normalised(text)
        if words.hasPrefix("rate ") { words.removeFirst(5) }
        switch words {
        case "per 10000", "/10000", "per 10k", "10000", "per ten thousand": return .ratePer10k
        case "per 100000", "/100000", "per 100k", "100000", "per hundred thousand": return .ratePer100k
        case "percent", "percentage", "%", "per cent", "pct": return .percentage
        case "count", "number", "no", "no.", "n": return .count
        case "score", "average score", "average", "mean score", "mean": return .averageScore
        case "days", "day", "number of days": return .days
        default: return nil
        }
    }

    /// How a unit is written in a framework CSV: `per 10000`, `per 100000`, `percent`, `count`, `score`, `days`.
    static func written(_ unit: MeasureUnit) -> String {
        switch unit {
        case .ratePer10k: "per 10000"
        case .ratePer100k: "per 100000"
        case .percentage: "percent"
        case .count: "count"
        case .averageScore: "score"
        case .days: "days"
        }
    }

    /// The polarity written as `higher`, `higher is better`, `lower`, `hold`, `none` and a few synonyms.
    static func polarity(_ text: String) -> Polarity? {
        switch normalised(text) {
        case "higher", "higher is better", "high", "up": .higher
        case "lower", "lower is better", "low", "down": .lower
        case "hold", "maintain", "stable": .hold
        case "none", "n/a", "context", "no polarity": Polarity.none
        default: nil
        }
    }

    /// The basis written as `rolling 12 months` (or `12 months`, `rolling`), `year to date` (or `YTD`),
    /// `quarter` (or `quarterly`), or a raw value.
    static func basis(_ text: String) -> FrameworkBasis? {
        switch normalised(text) {
        case "rolling 12 months", "rolling twelve months", "rolling", "12 months", "rolling year": .rolling12Months
        case "year to date", "ytd", "financial year to date": .yearToDate
        case "quarter", "quarterly", "3 months", "three months": .quarter
        default: nil
        }
    }

    /// The target basis written as `12 months` (or `annual`, `12 month`), `pro rata` (or `pro-rated`,
    /// `pro rated`), or a raw value.
    static func targetBasis(_ text: String) -> TargetBasis? {
        switch normalised(text) {
        case "12 months", "12 month", "annual", "annualise", "annualised", "twelve months": .twelveMonths
        case "pro rata", "pro-rata", "pro rated", "pro-rated", "prorated", "pro rate", "pro-rate": .proRated
        default: nil
        }
    }

    /// The comparator written as `statistical neighbours` (or `SN`), `England` (or `national`), `region`.
    static func comparator(_ text: String) -> FrameworkComparator? {
        switch normalised(text) {
        case "statistical neighbours", "statistical neighbors", "sn", "neighbours", "stat neighbours": .statisticalNeighbours
        case "england", "national", "england average": .england
        case "region", "regional", "regional average": .region
        default: nil
        }
    }
}

extension String {
    /// The string with every `target` replaced by `replacement`.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
