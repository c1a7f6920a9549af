import SafeguardingMetrics

/// The `indicators` results in the tool's formats.
///
/// A suppressed figure shows none of its numbers (numerator, denominator, value and display are
/// all null or blank), so no small count can be read from it; a suppressed breakdown cell hides
/// its count and share too. The breakdown's parts (a `breakdown` member in JSON, the `breakdown`
/// and `cell` columns and cell rows in CSV, tables of cells in text) appear only when the results
/// have a breakdown, so without one the output is the contract's, unchanged.
struct IndicatorsRendering {
    /// The results.
    var results: IndicatorResults
    /// An authority's name from its code.
    var names: (String) -> String

    /// The places an exact value that is not a short decimal is rounded to (half up).
    static let valuePlaces = 12

    /// The exact value as JSON number text: the exact decimal when it has at most 18 places
    /// (`66.000437`), else rounded half up to ``valuePlaces`` places.
    static func exactText(_ value: Rational) -> String {
        let exact = value.description
        return exact.contains("/") ? value.rounded(toDecimals: valuePlaces).description : exact
    }

    /// The contract's JSON document.
    func json() -> JSONValue {
        .object([
            ("period", .object([("start", .string(results.period.start.description)),
                                ("end", .string(results.period.end.description))])),
            ("areas", .array(results.areas.map { area in
                .object([
                    ("la", .string(area.authority)),
                    ("name", .string(names(area.authority))),
                    ("population", .integer(area.population?.population)),
                    ("indicators", .array(area.indicators.indices.map { json(area, indicator: $0) })),
                ])
            })),
        ])
    }

    /// One result of an area as the contract's object, with its `breakdown` when the results have one.
    func json(_ area: AreaResult, indicator index: Int) -> JSONValue {
        let result = area.indicators[index]
        var members: [(String, JSONValue)] = [("id", .string(result.id.rawValue))]
        members += IndicatorsRendering.figures(result)
        members += [
            ("unit", .string(result.indicator.unit.rawValue)),
            ("decimals", .integer(result.indicator.decimals)),
            ("state", .string(result.state.rawValue)),
            ("coverage", .object(result.coverage.map { ($0.kind.rawValue, .integer($0.count)) })),
        ]
        if results.breakdown != .none, index < area.breakdowns.count {
            members.append(("breakdown", breakdownJSON(area.breakdowns[index])))
        }
        return .object(members)
    }

    /// A result's numerator, denominator, exact value and display value: all null when suppressed.
    static func figures(_ result: IndicatorResult) -> [(String, JSONValue)] {
        let shown = result.state != .suppressed
        return [
            ("numerator", shown ? .integer(result.numerator) : .null),
            ("denominator", shown ? .integer(result.denominator) : .null),
            ("value", shown ? result.exact.map { .number(exactText($0)) } ?? .null : .null),
            ("display", shown ? .text(result.display?.description) : .null),
        ]
    }

    /// One CSV row per area and indicator; coverage as `kind=count` pairs separated by `;`. With a
    /// breakdown, the columns `breakdown,cell` follow, and each total row (`cell` empty) is followed
    /// by a row per cell, whose `population` is the cell's.
    func csv() -> String {
        let split = results.breakdown != .none
        var csv = CSVText(header: ["period_start", "period_end", "la", "name", "population", "id", "numerator",
                                   "denominator", "value", "display", "unit", "decimals", "state", "coverage"]
                          + (split ? ["breakdown", "cell"] : []))
        for area in results.areas {
            for (index, result) in area.indicators.enumerated() {
                func row(_ figure: IndicatorResult, population: PopulationFigure?, cell: String?) -> [String?] {
                    let shown = figure.state != .suppressed
                    return [results.period.start.description, results.period.end.description, area.authority,
                            names(area.authority), population.map { String($0.population) }, result.id.rawValue,
                            shown ? String(figure.numerator) : nil, shown ? String(figure.denominator) : nil,
                            shown ? figure.exact.map(IndicatorsRendering.exactText) : nil,
                            shown ? figure.display?.description : nil, result.indicator.unit.rawValue,
                            String(result.indicator.decimals), figure.state.rawValue,
                            figure.coverage.map { "\($0.kind.rawValue)=\($0.count)" }.joined(separator: ";")]
                        + (split ? [results.breakdown.rawValue, cell] : [])
                }
                csv.append(row(result, population: area.population, cell: nil))
                guard split, index < area.breakdowns.count else { continue }
                for cell in area.breakdowns[index] {
                    csv.append(row(cell.result, population: cell.population, cell: cell.label))
                }
            }
        }
        return csv.text
    }

    /// Per area a heading and a table: the published figure (`z` undefined, `c` suppressed), the
    /// numerator and denominator, and what could not be classified.
    func text() -> String {
        var lines = ["Indicators for \(results.period) (both days included); figures rounded half up at the "
            + "published precision, z = undefined (zero denominator), c = suppressed."]
        for area in results.areas {
            lines.append("")
            var heading = "\(names(area.authority)) (\(area.authority))"
            if let population = area.population {
                heading += ": \(population.population) children aged 0-17 (mid-\(population.midYear), \(population.vintage))"
            }
            lines.append(heading)
            var table = TextTable(columns: ["id", "indicator", "value", "unit", "numerator", "denominator", "not classified"],
                                  rightAligned: [2, 4, 5])
            for result in area.indicators {
                let shown = result.state != .suppressed
                table.add([result.id.rawValue, BoardReport.truncate(result.indicator.title, to: 48),
                           result.published.description, BoardReport.shortUnit(result.indicator.unit),
                           shown ? String(result.numerator) : "c", shown ? String(result.denominator) : "c",
                           result.coverage.map { "\($0.count) \($0.kind.rawValue.replacingOccurrences(of: "_", with: " "))" }
                               .joined(separator: ", ")])
            }
            lines += table.lines
            if results.breakdown != .none { lines += breakdownText(area) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
