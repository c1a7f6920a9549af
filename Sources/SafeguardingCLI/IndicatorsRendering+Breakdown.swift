import SafeguardingMetrics

extension IndicatorsRendering {
    /// An indicator's breakdown as JSON: `{"name","cells":[{"cell","count","share","numerator",
    /// "denominator","value","display","state","population"}]}`.
    ///
    /// `share` is the count's exact percentage of the cells' total count, as text like `value`
    /// (null when the total is 0); `population` is the cell's (null when it has none). A
    /// suppressed cell's count, share, numerator, denominator, value and display are all null.
    func breakdownJSON(_ cells: [BreakdownCell]) -> JSONValue {
        .object([
            ("name", .string(results.breakdown.rawValue)),
            ("cells", .array(cells.map(IndicatorsRendering.json))),
        ])
    }

    /// One breakdown cell as JSON (see ``breakdownJSON(_:)``).
    static func json(_ cell: BreakdownCell) -> JSONValue {
        let shown = cell.result.state != .suppressed
        var members: [(String, JSONValue)] = [
            ("cell", .string(cell.label)),
            ("count", shown ? .integer(cell.count) : .null),
            ("share", shown ? shareText(cell.share).map(JSONValue.number) ?? .null : .null),
        ]
        members += figures(cell.result)
        members += [
            ("state", .string(cell.result.state.rawValue)),
            ("population", .integer(cell.population?.population)),
        ]
        return .object(members)
    }

    /// A share as exact percentage text (`37.5`), or `nil` when the total is 0.
    static func shareText(_ share: Percentage) -> String? {
        guard !share.isUndefined else { return nil }
        return exactText(Rational(Int128(share.numerator) * 100, Int128(share.denominator)))
    }

    /// Per indicator of an area, a heading and a table of its cells: the count, the share of the
    /// total to one place, and the cell's own figure (`z` undefined, `c` suppressed, as in the
    /// area's table).
    func breakdownText(_ area: AreaResult) -> [String] {
        var lines: [String] = []
        for (result, cells) in zip(area.indicators, area.breakdowns) {
            lines += ["", "\(result.id.rawValue) by \(results.breakdown.rawValue.replacingOccurrences(of: "_", with: " ")):"]
            var table = TextTable(columns: ["cell", "count", "share", "value"], rightAligned: [1, 2, 3])
            for cell in cells {
                let shown = cell.result.state != .suppressed
                let share = cell.share.isUndefined ? "z" : cell.share.formatted(decimals: 1) + "%"
                table.add([cell.label, shown ? String(cell.count) : "c", shown ? share : "c",
                           cell.result.published.description])
            }
            lines += table.lines.map { "  " + $0 }
        }
        return lines
    }
}
