import ArgumentParser
import SafeguardingData
import SafeguardingSpreadsheet

/// `compare`: a local authority against its statistical neighbours, region and England, from
/// published data.
struct CompareCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a local authority with its statistical neighbours, its region and England.",
        discussion: """
            Uses the bundled published DfE figures (years ending 31 March 2024 and 2025) and the \
            bundled 2025 statistical neighbours, or the files given with --published and --neighbours. The neighbours' statistic is named on the result: \
            mean (of published values, as LAIT), median (as the DfE outcomes dashboard) or pooled \
            (sum of numerators over sum of denominators). Ranks: 1 = best; quartile band A = best.

            --all ranks every authority with a published figure for the --indicator, best first \
            (CSV: indicator,year,rank,rank_of,la,name,region,value,quartile_band, then England). \
            --la without --indicator shows the authority on every indicator the published figures \
            have for the year, LAIT's "LA level" view (CSV: la,name,year,indicator,title,unit,value, \
            neighbour_statistic,neighbour_value,region,england,rank,rank_of,quartile_band).

            Example:
              safeguarding-metrics compare --indicator cla.rate --la E06000009 --year 2025
              safeguarding-metrics compare --indicator cla.rate --all --year 2025
              safeguarding-metrics compare --la Blackpool --year 2025 --format xlsx --output blackpool.xlsx
              safeguarding-metrics compare --indicator referrals.repeat_within_12_months.percent --la 890 \\
                --year 2024 --statistic median --format json
            """)

    @Option(help: ArgumentHelp("The indicator identifier (e.g. cla.rate). Without it, --la shows every indicator.",
                               valueName: "ID"))
    var indicator: String?

    @Option(help: ArgumentHelp("The local authority: E-code, DfE number or name.", valueName: "CODE"))
    var la: String?

    @Flag(help: "Rank every authority for the --indicator instead of comparing one.")
    var all = false

    @Option(help: ArgumentHelp("The collection year (2025 = the year ending 31 March 2025).", valueName: "Y"))
    var year: Int

    @Option(help: "The neighbours' statistic: mean, median or pooled.")
    var statistic: ComparatorStatistic = .mean

    @Flag(help: "Apply the DfE's publication suppression (counts of 1 to 5 shown as c).")
    var suppress = false

    @OptionGroup var reference: ReferenceOptions
    @OptionGroup var options: OutputOptions

    func validate() throws {
        try options.requireNoHTML()
        if all {
            guard indicator != nil else { throw ValidationError("--all ranks every authority for one indicator: give --indicator ID") }
            guard la == nil else { throw ValidationError("give --la CODE or --all, not both") }
        } else if la == nil {
            throw ValidationError("give --la CODE (with or without --indicator ID), or --indicator ID with --all")
        }
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let comparer = try stopwatch.measure(.reading) { () throws(ToolError) in try reference.comparer(console: console) }
        guard let indicator else { return try profile(comparer, stopwatch: &stopwatch, on: console) }
        let id = IndicatorID(indicator)
        guard let definition = comparer.catalogue[id] else {
            let known = comparer.table.indicators.filter { comparer.catalogue[$0] != nil }.map(\.rawValue)
            throw .invalidUsage("--indicator \(indicator): not an indicator of the catalogue; the published data has "
                + known.joined(separator: ", "))
        }
        if all { return try ranking(comparer, definition: definition, stopwatch: &stopwatch, on: console) }
        let authority = try Reference.authority(la ?? "", in: comparer.directory)
        let comparison = try stopwatch.measure(.computing) { () throws(ToolError) in
            do throws(ComparisonError) {
                return try comparer.compare(authority.code, indicator: id, year: year, statistic: statistic)
            } catch {
                let years = comparer.table.years(of: id)
                throw .invalidData(error.description + (years.isEmpty ? " (the published data has none)"
                    : " (the published data has \(years.map(String.init).joined(separator: ", ")))"))
            }
        }
        let shown = Publication.suppressing(suppress).shown(comparison, unit: definition.unit)
        if shown.value == nil {
            console.diagnose("note: the published data has no \(id) figure for \(authority.name) in \(year)")
        }
        let report = ComparisonReport(shown, indicator: definition)
        let product: String
        switch options.format {
        case .xlsx:
            return try console.deliver(Workbook([report.table(), IndicatorList(IndicatorCatalogue([definition])).table()]),
                                       to: options.output, stopwatch: stopwatch, timings: options.timings)
        case .json, .html: product = report.json().rendered()
        case .csv: product = report.csv()
        case .text: product = report.text()
        }
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
    }
}

extension ComparatorStatistic: ExpressibleByArgument {}

extension CompareCommand {
    /// `--all`: every authority ranked for the indicator.
    func ranking(_ comparer: NeighbourComparer, definition: Indicator, stopwatch: inout Stopwatch,
                 on console: Console) throws(ToolError) {
        let national = try stopwatch.measure(.computing) { () throws(ToolError) in
            do throws(ComparisonError) {
                return try comparer.compareAll(indicator: definition.id, year: year, statistic: statistic)
            } catch {
                throw .invalidData(error.description + CompareCommand.years(comparer.table.years(of: definition.id)))
            }
        }
        let report = NationalRankingReport(national, publication: .suppressing(suppress))
        try deliver(table: report.table(), definitions: [definition], json: report.json(), text: report.text(),
                    stopwatch: stopwatch, on: console)
    }

    /// `--la` without `--indicator`: the authority on every indicator published for the year.
    func profile(_ comparer: NeighbourComparer, stopwatch: inout Stopwatch, on console: Console) throws(ToolError) {
        let authority = try Reference.authority(la ?? "", in: comparer.directory)
        let report = try stopwatch.measure(.computing) { () throws(ToolError) in
            do throws(ComparisonError) {
                return try AuthorityProfileReport(comparer: comparer, authority: authority.code, year: year,
                                                  statistic: statistic, publication: .suppressing(suppress))
            } catch {
                let years = Set(comparer.table.indicators.flatMap { comparer.table.years(of: $0) }).sorted()
                throw .invalidData("the published data has no indicator for \(year)" + CompareCommand.years(years))
            }
        }
        try deliver(table: report.table(), definitions: report.indicators, json: report.json(), text: report.text(),
                    stopwatch: stopwatch, on: console)
    }

    /// Writes a table in the chosen format: a workbook of it and the definitions, its JSON, CSV or text.
    func deliver(table: ReportTable, definitions: [Indicator], json: JSONValue, text: String, stopwatch: Stopwatch,
                 on console: Console) throws(ToolError) {
        switch options.format {
        case .xlsx:
            let workbook = Workbook([table, IndicatorList(IndicatorCatalogue(definitions)).table()])
            return try console.deliver(workbook, to: options.output, stopwatch: stopwatch, timings: options.timings)
        case .json, .html: try console.deliver(json.rendered(), to: options.output)
        case .csv: try console.deliver(table.csv(), to: options.output)
        case .text: try console.deliver(text, to: options.output)
        }
        stopwatch.report(to: console, if: options.timings)
    }

    /// ` (the published data has 2024, 2025)`, or ` (the published data has none)`.
    static func years(_ years: [Int]) -> String {
        years.isEmpty ? " (the published data has none)"
            : " (the published data has \(years.map(String.init).joined(separator: ", ")))"
    }
}
