import ArgumentParser
import SafeguardingData

/// `report`: the board's scorecard with neighbour comparisons; with no inputs, the built-in
/// demonstration.
struct ReportCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The outcomes framework scorecard with statistical-neighbour comparisons (the main job).",
        discussion: """
            With no inputs it shows the built-in demonstration: the bundled Blackpool outcomes \
            framework (January 2024) at 2024-01, each row linked to the standard indicator it \
            measures, compared with Blackpool's 2025 statistical neighbours, its region and England \
            in the published DfE figures. With --framework FILE it shows your framework; a row is \
            compared when its id, or its computed_id column, names a published indicator (for \
            example cla.rate), for the authority given with --la.

            Actuals are the framework's own (typed in). Computing them from SSDA903 and CIN census \
            returns needs the aggregation core, which this build does not have yet.

            Example:
              safeguarding-metrics report
              safeguarding-metrics report --format html --output board.html
              safeguarding-metrics report --framework our_framework.csv --la 890 --at 2024-03 --statistic median
            """)

    @Option(help: ArgumentHelp("Your framework: CSV (Blackpool layout) or JSON. Default: the bundled Blackpool one.",
                               valueName: "FILE"))
    var framework: String?

    @Option(help: ArgumentHelp("The authority to compare (E-code, DfE number or name). Default: Blackpool for the "
                               + "demonstration; none for your own framework.", valueName: "CODE"))
    var la: String?

    @Option(help: ArgumentHelp("The date to judge at (yyyy-mm or yyyy-mm-dd).", valueName: "DATE"))
    var at: String?

    @Option(help: ArgumentHelp("The collection year of the published figures to compare (default: the year "
                               + "containing --at, or the nearest one published).", valueName: "Y"))
    var year: Int?

    @Option(help: "The neighbours' statistic: mean, median or pooled.")
    var statistic: ComparatorStatistic = .mean

    @Flag(help: "Apply the DfE's publication suppression to every figure with counts of 1 to 5.")
    var suppress = false

    @OptionGroup var reference: ReferenceOptions
    @OptionGroup var options: OutputOptions

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let demonstration = framework == nil
        let written = try at.map { text throws(ToolError) in try FrameworkInput.date(text) }
        let input = try stopwatch.measure(.reading) { () throws(ToolError) -> FrameworkInput in
            if let framework { return try FrameworkInput(path: framework) }
            return try DemonstrationFramework.load()
        }
        input.reportProblems(to: console)
        let date = written ?? input.defaultDate
        let benchmark = try stopwatch.measure(.reading) { () throws(ToolError) in try reference.benchmark(console: console) }
        let code = la ?? (demonstration ? DemonstrationFramework.authority : nil)
        let authority = try code.map { code throws(ToolError) in try Reference.authority(code, in: benchmark.directory) }
        if authority == nil {
            console.diagnose("note: no --la given, so no row is compared with statistical neighbours")
        }
        let available = Set(benchmark.table.indicators.flatMap { benchmark.table.years(of: $0) }).sorted()
        if let year, !available.contains(year) {
            throw .invalidData("--year \(year): the published figures cover "
                + available.map(String.init).joined(separator: " and ") + " only")
        }
        let comparisonYear = year ?? BoardReport.comparisonYear(for: date, available: available)
        let publication = suppress ? Publication(policy: .dfe) : .internalUse
        let report = stopwatch.measure(.computing) {
            BoardReport(framework: input.loaded.framework, at: date, authority: authority, year: comparisonYear,
                        statistic: statistic, benchmark: benchmark, publication: publication)
        }
        let product: String
        switch options.format {
        case .json: product = report.json().rendered()
        case .csv: product = report.csv()
        case .text: product = report.text()
        case .html: product = report.html()
        }
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
        if let error = input.rejectedRowsError { throw error }
    }
}
