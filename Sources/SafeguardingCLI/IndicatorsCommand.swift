import ArgumentParser
import SafeguardingData
import SafeguardingSpreadsheet

/// `indicators`: the standard indicators computed from return files, per authority, for a period.
struct IndicatorsCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the standard indicators from SSDA903 and CIN census returns, per authority, for a period.",
        discussion: """
            Reads the returns (SSDA903 folders of CSV or XML, CIN census XML; any number of \
            authorities and years, later returns replacing earlier ones record by record) and \
            computes every indicator of the catalogue, or those named with --indicator, for each \
            authority in the files or each --la. The folders can be one per return, or a dataset \
            as 'generate' writes it (safeguarding-metrics generate --out data --la E06000009 --years 3). The period is --year Y (the collection year ending \
            31 March Y), --period START..END, or by default the latest collection year in the files. \
            Rates use the ONS mid-year estimate of the year the period starts (bundled: mid-2020 to \
            mid-2024; give --population FILE for others); when that estimate is missing, the latest \
            earlier one, with a warning naming both years, so a quarter such as \
            --period 2025-01-01..2025-03-31 uses mid-2024 until mid-2025 is given. A figure whose period \
            the returns do not hold (for the authority and its return, SSDA903 or CIN census) is \
            not_covered, with no value; one whose period they hold in part is partial. The command \
            exits 1 when the returns hold none of the period for any figure. \
            cla.placement.over_20_miles.percent needs --postcodes FILE and is left out without it.

            JSON: {"period":{"start","end","basis"},"areas":[{"la","name","population","population_year", \
            "indicators":[{"id","numerator","denominator","value","display","unit","decimals","state", \
            "coverage","basis","covered_days","population_year"}]}]}. basis is {"kind","days"}, kind \
            12_months, part_year or over_12_months; figures are never annualised here ('report' \
            annualises part-year flows before judging them). \
            value is the exact value: the exact decimal when it has one of at most 18 places, else \
            rounded half up to 12 places; display is rounded half up at the published precision. \
            state is ok, undefined (zero denominator), suppressed (--suppress: a count of 1 to 5, \
            shown as null), partial (covered_days of the period held) or not_covered (none held; \
            every number null, text 'no data'). coverage counts records that could not be classified. Rows that cannot \
            be read are left out with a warning on stderr ('validate' lists them).

            --list prints every indicator of the catalogue (or each --indicator) with its definition \
            instead, and needs no input. JSON: {"indicators":[{"id","title","definition","numerator", \
            "denominator","exclusions","records","notes","unit","decimals","polarity","kind","source", \
            "lookback","requires","published_columns","lait_measure"}]}, lait_measure being the short \
            name of the LAIT measure that is the same figure (null where there is none).

            --breakdown NAME splits every indicator into cells (age_band, sex, ethnicity, \
            ethnic_group, disability, primary_need, initial_category_of_abuse, \
            latest_category_of_abuse, placement_group, referral_source). A rate's cells are undefined unless \
            --breakdown-populations FILE (la_code,year,breakdown,cell,population; cell spelt as the \
            breakdown's labels, e.g. age_band 5-9, sex Female) gives each cell its population. JSON: \
            each indicator gains "breakdown":{"name","cells":[{"cell","count","share","numerator", \
            "denominator","value","display","state","population"}]}, count being the cell's numerator \
            (for an average, its number of scores), share the count's exact percentage of the cells' \
            total, population the cell's (null when it has none); a suppressed cell's numbers are \
            all null. CSV gains the columns breakdown,cell: the total row (cell empty), then a row \
            per cell, whose population is the cell's. Text adds a table of cells per indicator.

            --explain ID lists the records behind one indicator's figure for each authority (or each \
            --la), or with --cell NAME behind one cell of the --breakdown, and writes them to \
            --output FILE (required: child-level lists never go to standard output or a report): \
            CSV, JSON with --format json or a FILE ending .json, or an Excel workbook with --format \
            xlsx or a FILE ending .xlsx (a 'Personal data' sheet first, then 'Records'). A \
            --local-measure of events or episodes is explained too (its records local_event or \
            local_episode); one of attendance or audits is a usage error. One row per record the \
            counting \
            decided on, with counted_in (numerator, denominator_only, excluded), coverage (empty or \
            coverage kinds), the child, the record and its key date, and the facts that decided it. \
            The file opens with a notice that it holds personal data. --pseudonymise-key-file KEY \
            replaces every child id with HMAC-SHA-256(key, id) in hexadecimal, the key being the \
            file's bytes (at least 16; one final line ending ignored): the same child gets the same \
            pseudonym in every file made with that key, and another key gives another.

            Example:
              safeguarding-metrics indicators --ssda903 data --cin data --population data/population.csv \\
                --postcodes data/postcodes.csv --year 2025 --format json
              safeguarding-metrics indicators --ssda903 data --cin data --la 888 --indicator cla.rate --indicator cpp.rate
              safeguarding-metrics indicators --ssda903 data --cin data --year 2025 --indicator cpp.rate \\
                --breakdown age_band --breakdown-populations population_by_age.csv --format csv
              safeguarding-metrics indicators --list --format json
              safeguarding-metrics indicators --ssda903 data --cin data --year 2025 --la E06000009 \\
                --explain referrals.repeat_within_12_months.percent --output rereferrals.csv
            """)

    @OptionGroup var inputs: InputOptions

    @Option(help: ArgumentHelp("An indicator to compute (repeatable). Default: the whole standard catalogue.",
                               valueName: "ID"))
    var indicator: [String] = []

    @Flag(help: "Apply the DfE's publication suppression: figures with a count of 1 to 5 are suppressed.")
    var suppress = false

    @Option(help: ArgumentHelp("Split every indicator into the cells of a breakdown (age_band, sex, ethnicity, …).",
                               valueName: "NAME"))
    var breakdown: String?

    @Option(help: ArgumentHelp("Populations by breakdown cell (la_code,year,breakdown,cell,population), for rates "
                               + "per cell; needs --breakdown.", valueName: "FILE"))
    var breakdownPopulations: String?

    @Flag(help: "Print every indicator (or each --indicator) with its definition, and compute nothing.")
    var list = false

    @Option(help: ArgumentHelp("List the records behind this indicator's figure (child-level: needs --output FILE).",
                               valueName: "ID"))
    var explain: String?

    @Option(help: ArgumentHelp("With --explain, only the records of this cell of the --breakdown.", valueName: "NAME"))
    var cell: String?

    @Option(help: ArgumentHelp("With --explain, replace child ids by HMAC-SHA-256 under the key in FILE.",
                               valueName: "FILE"))
    var pseudonymiseKeyFile: String?

    @OptionGroup var options: OutputOptions

    func validate() throws {
        try options.requireNoHTML()
        try validateExplanation()
        if !list && !inputs.files.hasReturns {
            throw ValidationError("give the returns to compute from: --ssda903 DIR and/or --cin FILE (and --local FILE)")
        }
        let measures = inputs.files.localMeasure.compactMap { try? LocalMeasure(specification: $0) }
        let catalogue = IndicatorCatalogue.standard.including(measures)
        for id in indicator where catalogue[IndicatorID(id)] == nil {
            throw ValidationError("--indicator \(id): not an indicator of the catalogue; it has "
                + catalogue.indicators.map(\.id.rawValue).joined(separator: ", "))
        }
        if let breakdown, IndicatorsCommand.breakdown(named: breakdown) == nil {
            throw ValidationError("--breakdown \(breakdown): not a breakdown; use one of "
                + IndicatorsCommand.breakdowns.map(\.rawValue).joined(separator: ", "))
        }
        if breakdownPopulations != nil && breakdown == nil {
            throw ValidationError("--breakdown-populations FILE needs --breakdown NAME: the populations are of its cells")
        }
        for id in indicator where !list && inputs.postcodes == nil
            && catalogue[IndicatorID(id)]?.requirements.postcodes == true {
            throw ValidationError("--indicator \(id) needs --postcodes FILE (postcode,easting,northing) to measure distances")
        }
    }

    func execute(on console: Console) throws(ToolError) {
        if list { return try listIndicators(on: console) }
        // Read before the returns, so that a bad key stops the run before any child is read.
        let pseudonymiser = try explanationPseudonymiser()
        var stopwatch = Stopwatch()
        let returns = try ReturnSet.load(inputs.files, selection: inputs.selection, console: console, stopwatch: &stopwatch)
        let areas = try returns.areas(named: inputs.la)
        let period: ReportingPeriod
        if let asked = inputs.reportingPeriod {
            period = asked
        } else if let latest = returns.latestCollectionYear(of: areas) {
            period = .collectionYear(latest)
            console.diagnose("note: no --year or --period given, so the latest collection year in the files: \(period)")
        } else {
            throw .invalidData("the input files hold no returns for " + returns.describe(areas.map { returns.cohort.authorities[Int($0)] }))
        }
        var request: IndicatorRequest
        do { request = try returns.request(period: period) } catch { throw .returns(error) }
        request.areas = areas
        let measures = try inputs.files.localMeasures()
        request.catalogue = request.catalogue.including(measures)
        if let explain {
            request.indicators = [IndicatorID(explain)]
        } else if !indicator.isEmpty {
            request.indicators = indicator.map { IndicatorID($0) }
        } else if returns.positions == nil, !(inputs.ssda903.isEmpty && inputs.cin.isEmpty) {
            for left in request.catalogue.indicators where left.requirements.postcodes {
                console.diagnose("note: \(left.id) is left out: it needs --postcodes FILE")
            }
        }
        if indicator.isEmpty {
            // Local tables alone compute the local measures alone: no standard indicator from no return.
            let standard = inputs.ssda903.isEmpty && inputs.cin.isEmpty ? [] : request.indicators
            request.indicators = standard + measures.map(\.id).filter { !standard.contains($0) }
        }
        request.suppression = suppress ? .dfe : nil
        if let name = breakdown, let chosen = IndicatorsCommand.breakdown(named: name) {
            request.breakdown = chosen
            if let path = breakdownPopulations {
                request.breakdownPopulations = try returns.breakdownPopulations(path: path, console: console, stopwatch: &stopwatch)
            } else if request.asksForRates {
                console.diagnose("note: a rate's \(chosen.rawValue) cells are undefined (z) without "
                    + "--breakdown-populations FILE giving each cell its population")
            }
        }
        warnAboutCoverage(request, returns: returns, console: console)
        if let explain {
            return try writeExplanation(IndicatorID(explain), request: request, pseudonymiser: pseudonymiser, console: console,
                                        stopwatch: &stopwatch)
        }
        let results: IndicatorResults
        do {
            let computation = try IndicatorComputation(request)
            results = stopwatch.measure(.computing) { computation.compute() }
        } catch {
            throw .invalidData(error.description)
        }
        for warning in results.populationWarnings { console.diagnose("warning: " + warning) }
        let notes = Set(results.areas.flatMap { $0.indicators.flatMap { result in result.notes.map { "\(result.id): \($0)" } } })
        for note in notes.sorted() { console.diagnose("note: " + note) }
        let report = IndicatorsReport(results, directory: returns.directory)
        let product: String
        switch options.format {
        case .xlsx: return try console.deliver(Workbook(report.tables()), to: options.output, stopwatch: stopwatch, timings: options.timings)
        case .json, .html: product = report.json().rendered()
        case .csv: product = report.csv()
        case .text: product = report.text()
        }
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
        if results.holdsNothing {
            throw .invalidData("the returns hold none of \(period) for "
                + returns.describe(areas.map { returns.cohort.authorities[Int($0)] })
                + ": every figure is not_covered. Give the returns for that period, or a --year or --period they cover")
        }
    }

    /// The breakdowns `--breakdown` accepts: every one but `none`.
    static let breakdowns = Breakdown.allCases.filter { $0 != .none }

    /// The breakdown `--breakdown` names (its raw value, in any case), if it is one.
    static func breakdown(named name: String) -> Breakdown? {
        Breakdown(rawValue: name.lowercased()).flatMap { breakdowns.contains($0) ? $0 : nil }
    }

    /// `--list`: the definitions of the catalogue, or of the `--indicator`s, in the chosen format.
    func listIndicators(on console: Console) throws(ToolError) {
        let catalogue = IndicatorCatalogue.standard
        var seen = Set<IndicatorID>()
        let named = indicator.map { IndicatorID($0) }.filter { seen.insert($0).inserted }
        let list = IndicatorList(indicator.isEmpty ? catalogue : IndicatorCatalogue(named.compactMap { catalogue[$0] }))
        let product: String
        switch options.format {
        case .xlsx: return try console.deliver(Workbook([list.table()]), to: options.output)
        case .json, .html: product = list.json()
        case .csv: product = list.csv()
        case .text: product = list.text()
        }
        try console.deliver(product, to: options.output)
    }

    /// Notes on stderr an area whose returns do not cover the whole period (its flow figures
    /// would count only part of it).
    func warnAboutCoverage(_ request: IndicatorRequest, returns inputs: ReturnSet, console: Console) {
        for area in request.areas {
            for source in [IndicatorSource.cinCensus, .ssda903]
            where request.indicators.contains(where: { request.catalogue[$0]?.source == source }) {
                guard !inputs.covers(request.period, area: area, source: source, kind: .flow) else { continue }
                let code = request.cohort.authorities[Int(area)]
                let years = inputs.collectionYears(of: area, source: source).sorted()
                let what = source == .cinCensus ? "CIN census" : "SSDA903"
                console.diagnose("warning: the \(what) returns for \(inputs.name(of: code)) (\(code)) "
                    + (years.isEmpty ? "are not in the input" : "cover collection years " + years.map(String.init).joined(separator: ", "))
                    + ", not all of \(request.period); its \(what) figures are partial (only what the returns hold) "
                    + "or not_covered (no value)")
            }
        }
    }
}
