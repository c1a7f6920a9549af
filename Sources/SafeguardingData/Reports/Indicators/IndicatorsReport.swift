import SafeguardingMetrics

/// Computed indicators as a report: the `indicators` JSON of the command-line contract
/// (``IndicatorsDocument``), CSV with a row per authority and indicator, and a table per authority
/// for a terminal.
///
/// A suppressed figure shows none of its numbers (numerator, denominator, value and display are
/// all null or blank), so no small count can be read from it; a suppressed breakdown cell hides
/// its count and share too. The breakdown's parts (a `breakdown` member in JSON, the `breakdown`
/// and `cell` columns and cell rows in CSV, tables of cells in text) appear only when the results
/// have a breakdown, so without one the output is the contract's, unchanged.
///
/// ```swift
/// let results = try IndicatorComputation(request).compute()
/// let report = IndicatorsReport(results, directory: returns.directory)
/// print(report.json().rendered())
/// ```
public struct IndicatorsReport: Sendable, Hashable, Encodable {
    /// The results.
    public var results: IndicatorResults
    /// The authorities' names by code (an authority not here is named by its code).
    public var names: [String: String]

    /// A report of `results`, naming authorities from `names`.
    public init(_ results: IndicatorResults, names: [String: String]) {
        self.results = results
        self.names = names
    }

    /// A report of `results`, naming authorities from `directory`.
    public init(_ results: IndicatorResults, directory: LocalAuthorityDirectory) {
        var names: [String: String] = [:]
        for area in results.areas { names[area.authority] = directory[area.authority]?.name }
        self.init(results, names: names)
    }

    /// The name of the authority with `code`, or the code.
    public func name(of code: String) -> String { names[code] ?? code }

    /// The contract's document.
    public var document: IndicatorsDocument { IndicatorsDocument(results, names: names) }

    /// The contract's JSON document, keys in its order.
    public func json() -> JSONValue { document.json }

    /// Encodes the contract's document.
    public func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
    }

    /// An exact value as JSON number text: the exact decimal when it has at most 18 places
    /// (`66.000437`), else rounded half up to 12 places (``JSONNumber/init(_:)-(Rational)``).
    public static func exactText(_ value: Rational) -> String {
        JSONNumber(value).text
    }

    /// One CSV row per area and indicator (`period_start,period_end,la,name,population,id,numerator,
    /// denominator,value,display,unit,decimals,state,coverage`); coverage as `kind=count` pairs
    /// separated by `;`. With a breakdown, the columns `breakdown,cell` follow, and each total row
    /// (`cell` empty) is followed by a row per cell, whose `population` is the cell's. It is
    /// ``table()`` as CSV.
    public func csv() -> String {
        table().csv()
    }

    /// The rows of ``csv()`` as a table named `Indicators`: counts, values and displayed figures
    /// are numbers (a displayed figure at the indicator's precision), the rest text.
    public func table() -> ReportTable {
        let split = results.breakdown != .none
        var table = ReportTable(name: "Indicators", columns: [
            "period_start", "period_end", "la", "name", "population", "id", "numerator", "denominator", "value",
            "display", "unit", "decimals", "state", "coverage",
        ] + (split ? ["breakdown", "cell"] : []))
        for area in results.areas {
            for (index, result) in area.indicators.enumerated() {
                func row(_ figure: IndicatorResult, population: PopulationFigure?, cell: String?) -> [ReportCell] {
                    let shown = figure.state != .suppressed
                    return [ReportCell(results.period.start.description), ReportCell(results.period.end.description),
                            ReportCell(area.authority), ReportCell(name(of: area.authority)),
                            ReportCell(population.map(\.population)), ReportCell(result.id.rawValue),
                            shown ? ReportCell(figure.numerator) : .blank, shown ? ReportCell(figure.denominator) : .blank,
                            shown ? ReportCell(number: figure.exact.map(IndicatorsReport.exactText)) : .blank,
                            shown ? ReportCell(number: figure.display?.description) : .blank,
                            ReportCell(result.indicator.unit.rawValue), ReportCell(result.indicator.decimals),
                            ReportCell(figure.state.rawValue),
                            ReportCell(figure.coverage.map { "\($0.kind.rawValue)=\($0.count)" }.joined(separator: ";"))]
                        + (split ? [ReportCell(results.breakdown.rawValue), ReportCell(cell)] : [])
                }
                table.append(row(result, population: area.population, cell: nil))
                guard split, index < area.breakdowns.count else { continue }
                for cell in area.breakdowns[index] {
                    table.append(row(cell.result, population: cell.population, cell: cell.label))
                }
            }
        }
        return table
    }

    /// The tables of a spreadsheet: ``table()``, then the definitions of the indicators it has
    /// (``IndicatorList/table()``).
    public func tables() -> [ReportTable] {
        var seen = Set<IndicatorID>()
        let indicators = results.areas.flatMap { $0.indicators.map(\.indicator) }.filter { seen.insert($0.id).inserted }
        return [table(), IndicatorList(IndicatorCatalogue(indicators)).table()]
    }

    /// Per area a heading and a table: the published figure (`z` undefined, `c` suppressed), the
    /// numerator and denominator, and what could not be classified; with a breakdown, a table of
    /// cells per indicator.
    public func text() -> String {
        var lines = ["Indicators for \(results.period) (both days included); figures rounded half up at the "
            + "published precision, z = undefined (zero denominator), c = suppressed."]
        for area in results.areas {
            lines.append("")
            var heading = "\(name(of: area.authority)) (\(area.authority))"
            if let population = area.population {
                heading += ": \(population.population) children aged 0-17 (mid-\(population.midYear), \(population.vintage))"
            }
            lines.append(heading)
            var table = TextTable(columns: ["id", "indicator", "value", "unit", "numerator", "denominator", "not classified"],
                                  rightAligned: [2, 4, 5])
            for result in area.indicators {
                let shown = result.state != .suppressed
                table.add([result.id.rawValue, ReportText.truncate(result.indicator.title, to: 48),
                           result.published.description, ReportText.shortUnit(result.indicator.unit),
                           shown ? String(result.numerator) : "c", shown ? String(result.denominator) : "c",
                           result.coverage.map { "\($0.count) \($0.kind.rawValue.replacingOccurrences(of: "_", with: " "))" }
                               .joined(separator: ", ")])
            }
            lines += table.lines
            if results.breakdown != .none { lines += breakdownText(area) }
        }
        return lines.joined(separator: "\n") + "\n"
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
