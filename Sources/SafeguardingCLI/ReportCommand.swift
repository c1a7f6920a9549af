import Foundation
import ArgumentParser
import SafeguardingData
import SafeguardingSpreadsheet

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
            computed and compared when its id, or its computed_id column, names an indicator (for \
            example cla.rate; 'indicators --list' lists them), for the authority given with --la. A \
            row without one is suggested the standard indicator its title and unit match, never \
            linked silently; an unknown computed_id exits 1 naming the nearest ids. Local measures \
            (early help, audits, attendance) are computed from --local tables with --local-measure \
            ID=TEMPLATE, linked by computed_id.

            Actuals of linked rows are computed from returns. With no inputs they come from a \
            deterministic synthetic cohort generated for the demonstration (seed 903, collection \
            years 2021 to 2024, scaled to the authority's ONS population; not real data). With \
            --ssda903 DIR and --cin FILE (folders of the layout 'generate' writes, or one folder per \
            return) they come from your returns, for the authority given with --la (default: the \
            only one in the files). Each actual date stands for the period ending on it: a month \
            (2023-10) for the rolling 12 months ending on its last day (2022-11-01 to 2023-10-31), a \
            day for the 12 months ending that day; flow measures (referrals, starts) count events in \
            that period, snapshot measures (children looked after, on a plan) are taken on its last \
            day. With returns, --year Y or --period START..END also computes every linked row for that \
            period, dated at its end, and judges the scorecard there unless --at is given. A row's \
            basis column (rolling 12 months, year to date, quarter) says which period its dates stand \
            for. A flow count or rate over a period that is not 12 months (a quarter, nine months) is \
            annualised by days (x 365 / days) before it is judged against a 12-month target, and every \
            format says "annualised from N days" beside it; a row with target_basis 'pro rata' has its \
            target pro-rated instead. A period the returns do not hold shows "no data" (or the typed-in \
            actual, if any); a rate whose population estimate is missing uses the latest earlier one, \
            with a warning naming both years. An actual that needs --postcodes for distances stays \
            typed in, with a note on stderr. Typed-in actuals that \
            differ from the computed ones are reported (disagrees_with_computed). Every output says \
            which actuals are computed and which typed in.

            Example:
              safeguarding-metrics report
              safeguarding-metrics report --format html --output board.html
              safeguarding-metrics report --framework our_framework.csv --la 890 --at 2024-03 --statistic median
              safeguarding-metrics report --ssda903 data --cin data --la E06000009 --year 2025
              safeguarding-metrics report --framework ours.xlsx --ssda903 data --cin data --la E06000009 \
                --write-framework ours_next_quarter.xlsx --format xlsx --output board.xlsx

            --write-framework FILE writes the framework back (CSV, or a workbook for .xlsx) with each \
            computed actual in its 'actual DATE' column (a new column for a date the framework did not \
            have), rounded at the row's decimals, with its numerator and denominator columns.
            """)

    @Option(help: ArgumentHelp("Your framework: CSV (Blackpool layout), an Excel workbook (.xlsx) in that layout, or JSON. "
                               + "Default: the bundled Blackpool one.", valueName: "FILE"))
    var framework: String?

    @Option(help: ArgumentHelp("Also write the framework with the computed actuals filled in, ready for next quarter: "
                               + "an Excel workbook when FILE ends in .xlsx, else CSV (never an input file).",
                               valueName: "FILE"))
    var writeFramework: String?

    @Option(help: ArgumentHelp("The date to judge at (yyyy-mm or yyyy-mm-dd).", valueName: "DATE"))
    var at: String?

    @Option(help: ArgumentHelp("The report's title (default: the framework's framework_title column, else its file name).",
                               valueName: "TEXT"))
    var title: String?

    @Option(help: "The paper the HTML report prints on: a4 or letter.")
    var paper: BoardReport.Paper = .a4

    @Option(help: "The neighbours' statistic: mean, median or pooled.")
    var statistic: ComparatorStatistic = .mean

    @Flag(help: "Apply the DfE's publication suppression to every figure with counts of 1 to 5.")
    var suppress = false

    @Flag(help: "Go on, exiting 0, when framework cells do not parse or a computed_id names no indicator.")
    var lenient = false

    /// Returns to compute actuals from (`--population` and `--postcodes` go with them).
    @OptionGroup var returns: ReturnOptions
    /// `--la` (one: the authority compared; default Blackpool for the demonstration, none for a
    /// framework of your own), `--year` (the published figures compared, default the year
    /// containing `--at`; with returns also a period to compute) and `--period` (with returns).
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var reference: ReferenceOptions
    @OptionGroup var options: OutputOptions

    /// Whether return files were given.
    var hasReturns: Bool { returns.hasReturns }

    /// The authority named with `--la`.
    var la: String? { selection.la.first }

    func validate() throws {
        if !hasReturns, returns.population != nil || returns.postcodes != nil || selection.period != nil {
            throw ValidationError("--population, --postcodes and --period go with returns: give --ssda903 DIR and/or --cin FILE")
        }
        if selection.la.count > 1 { throw ValidationError("give one --la: the report is for one authority") }
        if !returns.localMeasure.isEmpty && returns.local.isEmpty {
            throw ValidationError("--local-measure counts the local tables: give them with --local FILE")
        }
    }

    /// The periods to compute besides the framework's own dates: `--period`, or `--year` with returns.
    var extraPeriods: [ReportingPeriod] {
        guard hasReturns, let period = selection.reportingPeriod else { return [] }
        return [period]
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let demonstration = framework == nil && !hasReturns
        let written = try at.map { text throws(ToolError) in try FrameworkInput.date(text) }
        var input = try stopwatch.measure(.reading) { () throws(ToolError) -> FrameworkInput in
            if let framework { return try FrameworkInput(path: framework) }
            return try FrameworkInput.demonstration()
        }
        if let title { input.loaded.framework.name = title }
        let comparer = try stopwatch.measure(.reading) { () throws(ToolError) in try reference.comparer(console: console) }
        let cohort = try loadCohort(console: console, stopwatch: &stopwatch)
        let extra = extraPeriods
        let date = written ?? extra.first.map { FrameworkDate.day($0.end) } ?? input.defaultDate
        let code = cohort.map { $0.returns.cohort.authorities[Int($0.area)] } ?? la ?? (demonstration ? Demonstration.authority : nil)
        // An authority the returns name by a well-formed code the directory does not know is
        // reported on, but has no published figures or neighbours to be compared with.
        let unlisted = cohort.map { $0.returns.directory[code ?? ""] == nil } ?? false
        let authority = unlisted ? nil : try code.map { code throws(ToolError) in try Reference.authority(code, in: comparer.directory) }
        /// The report's own notes, listed with the framework's diagnostics.
        var notes: [String] = []
        if unlisted, let code {
            notes.append("\(code) is not in the directory of local authorities, so no row is compared with statistical neighbours")
        } else if authority == nil {
            notes.append("no --la given, so no row is compared with statistical neighbours")
        }
        let available = comparer.publishedYears
        let year = selection.year
        var comparisonYear = year ?? BoardReport.comparisonYear(for: date, available: available)
        if let year, !available.contains(year) {
            let covered = available.map(String.init).joined(separator: " and ")
            guard hasReturns else { throw .invalidData("--year \(year): the published figures cover \(covered) only") }
            comparisonYear = BoardReport.comparisonYear(for: .day(ReportingPeriod.collectionYear(year).end), available: available)
            notes.append("the published figures cover \(covered) only, so the comparisons are for \(comparisonYear.map(String.init) ?? "none")")
        }
        let catalogue = comparer.catalogue.including(try returns.localMeasures())
        var actuals = FrameworkActuals()
        if let cohort {
            actuals = stopwatch.measure(.computing) {
                FrameworkActuals(framework: input.loaded.framework, at: date, extra: extra, returns: cohort.returns,
                                 area: cohort.area, catalogue: catalogue, computedFrom: cohort.description,
                                 synthetic: cohort.synthetic)
            }
            if !cohort.synthetic { actuals.returnArguments = returns.fileArguments() }
            if let period = extra.first, !period.isRollingYear {
                notes.append("the actuals at \(period.end) are for --period \(period) (\(period.basis)), not 12 "
                    + "months: flow counts and rates are annualised from \(period.dayCount) days before they are judged")
            }
        }
        if let writeFramework {
            // The title goes with the framework when it is not just the file's name.
            let stem = ((input.path as NSString).lastPathComponent as NSString).deletingPathExtension
            try FrameworkInput.write(actuals.filledIn(input.loaded.framework), to: writeFramework,
                                     titled: input.loaded.framework.name != stem, console: console)
        }
        var report = stopwatch.measure(.computing) {
            BoardReport(framework: input.loaded.framework, at: date, actuals: actuals, authority: authority,
                        year: comparisonYear, statistic: statistic, comparer: comparer,
                        publication: .suppressing(suppress), links: input.loaded.links(catalogue: catalogue))
        }
        // The summary's computed trends: only the HTML draws them.
        if let cohort, options.format == .html {
            report = try stopwatch.measure(.computing) { () throws(ToolError) in
                do throws(AggregationError) {
                    return try report.addingSeries(from: cohort.returns, area: cohort.area, catalogue: catalogue)
                } catch {
                    throw .invalidData("the quarterly trends could not be computed: \(error)")
                }
            }
        }
        // Each card's published history (LAIT 2016-2025): only the HTML draws it.
        if options.format == .html, authority != nil {
            let history = try stopwatch.measure(.reading) { () throws(ToolError) -> NeighbourComparer in
                do throws(DataError) { return try ReferenceData.historyComparer(catalogue: catalogue) } catch { throw .data(error) }
            }
            report = report.addingHistory(history)
        }
        let product: String
        switch options.format {
        case .xlsx:
            try console.deliver(Workbook(report.tables()), to: options.output, stopwatch: stopwatch, timings: options.timings)
            if let error = input.rejectedRowsError { throw error }
            return
        case .json: product = report.json().rendered()
        case .csv: product = report.csv()
        case .text: product = report.text()
        case .html: product = report.html(paper: paper)
        }
        let failure = input.rejectedRowsError ?? input.strictError(links: report.links, lenient: lenient)
        input.reportDiagnostics(of: report, actuals: actuals, notes: notes, failing: failure != nil, to: console)
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
        if let failure { throw failure }
    }
}

extension ReportCommand {
    /// The returns the actuals are computed from, the authority's index in them, and in words what they are.
    struct ActualsCohort {
        var returns: ReturnSet
        var area: UInt16
        var description: String
        var synthetic: Bool
    }

    /// The returns given, or the demonstration's synthetic cohort when the report has no inputs
    /// and no framework of its own; `nil` for a framework of its own with no returns (typed-in
    /// actuals only).
    func loadCohort(console: Console, stopwatch: inout Stopwatch) throws(ToolError) -> ActualsCohort? {
        if hasReturns {
            let loaded = try ReturnSet.load(returns, selection: selection, console: console, stopwatch: &stopwatch)
            let area: UInt16
            if let la {
                area = try loaded.areas(named: [la])[0]
            } else if loaded.cohort.authorities.count == 1 {
                area = 0
            } else {
                throw .invalidUsage("the returns hold \(loaded.describe(loaded.cohort.authorities)); say which to report "
                    + "with --la CODE")
            }
            return ActualsCohort(returns: loaded, area: area, description: loaded.description(of: area), synthetic: false)
        }
        guard framework == nil else { return nil }
        let directory = try Reference.directory()
        let authority = try Reference.authority(la ?? Demonstration.authority, in: directory)
        console.progress("generating the demonstration cohort…")
        let generated: ReturnSet?
        do {
            generated = try stopwatch.measure(.computing) { () throws(DataError) in
                try Demonstration.returns(for: authority, directory: directory)
            }
        } catch {
            console.endProgress()
            throw .data(error)
        }
        console.endProgress()
        guard let generated else {
            throw .invalidData("the demonstration needs a current authority with bundled population estimates; "
                + "\(authority.name) (\(authority.code)) has none. Give its returns with --ssda903 and --cin")
        }
        return ActualsCohort(returns: generated, area: 0, description: Demonstration.description(of: authority), synthetic: true)
    }
}

extension BoardReport.Paper: ExpressibleByArgument {}

extension ReportingPeriod {
    /// Whether the period is 12 whole months: the rolling year ending on its last day.
    var isRollingYear: Bool { self == .rolling12Months(endingOn: end) }
}

extension FrameworkInput {
    /// Writes `framework` to `path` for `--write-framework`: a workbook when the name ends in
    /// `.xlsx`, CSV otherwise, replacing the file in one step; with `titled`, the framework's name
    /// in a `framework_title` column.
    ///
    /// - Throws: ``ToolError`` when the file cannot be created or written (a previous file of that
    ///   name is then unchanged).
    static func write(_ framework: OutcomesFramework, to path: String, titled: Bool = false,
                      console: Console) throws(ToolError) {
        let bytes: [UInt8]
        if LoadedFramework.isWorkbook(path) {
            do { bytes = try FrameworkWorkbook.workbook(framework, titled: titled).bytes() } catch {
                throw .outputFailed("cannot make the framework workbook: \(error.message)")
            }
        } else {
            bytes = Array(FrameworkCSV.write(framework, titled: titled).utf8)
        }
        try console.deliver(bytes, to: path, option: "--write-framework")
    }
}
