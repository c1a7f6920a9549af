import SafeguardingMetrics

/// Words and marks the text, CSV and HTML reports share.
package enum ReportText {
    /// The RAG rating as a word and a shape, never colour alone: `● GREEN`, `▲ AMBER`, `■ RED`, `○ grey`.
    package static func badge(_ rating: RAGRating) -> String {
        switch rating {
        case .green: "● GREEN"
        case .amber: "▲ AMBER"
        case .red: "■ RED"
        case .grey: "○ grey"
        }
    }

    /// A unit in a few characters, for table columns.
    package static func shortUnit(_ unit: MeasureUnit) -> String {
        switch unit {
        case .ratePer10k: "per 10k"
        case .ratePer100k: "per 100k"
        case .percentage: "%"
        case .count: "count"
        case .averageScore: "score"
        case .days: "days"
        }
    }

    /// `text` cut to `length` characters with an ellipsis.
    package static func truncate(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
