import SafeguardingMetrics

extension BoardReport {
    /// The report as one self-contained HTML page: no script, no external file, printable on A4.
    /// Per outcome a summary table; per indicator with values a trajectory chart and a comparison
    /// chart (inline SVG) with tables of the same numbers. RAG is a word and a shape as well as a colour.
    public func html() -> String { html(paper: .a4) }

    /// The report as one self-contained HTML page (see ``html()``), printed on `paper`: the
    /// one-page summary on page one, each outcome from a new page, no table row split across pages.
    public func html(paper: Paper) -> String {
        let e = SVGCharts.escape
        var title = "\(scorecard.name): scorecard at \(scorecard.at)"
        if let authority { title += ", \(authority.name)" }
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>\(BoardReport.styleSheet)
            \(BoardReport.printStyle(paper))</style>
            </head>
            <body>
            \(SVGCharts.definitions)
            <header>
            <h1>\(e(title))</h1>

            """
        page += summaryPage()
        page += "<p>Framework version \(e(scorecard.version)). Actuals: \(e(actualsSource)).</p>\n"
        for line in links.headerLines { page += "<p class=\"links\">\(e(line)).</p>\n" }
        if synthetic {
            page += "<p class=\"demonstration\"><strong>Demonstration:</strong> computed actuals come from synthetic "
                + "records, not \(e(authority?.name ?? "the authority"))'s data; typed-in actuals and comparisons are the "
                + "published figures.</p>\n"
        }
        if let comparisonYear, let authority {
            page += "<p>Comparisons: published DfE figures for the year ending 31 March \(comparisonYear); "
                + "\(e(authority.name))'s \(e(neighbourSetVersion)) statistical neighbours "
                + "(\(statistic.rawValue) of their values), \(e(authority.regionName)) and England. Rank 1 = best.</p>\n"
        }
        if suppressed { page += "<p>Figures with counts of 1 to 5 are suppressed and shown as <abbr title=\"confidential\">c</abbr>.</p>\n" }
        let counts = scorecard.ragCounts
        page += "<ul class=\"rag-summary\" aria-label=\"RAG ratings\">"
            + RAGRating.allCases.map { "<li>\(BoardReport.htmlBadge($0)) \(counts[$0, default: 0])</li>" }.joined()
            + "</ul>\n<p class=\"key\">Key: ● green, met or better than target; ▲ amber, missed but not worse than the "
            + "baseline; ■ red, missed and worse than the baseline; ○ grey, no target, actual or polarity. "
            + "Charts: ■ baseline, ◇ target, ● actual, dashed line the expected path, dotted line the scorecard date; "
            + "hatched bar the authority, dotted bar England, dashed line the neighbours' statistic. Trends over time: the "
            + "indicator computed from the returns at each quarter end (blue circles) and the figures LAIT published for "
            + "the authority (black squares), its neighbours (dashed) and England (dotted diamonds), each a line of its "
            + "own: a computed and a published figure are never joined.</p>\n</header>\n<main>\n"
        for (outcome, rows) in outcomes {
            page += "<section>\n<h2>\(e(outcome))</h2>\n" + summaryTable(rows)
            for entry in rows where entry.row.baseline != nil || !entry.row.points.isEmpty {
                page += indicatorArticle(entry)
            }
            page += "</section>\n"
        }
        return page + "</main>\n</body>\n</html>\n"
    }

    /// A RAG rating as an HTML badge: shape, word and colour.
    static func htmlBadge(_ rating: RAGRating) -> String {
        let (shape, word) = switch rating {
        case .green: ("●", "Green")
        case .amber: ("▲", "Amber")
        case .red: ("■", "Red")
        case .grey: ("○", "Grey")
        }
        return "<span class=\"badge \(rating.rawValue)\"><span aria-hidden=\"true\">\(shape)</span> \(word)</span>"
    }

    private func summaryTable(_ rows: [Row]) -> String {
        let e = SVGCharts.escape
        var html = "<table class=\"summary\">\n<caption>Indicators at \(scorecard.at)</caption>\n<thead><tr>"
            + "<th scope=\"col\">Id</th><th scope=\"col\">Indicator</th><th scope=\"col\">Baseline</th>"
            + "<th scope=\"col\">Target</th><th scope=\"col\">Actual</th><th scope=\"col\">Status</th>"
            + "<th scope=\"col\">RAG</th><th scope=\"col\">Travel</th><th scope=\"col\">Neighbours</th></tr></thead>\n<tbody>\n"
        for entry in rows {
            let row = entry.row, latest = row.latest
            let target = BoardReport.target(of: row, at: scorecard.at)
            let unit = ReportText.shortUnit(row.unit)
            var travel = latest?.travel ?? ""
            if let direction = latest?.direction { travel += " (\(direction.rawValue))" }
            let neighbours = entry.comparison.map { "\($0.authority.name) published " + ComparisonReport.summary($0) } ?? entry.comparisonNote.map { "none: \($0)" } ?? ""
            html += "<tr><th scope=\"row\">\(e(row.id.rawValue))</th><td>\(e(row.title)) <span class=\"unit\">(\(e(unit)))</span></td>"
                + "<td>\(row.baseline.map { "\(BoardReport.shown($0.value, row)) <small>\($0.date)</small>" } ?? "–")</td>"
                + "<td>\(target.map { "\(BoardReport.shown($0.value, row)) <small>\($0.date)</small>" } ?? "–")</td>"
                + "<td>\(BoardReport.htmlActual(of: row, at: scorecard.at))</td>"
                + "<td>\(latest?.status?.rawValue ?? "–")</td><td>\(BoardReport.htmlBadge(row.rag))</td>"
                + "<td>\(e(travel))</td><td class=\"neighbours\">\(e(neighbours))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// A row's current actual for the summary table: the value with its date, source and any note on
    /// its period (`annualised from 275 days`), or `no data`, or a dash.
    static func htmlActual(of row: ScorecardRow, at date: FrameworkDate) -> String {
        guard let point = current(of: row, at: date) else { return "–" }
        guard let actual = point.actual else { return "no data <small>\(point.date)</small>" }
        let note = point.periodNote.map { ", " + SVGCharts.escape($0) } ?? ""
        return "\(shown(actual, row)) <small>\(point.date), \(point.actualSource?.rawValue ?? "")\(note)</small>"
    }

    private func indicatorArticle(_ entry: Row) -> String {
        let e = SVGCharts.escape
        let row = entry.row
        var html = "<article>\n<h3>\(e(row.id.rawValue)) \(e(row.title)) \(BoardReport.htmlBadge(row.rag))</h3>\n"
        let better = row.polarity == .none ? "no better direction" : "\(row.polarity.rawValue) is better"
        let expected = BoardReport.shown(row.expectedAt.value, row)
        let measures = entry.linked.map { "; measures \($0.id)" } ?? ""
        html += "<p class=\"meta\">\(e(row.unit.displayName)); \(better); expected at \(scorecard.at): \(expected)\(measures)</p>\n"
        if let command = entry.explainCommand {
            html += "<p class=\"meta\">The children behind the latest computed figure (personal data, for authorised staff): "
                + "<code>\(e(command))</code>"
                + (command.contains(" \(BoardReport.returnsPlaceholder) ") ? ", with DIR the returns it was computed from.</p>\n" : ".</p>\n")
        }
        html += "<div class=\"body\">\n<div class=\"charts\">\n"
        if let chart = SVGCharts.trajectory(row, at: scorecard.at) {
            html += "<figure>\(chart)<figcaption>Trajectory: baseline, targets, actuals and expected path</figcaption></figure>\n"
        }
        if let comparison = entry.comparison {
            html += "<figure>\(SVGCharts.comparison(comparison, rowID: row.id))<figcaption>Published figures: "
                + "\(e(comparison.indicator.rawValue)), year ending 31 March \(comparison.year)</figcaption></figure>\n"
        }
        html += trendFigure(entry)
        html += "</div>\n<div class=\"tables\">\n<table>\n<caption>Values of \(e(row.id.rawValue)) by date</caption>\n"
            + "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Target</th><th scope=\"col\">Actual</th>"
            + "<th scope=\"col\">Expected</th><th scope=\"col\">Status</th><th scope=\"col\">RAG</th></tr></thead>\n<tbody>\n"
        if let baseline = row.baseline {
            html += "<tr><th scope=\"row\">\(baseline.date) (baseline)</th><td colspan=\"2\">\(BoardReport.shown(baseline.value, row)) (baseline)</td>"
                + "<td>–</td><td>–</td><td>–</td></tr>\n"
        }
        // Dates with nothing to show (no target, actual or expected value) are left out.
        for point in row.points where point.target != nil || point.actual != nil || point.expected != nil || point.noData {
            // The actual says whether it was computed or typed in (a published figure is never beside it unnamed).
            var actual = point.noData ? "no data" : "–"
            if let value = point.actual {
                let note = point.periodNote.map { ", " + SVGCharts.escape($0) } ?? ""
                actual = BoardReport.shown(value, row) + " <small>\(point.actualSource?.rawValue ?? "")\(note)</small>"
            }
            html += "<tr><th scope=\"row\">\(point.date)</th><td>\(BoardReport.shown(point.target, row))</td>"
                + "<td>\(actual)</td><td>\(BoardReport.shown(point.expected, row))</td>"
                + "<td>\(point.status?.rawValue ?? "–")</td><td>\(point.actual == nil ? "–" : BoardReport.htmlBadge(point.rag))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if let c = entry.comparison {
            html += "<table>\n<caption>Published: \(e(c.indicator.rawValue)), \(c.year)</caption>\n<thead><tr><th scope=\"col\">Area</th>"
                + "<th scope=\"col\">Value</th></tr></thead>\n<tbody>\n"
                + "<tr class=\"self\"><th scope=\"row\">\(e(c.authority.name)) (published)</th><td>\(e(ComparisonReport.text(c.value, decimals: c.decimals)))</td></tr>\n"
            for neighbour in c.neighbours {
                let closeness: String = neighbour.closeness.map { " <small>\(ComparisonReport.closeness($0))</small>" } ?? ""
                let value: String = e(ComparisonReport.text(neighbour.value, decimals: c.decimals))
                html += "<tr><th scope=\"row\">\(neighbour.rank). \(e(neighbour.authority.name))\(closeness)</th>"
                html += "<td>\(value)</td></tr>\n"
            }
            html += "<tr><th scope=\"row\">Neighbours' \(c.comparator.statistic.rawValue) (\(c.comparator.neighboursWithValue) of "
                + "\(c.comparator.neighbourCount))</th><td>\(c.displayedComparator.map { "\($0)" } ?? "–")</td></tr>\n"
            if let region = c.region {
                html += "<tr><th scope=\"row\">\(e(region.name))</th><td>"
                    + "\(c.displayed(region).map { "\($0)" } ?? "–")</td></tr>\n"
            }
            html += "<tr><th scope=\"row\">England</th><td>"
                + "\(c.displayed(c.england).map { "\($0)" } ?? "–")</td></tr>\n"
            var position: [String] = []
            if let rank = c.rank { position.append("rank \(rank) of \(c.rankOf)") }
            if let band = c.quartileBand { position.append("quartile band \(band.rawValue)") }
            if !position.isEmpty {
                html += "<tr><th scope=\"row\">Position</th><td>\(position.joined(separator: ", "))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        } else if let note = entry.comparisonNote {
            html += "<p class=\"note\">No comparison: \(e(note)).</p>\n"
        }
        let warnings = row.issues.filter { $0.severity >= .warning }
        if !warnings.isEmpty {
            html += "<ul class=\"issues\">" + warnings.map { "<li>\(e($0.message))</li>" }.joined() + "</ul>\n"
        }
        return html + "</div>\n</div>\n</article>\n"
    }

    /// The page's styles: screen and print.
    static let styleSheet = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;margin:0 auto;max-width:1180px;padding:16px 24px}
        h1{font-size:22px;margin:0 0 6px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1d4f91;padding-bottom:4px}
        h3{font-size:15px;margin:0 0 4px}p{margin:4px 0}.key,.meta,.note{color:#444;font-size:12.5px}
        table{border-collapse:collapse;margin:6px 0 10px;font-size:12.5px}caption{text-align:left;font-weight:600;padding:2px 0}
        th,td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}thead th{background:#f1f3f6}
        table.summary{width:100%}td.neighbours{font-size:11.5px;color:#333}.unit,small{color:#555}
        .badge{display:inline-block;border-radius:3px;padding:0 6px;font-weight:600;font-size:12px;border:1px solid;white-space:nowrap}
        .badge.green{color:#0b5d1e;background:#e3f4e8}.badge.amber{color:#7a3e00;background:#fff1dc}
        .badge.red{color:#9b0018;background:#fde6ea}.badge.grey{color:#4a4a4a;background:#f0f0f0}
        ul.rag-summary{list-style:none;padding:0;display:flex;gap:14px;margin:8px 0}
        article{border:1px solid #d5d9e0;border-radius:6px;padding:10px 14px;margin:12px 0;break-inside:avoid}
        .body{display:flex;flex-wrap:wrap;gap:4px 24px;align-items:flex-start}.charts{display:flex;flex-wrap:wrap;gap:16px}
        .tables{display:flex;flex-wrap:wrap;gap:0 24px;align-items:flex-start}table.summary th[scope=row],small{white-space:nowrap}
        figure{margin:4px 0}figcaption{font-size:11.5px;color:#444}
        svg.chart text{font:10.5px system-ui,sans-serif;fill:#222}.axis{stroke:#888}.now{stroke:#555;stroke-dasharray:2 3}
        .expected{fill:none;stroke:#6b6b6b;stroke-width:1.5;stroke-dasharray:6 4}.actual-line{fill:none;stroke:#1d4f91;stroke-width:2}
        .target{fill:#fff;stroke:#1a1a1a;stroke-width:1.5}.actual{fill:#1d4f91;stroke:#fff}.baseline{fill:#1a1a1a}
        .bar.neighbour{fill:#9aa5b4}.bar.authority{fill:url(#hatch);stroke:#1d4f91}.bar.england{fill:url(#dots)}
        .label.authority,.label.england{font-weight:700}.comparator{stroke:#b00020;stroke-width:1.5;stroke-dasharray:5 3}
        svg.chart text.value{paint-order:stroke;stroke:#fff;stroke-width:3px}.value.missing{fill:#666;font-style:italic}.issues{font-size:12px;color:#7a3e00;margin:4px 0;padding-left:18px}
        tr.self th,tr.self td{font-weight:700}
        table.onepage{width:100%;font-size:11.5px;margin:2px 0 4px}table.onepage th,table.onepage td{padding:1px 5px;vertical-align:middle}
        table.onepage td:first-of-type{max-width:300px}table.onepage small{font-size:10px}table.onepage .badge{font-size:10.5px}
        .grid{stroke:#e6e6e6}svg.chart text.legend{font-size:10px}.trend-line{fill:none;stroke-width:1.6}
        .trend-line.computed{stroke:#1d4f91;stroke-width:2}.mark.computed{fill:#1d4f91;stroke:#fff}
        .trend-line.published-authority{stroke:#1a1a1a}.mark.published-authority{fill:#1a1a1a}
        .trend-line.published-neighbours{stroke:#b00020;stroke-dasharray:5 3}
        .trend-line.published-england{stroke:#555;stroke-dasharray:1.5 2.5}.mark.published-england{fill:#fff;stroke:#555;stroke-width:1.2}
        table.trend td,table.trend th{padding:1px 6px;text-align:right}table.trend th[scope=row]{text-align:left}
        table.trend .computed{background:#eef3fa}
        svg.spark{display:block}.spark-line{fill:none;stroke:#1d4f91;stroke-width:1.3}.spark-last{fill:#1d4f91}
        @media print{body{max-width:none;padding:0;font-size:11px}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        section{break-before:auto}h2{break-after:avoid}tr{page-break-inside:avoid;break-inside:avoid}
        section.onepage{break-after:page;page-break-after:always}section.onepage h2{margin:2px 0 2px;font-size:13px}
        h1{font-size:16px;margin:0}table.onepage{font-size:10px;line-height:1.25}table.onepage th,table.onepage td{padding:1px 4px}
        table.onepage small{font-size:8.5px}table.onepage .badge{font-size:9px;padding:0 3px}section.onepage .key{font-size:9px}
        svg.spark{width:60px;height:13px}}
        """
}
