import ArgumentParser
import SafeguardingData
import SafeguardingSpreadsheet

/// `scorecard`: the status of every row of a framework at a date.
struct ScorecardCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Judge every row of an outcomes framework at a date: target, actual, status, RAG, direction.",
        discussion: """
            The framework is a CSV in the Blackpool layout (id, outcome, indicator, unit, polarity, \
            then columns such as 'baseline 2023-04', 'target 2023-10', 'actual 2023-10') or a \
            framework JSON. --at defaults to the framework's version when it is a date, else its \
            latest actual's date. Problems in the file are listed on standard error with line and \
            column; rows that do not parse make the exit status 1 (the other rows are still shown).

            Example:
              safeguarding-metrics scorecard --framework blackpool_outcomes_framework_2024_01.csv --at 2024-01 --format json
            """)

    @Option(help: ArgumentHelp("The framework: CSV (Blackpool layout), an Excel workbook (.xlsx) in that layout, or JSON.",
                               valueName: "FILE"))
    var framework: String

    @Option(help: ArgumentHelp("The date to judge at: yyyy-mm (a month stands for its last day) or yyyy-mm-dd.",
                               valueName: "DATE"))
    var at: String?

    @Flag(help: "Apply the DfE's publication suppression (actuals with counts of 1 to 5, and count rows' baselines, targets and expected values of 1 to 5, are not shown).")
    var suppress = false

    @Flag(help: "Go on, exiting 0, when framework cells do not parse or a computed_id names no indicator.")
    var lenient = false

    @OptionGroup var options: OutputOptions

    func validate() throws {
        try options.requireNoHTML()
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let written = try at.map { text throws(ToolError) in try FrameworkInput.date(text) }
        let input = try stopwatch.measure(.reading) { () throws(ToolError) in try FrameworkInput(path: framework) }
        let date = written ?? input.defaultDate
        let report = stopwatch.measure(.computing) {
            BoardReport(framework: input.loaded.framework, at: date, authority: nil, year: nil, comparer: nil,
                        publication: .suppressing(suppress), links: input.loaded.links())
        }
        let product: String
        switch options.format {
        case .xlsx:
            try console.deliver(Workbook(report.tables(name: "Scorecard")), to: options.output, stopwatch: stopwatch,
                                timings: options.timings)
            if let error = input.rejectedRowsError { throw error }
            return
        case .json, .html: product = ScorecardJSON.encode(report.scorecard)
        case .csv: product = report.csv()
        case .text: product = report.text()
        }
        let failure = input.rejectedRowsError ?? input.strictError(links: report.links, lenient: lenient)
        input.reportDiagnostics(of: report, failing: failure != nil, to: console)
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
        if let failure { throw failure }
    }
}
