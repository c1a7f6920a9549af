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
            period, dated at its end, and judges the scorecard there unless --at is given. An actual \
            the returns cannot give (a period they do not cover, no population estimate, no \
            --postcodes for distances) stays typed in, with a note on stderr. Typed-in actuals that \
            differ from the computed ones are reported (disagrees_with_computed). Every output says \
            which actuals are computed and which typed in.

            Example:
              safeguarding-metrics report
              safeguarding-metrics report --format html --output board.html
              safeguarding-metrics report --framework our_framework.csv --la 890 --at 2024-03 --statistic median
              safeguarding-metrics report --ssda903 data --cin data --la E06000009 --year 2025
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
                               + "containing --at, or the nearest one published); with returns, also a period to "
                               + "compute.", valueName: "Y"))
    var year: Int?

    @Option(help: ArgumentHelp("With returns, a period to compute, START..END (yyyy-mm-dd..yyyy-mm-dd).",
                               valueName: "START..END"))
    var period: String?

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("SSDA903 return folders or files (CSV or XML) to compute actuals from.", valueName: "DIR"))
    var ssda903: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("CIN census XML files or folders.", valueName: "FILE"))
    var cin: [String] = []

    @Option(help: ArgumentHelp("With returns, a population file (default: the bundled ONS estimates).", valueName: "FILE"))
    var population: String?

    @Option(help: ArgumentHelp("With returns, a postcode file (postcode,easting,northing) for the 20-mile indicator.",
                               valueName: "FILE"))
    var postcodes: String?

    @Option(help: "The neighbours' statistic: mean, median or pooled.")
    var statistic: ComparatorStatistic = .mean

    @Flag(help: "Apply the DfE's publication suppression to every figure with counts of 1 to 5.")
    var suppress = false

    @OptionGroup var reference: ReferenceOptions
    @OptionGroup var options: OutputOptions

    /// Whether return files were given.
    var hasReturns: Bool { !ssda903.isEmpty || !cin.isEmpty }

    func validate() throws {
        if !hasReturns, population != nil || postcodes != nil || period != nil {
            throw ValidationError("--population, --postcodes and --period go with returns: give --ssda903 DIR and/or --cin FILE")
        }
        if year != nil && period != nil { throw ValidationError("give --year or --period, not both") }
        if let period, (try? ReportingPeriod(parsing: period)) == nil || !period.contains("..") {
            throw ValidationError("--period \(period): write START..END as yyyy-mm-dd..yyyy-mm-dd, the start not after the end")
        }
    }

    /// The periods to compute besides the framework's own dates: `--period`, or `--year` with returns.
    var extraPeriods: [ReportingPeriod] {
        guard hasReturns else { return [] }
        if let period, let parsed = try? ReportingPeriod(parsing: period) { return [parsed] }
        return year.map { [ReportingPeriod.collectionYear($0)] } ?? []
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let demonstration = framework == nil && !hasReturns
        let written = try at.map { text throws(ToolError) in try FrameworkInput.date(text) }
        let input = try stopwatch.measure(.reading) { () throws(ToolError) -> FrameworkInput in
            if let framework { return try FrameworkInput(path: framework) }
            return try DemonstrationFramework.load()
        }
        input.reportProblems(to: console)
        let comparer = try stopwatch.measure(.reading) { () throws(ToolError) in try reference.comparer(console: console) }
        let cohort = try loadCohort(console: console, stopwatch: &stopwatch)
        let extra = extraPeriods
        let date = written ?? extra.first.map { FrameworkDate.day($0.end) } ?? input.defaultDate
        let code = cohort.map { $0.inputs.cohort.authorities[Int($0.area)] } ?? la ?? (demonstration ? DemonstrationFramework.authority : nil)
        let authority = try code.map { code throws(ToolError) in try Reference.authority(code, in: comparer.directory) }
        if authority == nil {
            console.diagnose("note: no --la given, so no row is compared with statistical neighbours")
        }
        let available = Set(comparer.table.indicators.flatMap { comparer.table.years(of: $0) }).sorted()
        var comparisonYear = year ?? BoardReport.comparisonYear(for: date, available: available)
        if let year, !available.contains(year) {
            let covered = available.map(String.init).joined(separator: " and ")
            guard hasReturns else { throw .invalidData("--year \(year): the published figures cover \(covered) only") }
            comparisonYear = BoardReport.comparisonYear(for: .day(ReportingPeriod.collectionYear(year).end), available: available)
            console.diagnose("note: the published figures cover \(covered) only, so the comparisons are for \(comparisonYear.map(String.init) ?? "none")")
        }
        let publication = suppress ? Publication(policy: .dfe) : .internalUse
        var computed = FrameworkActuals()
        if let cohort {
            computed = stopwatch.measure(.computing) {
                FrameworkActuals(framework: input.loaded.framework, at: date, extra: extra, inputs: cohort.inputs, area: cohort.area)
            }
            computed.notes.forEach { console.diagnose("note: " + $0) }
            if let period = extra.first, !period.isRollingYear {
                console.diagnose("note: the actuals at \(period.end) are for --period \(period), not 12 months")
            }
        }
        let report = stopwatch.measure(.computing) {
            BoardReport(framework: input.loaded.framework, at: date, computed: computed.actuals,
                        computedFrom: cohort?.description, synthetic: cohort?.synthetic ?? false, authority: authority,
                        year: comparisonYear, statistic: statistic, comparer: comparer, publication: publication)
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

extension ReportCommand {
    /// The cohort the actuals are computed from, the authority's index in it, and in words what it is.
    struct ActualsCohort {
        var inputs: CohortInputs
        var area: UInt16
        var description: String
        var synthetic: Bool
    }

    /// The returns given, or the demonstration's synthetic cohort when the report has no inputs
    /// and no framework of its own; `nil` for a framework of its own with no returns (typed-in
    /// actuals only).
    func loadCohort(console: Console, stopwatch: inout Stopwatch) throws(ToolError) -> ActualsCohort? {
        if hasReturns {
            let inputs = try CohortInputs(ssda903: ssda903, cin: cin, population: population, postcodes: postcodes,
                                          console: console, stopwatch: &stopwatch)
            let area: UInt16
            if let la {
                area = try inputs.areas([la])[0]
            } else if inputs.cohort.authorities.count == 1 {
                area = 0
            } else {
                throw .invalidUsage("the returns hold \(inputs.describe(inputs.cohort.authorities)); say which to report "
                    + "with --la CODE")
            }
            let code = inputs.cohort.authorities[Int(area)]
            let years = inputs.cohort.returns.filter { $0.authority == area }.map(\.collectionYear)
            let span = years.min().map { first in first == years.max()! ? "collection year \(first)" : "collection years \(first) to \(years.max()!)" }
            return ActualsCohort(inputs: inputs, area: area,
                                 description: "the returns given for \(inputs.name(of: code)) (\(code))" + (span.map { ", \($0)" } ?? ""),
                                 synthetic: false)
        }
        guard framework == nil else { return nil }
        let authority = try Reference.authority(la ?? DemonstrationFramework.authority, in: try Reference.directory())
        let inputs = try DemonstrationCohort.load(for: authority, console: console, stopwatch: &stopwatch)
        return ActualsCohort(inputs: inputs, area: 0, description: DemonstrationCohort.description(of: authority), synthetic: true)
    }
}
