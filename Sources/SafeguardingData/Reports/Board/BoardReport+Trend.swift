import SafeguardingMetrics

extension BoardReport {
    /// The trend lines of a row's card: the linked indicator computed from the returns at each
    /// quarter end, and its published history for the authority, its neighbours and England, each
    /// a line of its own with a legend that says computed or published.
    func trendLines(of entry: Row) -> [SVGCharts.TrendLine] {
        var lines: [SVGCharts.TrendLine] = []
        if let series = entry.series {
            let source = synthetic ? "synthetic records" : "the returns"
            lines.append(SVGCharts.TrendLine(
                points: series.points.map { ($0.period.end, $0.state == .ok ? $0.value?.doubleValue : nil) },
                style: "computed", marker: .circle, legend: "Computed from \(source) at each quarter end"))
        }
        if let history = entry.history {
            lines.append(SVGCharts.TrendLine(points: history.points.map { ($0.day, $0.authority?.doubleValue) },
                                             style: "published-authority", marker: .square,
                                             legend: "Published (LAIT): \(history.authority.name)"))
            lines.append(SVGCharts.TrendLine(points: history.points.map { ($0.day, $0.neighbours?.doubleValue) },
                                             style: "published-neighbours", marker: .none,
                                             legend: "Published: statistical neighbours' \(history.statistic.rawValue)"))
            lines.append(SVGCharts.TrendLine(points: history.points.map { ($0.day, $0.england?.doubleValue) },
                                             style: "published-england", marker: .diamond, legend: "Published: England"))
        }
        return lines
    }

    /// A row's trend in its card: the chart (``SVGCharts/trend(_:id:title:percentage:decimals:)``) and a
    /// table of the same numbers by year ending 31 March, computed quarter ends in columns of
    /// their own apart from the published ones. Empty when the row has neither.
    func trendFigure(_ entry: Row) -> String {
        let e = SVGCharts.escape
        guard let indicator = entry.linked,
              let chart = SVGCharts.trend(trendLines(of: entry), id: entry.row.id.rawValue,
                                          title: "\(indicator.id) over time: computed quarterly and published yearly",
                                          percentage: indicator.unit == .percentage, decimals: indicator.decimals) else { return "" }
        var html = "<figure>\(chart)<figcaption>\(e(indicator.id.rawValue)) over time (\(e(indicator.unit.displayName))): "
            + "computed and published figures are separate lines</figcaption></figure>\n"
        // The table: one row per year ending 31 March with any value.
        let computed = entry.series.map { series in
            series.points.compactMap { point -> (year: Int, quarter: Int, value: String)? in
                let day = point.period.end
                guard let quarter = [6: 0, 9: 1, 12: 2, 3: 3][day.month] else { return nil }
                let value = point.value.map { "\($0)" + (point.state == .partial ? " (part)" : "") }
                    ?? (point.state == .notCovered ? "" : point.state.rawValue)
                return (day.month >= 4 ? day.year + 1 : day.year, quarter, value)
            }.filter { !$0.value.isEmpty }
        } ?? []
        let history = entry.history
        let years = Set(computed.map(\.year) + (history?.points.map(\.year) ?? [])).sorted()
        guard !years.isEmpty else { return html }
        html += "<table class=\"trend\">\n<caption>\(e(indicator.id.rawValue)) by year ending 31 March</caption>\n<thead>"
        var groups = "<tr><td></td>", heads = "<tr><th scope=\"col\">Year</th>"
        if entry.series != nil {
            groups += "<th scope=\"colgroup\" colspan=\"4\" class=\"computed\">Computed from \(synthetic ? "synthetic records" : "the returns")</th>"
            heads += ["30 Jun", "30 Sep", "31 Dec", "31 Mar"].map { "<th scope=\"col\" class=\"computed\">\($0)</th>" }.joined()
        }
        if let history {
            groups += "<th scope=\"colgroup\" colspan=\"3\">Published (LAIT \(e(history.measure)))</th>"
            heads += "<th scope=\"col\">\(e(history.authority.name))</th><th scope=\"col\">Neighbours' \(history.statistic.rawValue)</th>"
                + "<th scope=\"col\">England</th>"
        }
        html += groups + "</tr>\n" + heads + "</tr></thead>\n<tbody>\n"
        for year in years {
            html += "<tr><th scope=\"row\">\(year)</th>"
            if entry.series != nil {
                for quarter in 0..<4 {
                    let value = computed.first { $0.year == year && $0.quarter == quarter }?.value ?? "–"
                    html += "<td class=\"computed\">\(e(value))</td>"
                }
            }
            if let history {
                let point = history.points.first { $0.year == year }
                for value in [point?.authority, point?.neighbours, point?.england] {
                    html += "<td>\(value.map { "\($0)" } ?? "–")</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
