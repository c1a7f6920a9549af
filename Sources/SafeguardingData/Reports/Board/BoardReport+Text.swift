import SafeguardingMetrics

extension BoardReport {
    /// The report as text for a terminal: a heading, then per outcome one line per indicator
    /// (baseline, target, actual, status, RAG, direction of travel), with the neighbour
    /// comparison indented beneath rows that have one.
    public func text() -> String {
        var lines: [String] = []
        let at = scorecard.at
        var heading = scorecard.name + (scorecard.version == scorecard.name ? "" : ", version \(scorecard.version)")
            + ", at \(at)"
        if let authority { heading += " — \(authority.name) (\(authority.code)), \(authority.regionName)" }
        lines.append(heading)
        lines.append("Actuals: \(actualsSource).")
        lines += links.headerLines
        if synthetic {
            lines.append("DEMONSTRATION: computed actuals come from synthetic records, not \(authority?.name ?? "the authority")'s "
                + "data; typed-in actuals and comparisons are the published figures.")
        }
        if let comparisonYear {
            lines.append("Comparisons: published DfE figures for the year ending 31 March \(comparisonYear); "
                + "\(neighbourSetVersion) statistical neighbours, \(statistic.rawValue) of their values; rank 1 = best.")
        }
        if suppressed { lines.append("Suppression: counts of 1 to 5 are shown as c.") }
        let counts = scorecard.ragCounts
        lines.append("RAG of the latest actuals: "
            + RAGRating.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
            + " (● green met or better; ▲ amber missed, not worse than baseline;")
        lines.append("  ■ red missed and worse than baseline; ○ grey no target, actual or polarity)")
        lines += summaryLines()
        for (outcome, rows) in outcomes {
            lines.append("")
            lines.append(outcome.uppercased())
            var table = TextTable(columns: ["id", "indicator", "unit", "baseline", "target", "actual", "from", "status",
                                            "RAG", "travel"], rightAligned: [3, 4, 5])
            var comparisons: [Int: String] = [:]
            for (index, entry) in rows.enumerated() {
                let row = entry.row
                let target = BoardReport.target(of: row, at: at)
                let latest = row.latest
                var travel = latest?.travel ?? ""
                if let direction = latest?.direction { travel += " \(direction.rawValue)" }
                table.add([row.id.rawValue, ReportText.truncate(row.title, to: 44), ReportText.shortUnit(row.unit),
                           row.baseline.map { "\($0.value.map { "\($0)" } ?? "-") (\($0.date))" } ?? "-",
                           target.map { "\($0.value) (\($0.date))" } ?? "-",
                           BoardReport.actualText(of: row, at: at) ?? "-", latest?.actualSource?.rawValue ?? "-",
                           latest?.status?.rawValue ?? "-", ReportText.badge(row.rag), travel])
                if let comparison = entry.comparison {
                    comparisons[index] = "↳ \(comparison.indicator): \(comparison.authority.name) published "
                        + ComparisonReport.summary(comparison)
                } else if let note = entry.comparisonNote {
                    comparisons[index] = "↳ no comparison: \(note)"
                }
            }
            let tableLines = table.lines
            lines.append(tableLines[0])
            for (index, line) in tableLines.dropFirst().enumerated() {
                lines.append(line)
                if let comparison = comparisons[index] { lines.append("        " + comparison) }
            }
        }
        let issues = scorecard.rows.flatMap(\.issues)
        let errors = issues.filter { $0.severity == .error }.count, warnings = issues.filter { $0.severity == .warning }.count
        if errors + warnings > 0 {
            lines.append("")
            lines.append((errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s") and " : "")
                + "\(warnings) warning\(warnings == 1 ? "" : "s") about the framework's values, each listed on stderr "
                + "by kind (--verbose for every one) and in --format json (\"issues\").")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
