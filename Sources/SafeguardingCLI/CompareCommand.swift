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

            Example:
              safeguarding-metrics compare --indicator cla.rate --la E06000009 --year 2025
              safeguarding-metrics compare --indicator referrals.repeat_within_12_months.percent --la 890 \\
                --year 2024 --statistic median --format json
            """)

    @Option(help: ArgumentHelp("The indicator identifier (e.g. cla.rate).", valueName: "ID"))
    var indicator: String

    @Option(help: ArgumentHelp("The local authority: E-code, DfE number or name.", valueName: "CODE"))
    var la: String

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
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let comparer = try stopwatch.measure(.reading) { () throws(ToolError) in try reference.comparer(console: console) }
        let authority = try Reference.authority(la, in: comparer.directory)
        let id = IndicatorID(indicator)
        guard let definition = comparer.catalogue[id] else {
            let known = comparer.table.indicators.filter { comparer.catalogue[$0] != nil }.map(\.rawValue)
            throw .invalidUsage("--indicator \(indicator): not an indicator of the catalogue; the published data has "
                + known.joined(separator: ", "))
        }
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
