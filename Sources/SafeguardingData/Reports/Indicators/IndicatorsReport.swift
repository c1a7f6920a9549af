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
    /// (`cell` empty) is followed by a row per cell, whose `population` is the cell's. Last come
    /// `basis,basis_days,covered_days,population_year`: the period's length against 12 months, the
    /// days of it the returns hold, and a rate's population mid-year. A figure whose period the
    /// returns do not hold (`not_covered`) shows none of its numbers. It is
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
        ] + (split ? ["breakdown", "cell"] : []) + ["basis", "basis_days", "covered_days", "population_year"])
        for area in results.areas {
            for (index, result) in area.indicators.enumerated() {
                func row(_ figure: IndicatorResult, population: PopulationFigure?, cell: String?) -> [ReportCell] {
                    let shown = figure.state != .suppressed && figure.state != .notCovered
                    let basis: PeriodBasis? = figure.basis
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
                        + [ReportCell(basis?.kind.rawValue), ReportCell(basis?.days), ReportCell(figure.coveredDays),
                           ReportCell(figure.populationYear)]
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

    /// Per area a heading and a table: the published figure (`z` undefined, `c` suppressed, `no data`
    /// when the returns hold none of the period), the numerator and denominator, and what could not be
    /// classified; a column `period held` when the returns hold only part of the period for some
    /// figure; with a breakdown, a table of cells per indicator. The heading says the period's basis
    /// and, for rates, the population's mid-year, and warns when it is not the one the period pairs with.
    public func text() -> String {
        let basis = results.period.basis
        var lines = ["Indicators for \(results.period) (both days included, \(basis.days) days, "
            + (basis.isTwelveMonths ? "12 months" : basis.kind == .partYear ? "part year: flows count these days only, not annualised"
                : "over 12 months: flows count every day, not annualised")
            + "); figures rounded half up at the published precision, z = undefined (zero denominator), c = suppressed."]
        for area in results.areas {
            lines.append("")
            var heading = "\(name(of: area.authority)) (\(area.authority))"
            if let population = area.population {
                heading += ": \(population.population) children aged 0-17 (mid-\(population.midYear), \(population.vintage))"
                if let warning = population.fallbackWarning { heading += "\n  warning: " + warning }
            }
            lines.append(heading)
            let held = area.indicators.contains { $0.state == .partial || $0.state == .notCovered }
            var table = TextTable(columns: ["id", "indicator", "value", "unit", "numerator", "denominator", "not classified"]
                                      + (held ? ["period held"] : []),
                                  rightAligned: [2, 4, 5])
            for result in area.indicators {
                let hidden = result.state == .suppressed ? "c" : result.state == .notCovered ? "-" : nil
                table.add([result.id.rawValue, ReportText.truncate(result.indicator.title, to: 48),
                           result.state == .notCovered ? "no data" : result.published.description,
                           ReportText.shortUnit(result.indicator.unit),
                           hidden ?? String(result.numerator), hidden ?? String(result.denominator),
                           result.coverage.map { "\($0.count) \($0.kind.rawValue.replacingOccurrences(of: "_", with: " "))" }
                               .joined(separator: ", ")]
                          + (held ? [IndicatorsReport.held(result)] : []))
            }
            lines += table.lines
            if results.breakdown != .none { lines += breakdownText(area) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How much of the period the returns hold for a figure, in words: `all`, `90 of 275 days`, `none`.
    static func held(_ result: IndicatorResult) -> String {
        guard let covered = result.coveredDays, let days = result.basis?.days else { return "" }
        return covered == 0 ? "none" : covered >= days ? "all" : "\(covered) of \(days) days"
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
                let shown = cell.result.state != .suppressed && cell.result.state != .notCovered
                let share = cell.share.isUndefined ? "z" : cell.share.formatted(decimals: 1) + "%"
                table.add([cell.label, shown ? String(cell.count) : "c", shown ? share : "c",
                           cell.result.published.description])
            }
            lines += table.lines.map { "  " + $0 }
        }
        return lines
    }
}
