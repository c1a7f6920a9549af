import ArgumentParser
import Foundation
import SafeguardingData

/// `validate`: a data-quality report for input files.
struct ValidateCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check return, population and postcode files: rows read, accepted, rejected, and every problem.",
        discussion: """
            Every row is accounted for: rows_read = rows_accepted + rows_rejected, and each rejected \
            row has a problem with its line (the header is line 1), column and reason. SSDA903 CSVs \
            take their authority and year from LA/YEAR columns or the folder (<LA code>/<YYYY>/...); \
            give one --la and --year for files that have neither. --la, --year and --period also \
            select files by their folder. The exit status is 1 when any file cannot be read or any \
            row is rejected, 0 when there are at most warnings.

            Example:
              safeguarding-metrics validate --ssda903 data/E06000009/2025/ssda903 --cin data/E06000009/2025/cin \\
                --population data/population.csv --year 2025 --format json
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var options: OutputOptions

    func validate() throws {
        try options.requireNoHTML()
        try options.requireNoWorkbook()
        try inputs.requireInput()
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let directory = try Reference.directory()
        let authorities = try inputs.la.map { code throws(ToolError) in try Reference.authority(code, in: directory) }
        let wanted = Set(authorities.map(\.code))
        let fallback = authorities.count == 1 ? inputs.year.map { ReturnContext(authority: authorities[0].code, collectionYear: $0) } : nil
        let resolve = ReturnContext.resolver(directory)
        let period = inputs.reportingPeriod

        var planned: [(path: String, kind: FileKind, context: ReturnContext?)] = []
        var skipped: [FileReport] = []
        for path in inputs.ssda903 {
            let listed = try ValidateCommand.files(under: path, extensions: ["csv", "xml"], what: "SSDA903")
            skipped += listed.skipped
            for file in listed.files {
                planned.append((file, file.lowercased().hasSuffix(".xml") ? .ssda903XML : .ssda903CSV,
                                ReturnContext(path: file, resolve: resolve) ?? fallback))
            }
        }
        for path in inputs.cin {
            let listed = try ValidateCommand.files(under: path, extensions: ["xml"], what: "CIN census")
            skipped += listed.skipped
            for file in listed.files {
                planned.append((file, .cin, ReturnContext(path: file, resolve: resolve) ?? fallback))
            }
        }
        let selected = planned.filter { file in
            guard let context = file.context else { return true }
            if !wanted.isEmpty && !wanted.contains(context.authority) { return false }
            if let period {
                let year = ReportingPeriod.collectionYear(context.collectionYear)
                return year.start <= period.end && period.start <= year.end
            }
            return true
        }
        if !planned.isEmpty && selected.isEmpty {
            let found = Set(planned.compactMap { $0.context.map { "\($0.authority) \($0.collectionYear)" } }).sorted()
            throw .invalidData("no input file is for " + authorities.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
                + (inputs.year.map { " in \($0)" } ?? "") + "; the files are for " + found.joined(separator: ", "))
        }

        var reports = skipped
        var builder = CohortBuilder()
        for (index, file) in selected.enumerated() {
            if selected.count > 1 { console.progress("reading \(index + 1)/\(selected.count) \(file.path)") }
            let report = stopwatch.measure(.reading) {
                ValidateCommand.read(file.path, kind: file.kind, context: file.context, resolve: resolve, into: &builder)
            }
            reports.append(report)
        }
        console.endProgress()
        if let population = inputs.population {
            reports.append(stopwatch.measure(.reading) {
                ValidateCommand.readPopulation(population, directory: directory, period: period,
                                               authorities: wanted.isEmpty ? Set(selected.compactMap(\.context?.authority)) : wanted)
            })
        }
        if let postcodes = inputs.postcodes {
            reports.append(stopwatch.measure(.reading) { () -> FileReport in
                do throws(DataError) { return try PostcodeLookup.read(path: postcodes).report } catch {
                    return ValidateCommand.unreadable(postcodes, error)
                }
            })
        }
        let report = ValidationReport(reports)
        let product: String
        switch options.format {
        case .json, .html, .xlsx: product = report.json().rendered()
        case .csv: product = report.csv()
        case .text: product = report.text()
        }
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
        let failing = reports.filter { !$0.errors.isEmpty }
        if !failing.isEmpty {
            throw .invalidData("\(failing.count) of \(reports.count) files have errors (rows rejected or the file "
                + "unreadable); see the report")
        }
    }
}
