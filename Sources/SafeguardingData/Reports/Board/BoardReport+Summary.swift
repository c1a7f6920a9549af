import SafeguardingMetrics

extension BoardReport {
    /// A framework row's value as the report shows it: at the row's precision (INDICATORS.md §6),
    /// so one row never mixes `761` and `759.3`; a dash for none.
    static func shown(_ value: FixedDecimal?, _ row: ScorecardRow) -> String {
        guard let value else { return "–" }
        return "\(value.rounded(toDecimals: min(max(row.decimals, 0), 18)))"
    }

    /// What a row's current actual was judged on, as `(value, word)`: the target at its date, or
    /// the expected value on the trajectory there; `nil` when the actual was not judged.
    static func judgedOn(_ point: ScorecardPoint) -> (value: FixedDecimal, word: String)? {
        guard point.status != nil else { return nil }
        if let target = point.target { return (target, "target") }
        return point.expected.map { ($0, "expected") }
    }

    /// A row's final target: its last dated target, `nil` when it has none.
    static func finalTarget(of row: ScorecardRow) -> (value: FixedDecimal, date: FrameworkDate)? {
        row.points.last { $0.target != nil }.map { ($0.target!, $0.date) }
    }

    /// The published position in a few characters: `59/149 B, worse` (rank among all authorities
    /// with a figure, quartile band, and better or worse than the neighbours' statistic), or `nil`
    /// without a comparison.
    static func position(of entry: Row) -> String? {
        guard let comparison = entry.comparison else { return nil }
        var parts: [String] = []
        if let rank = comparison.rank { parts.append("\(rank)/\(comparison.rankOf)") }
        if let band = comparison.quartileBand { parts.append(band.rawValue) }
        var text = parts.joined(separator: " ")
        if let versus = comparison.versusNeighbours { text += (text.isEmpty ? "" : ", ") + versus.rawValue }
        return text.isEmpty ? "–" : text
    }

    /// The direction of travel of a row's latest actual: movement symbol and word.
    static func travel(of row: ScorecardRow) -> String {
        guard let latest = row.latest else { return "–" }
        let words = [latest.movement?.symbol, latest.direction?.rawValue].compactMap { $0 }
        return words.isEmpty ? "–" : words.joined(separator: " ")
    }

    /// The one-page summary at the top of the HTML report: a row per framework row with its RAG,
    /// the actual against the value it was judged on, the final target, direction of travel, the
    /// computed quarterly trend and the position against neighbours. Printed alone on page one.
    func summaryPage() -> String {
        let e = SVGCharts.escape
        var html = "<section class=\"onepage\" aria-labelledby=\"summary-heading\">\n"
            + "<h2 id=\"summary-heading\">Summary at \(scorecard.at)</h2>\n"
            + "<table class=\"onepage\">\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Indicator</th>"
            + "<th scope=\"col\">RAG</th><th scope=\"col\">Actual</th><th scope=\"col\">Judged on</th>"
            + "<th scope=\"col\">Final target</th><th scope=\"col\">Travel</th><th scope=\"col\">Computed trend</th>"
            + "<th scope=\"col\">Published position</th></tr></thead>\n<tbody>\n"
        for entry in rows {
            let row = entry.row
            let point = BoardReport.current(of: row, at: scorecard.at)
            let actual = point.map { point in
                point.actual.map { "\(BoardReport.shown($0, row)) <small>\(point.date)\(point.actualSource.map { ", \($0.rawValue)" } ?? "")</small>" }
                    ?? "no data <small>\(point.date)</small>"
            } ?? "–"
            let judged = point.flatMap(BoardReport.judgedOn).map { "\(BoardReport.shown($0.value, row)) <small>\($0.word)</small>" } ?? "–"
            let target = BoardReport.finalTarget(of: row).map { "\(BoardReport.shown($0.value, row)) <small>\($0.date)</small>" } ?? "–"
            let spark = SVGCharts.sparkline(BoardReport.sparkValues(of: entry), decimals: row.decimals,
                                            label: entry.linked.map { $0.id.rawValue } ?? row.id.rawValue) ?? ""
            let title = ReportText.truncate(row.title, to: 46)
            html += "<tr><th scope=\"row\">\(e(row.id.rawValue))</th><td title=\"\(e(row.title))\">\(e(title))</td>"
                + "<td>\(BoardReport.htmlBadge(row.rag))</td><td>\(actual)</td><td>\(judged)</td><td>\(target)</td>"
                + "<td>\(e(BoardReport.travel(of: row)))</td><td>\(spark)</td>"
                + "<td>\(e(BoardReport.position(of: entry) ?? "–"))</td></tr>\n"
        }
        let positionKey = comparisonYear.map { year in
            "Published position: the authority's published DfE figure for the year ending 31 March \(year): its rank among "
                + "all authorities with a figure (1 = best), quartile band (A = best), and better or worse than its "
                + "statistical neighbours' \(statistic.rawValue)."
        } ?? "No published position: no authority or published figures to compare."
        let demonstration = synthetic ? "Demonstration: computed actuals and trends come from synthetic records, not "
            + "\(SVGCharts.escape(authority?.name ?? "the authority"))'s data. " : ""
        return html + "</tbody>\n</table>\n<p class=\"key\">\(demonstration)Judged on: the target at the actual's date, else the expected "
            + "value on the trajectory there. Computed trend: the linked indicator computed from the returns at each "
            + "quarter end (rolling 12 months for flows, the snapshot on the day), never published figures; a gap is a "
            + "quarter the returns do not wholly hold. \(positionKey)</p>\n</section>\n"
    }

    /// The compact summary at the top of the text report: one indented line per framework row.
    func summaryLines() -> [String] {
        var table = TextTable(columns: ["id", "RAG", "actual", "judged on", "final target", "travel", "position"],
                              rightAligned: [])
        for entry in rows {
            let row = entry.row
            let point = BoardReport.current(of: row, at: scorecard.at)
            let actual = point.map { point in point.actual.map { "\($0) (\(point.date))" } ?? "no data (\(point.date))" } ?? "-"
            let judged = point.flatMap(BoardReport.judgedOn).map { "\($0.value) \($0.word)" } ?? "-"
            let target = BoardReport.finalTarget(of: row).map { "\($0.value) (\($0.date))" } ?? "-"
            table.add([row.id.rawValue, ReportText.badge(row.rag), actual, judged, target, BoardReport.travel(of: row),
                       BoardReport.position(of: entry) ?? "-"])
        }
        return ["", "SUMMARY (judged on: the target at the actual's date, else the expected value; position: published rank "
            + "among all authorities, 1 = best, quartile band, A = best, and against the neighbours)"]
            + table.lines.map { "  " + $0 }
    }
}
