import SafeguardingMetrics

/// The `indicators` results in the tool's formats.
///
/// A suppressed figure shows none of its numbers (numerator, denominator, value and display are
/// all null or blank), so no small count can be read from it.
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
                    ("indicators", .array(area.indicators.map(IndicatorsRendering.json))),
                ])
            })),
        ])
    }

    /// One result as the contract's object.
    static func json(_ result: IndicatorResult) -> JSONValue {
        let shown = result.state != .suppressed
        return .object([
            ("id", .string(result.id.rawValue)),
            ("numerator", shown ? .integer(result.numerator) : .null),
            ("denominator", shown ? .integer(result.denominator) : .null),
            ("value", shown ? result.exact.map { .number(exactText($0)) } ?? .null : .null),
            ("display", shown ? .text(result.display?.description) : .null),
            ("unit", .string(result.indicator.unit.rawValue)),
            ("decimals", .integer(result.indicator.decimals)),
            ("state", .string(result.state.rawValue)),
            ("coverage", .object(result.coverage.map { ($0.kind.rawValue, .integer($0.count)) })),
        ])
    }

    /// One CSV row per area and indicator; coverage as `kind=count` pairs separated by `;`.
    func csv() -> String {
        var csv = CSVText(header: ["period_start", "period_end", "la", "name", "population", "id", "numerator",
                                   "denominator", "value", "display", "unit", "decimals", "state", "coverage"])
        for area in results.areas {
            for result in area.indicators {
                let shown = result.state != .suppressed
                csv.append([results.period.start.description, results.period.end.description, area.authority,
                            names(area.authority), area.population.map { String($0.population) }, result.id.rawValue,
                            shown ? String(result.numerator) : nil, shown ? String(result.denominator) : nil,
                            shown ? result.exact.map(IndicatorsRendering.exactText) : nil,
                            shown ? result.display?.description : nil, result.indicator.unit.rawValue,
                            String(result.indicator.decimals), result.state.rawValue,
                            result.coverage.map { "\($0.kind.rawValue)=\($0.count)" }.joined(separator: ";")])
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
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
