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
            row has a problem with its line (the header is line 1), column and reason. The files are \
            read exactly as 'indicators' reads them (the same flags and layout), and the cohort is \
            built: its problems (an episode ending before it starts, overlapping episodes, a key \
            repeated in a return, records of a child no return describes) are reported at their \
            file and line. SSDA903 CSVs take their authority and year from LA/YEAR columns or the \
            folder (<LA code>/<YYYY>/...); give one --la and --year for files that have neither. \
            --la, --year and --period also select files by their folder. The exit status is 1 when \
            any file cannot be read or any row is rejected (at any severity, a population row of a \
            level that is not read included), 0 when there are at most warnings.

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
        let authorities = try inputs.la.map { code throws(ToolError) in try Reference.code(code, in: directory) }
        let selection = ReturnSelection(authorities: Set(authorities), period: inputs.reportingPeriod)
        let context = try inputs.selection.fileContext(in: directory)
        _ = try inputs.files.localMeasures()
        console.progress("reading and checking the inputs…")
        let report: ValidationReport
        do {
            report = try stopwatch.measure(.reading) { () throws(DataError) in
                try ReturnSet.validate(ssda903: inputs.ssda903, cin: inputs.cin, population: inputs.population,
                                       postcodes: inputs.postcodes, directory: directory, context: context,
                                       local: inputs.files.local, selection: selection,
                                       threads: max(1, inputs.files.threads ?? IndicatorComputation.defaultThreads))
            }
        } catch {
            console.endProgress()
            throw .data(error)
        }
        console.endProgress()
        let product: String
        switch options.format {
        case .json, .html, .xlsx: product = report.json().rendered()
        case .csv: product = report.csv()
        case .text: product = report.text()
        }
        try console.deliver(product, to: options.output)
        stopwatch.report(to: console, if: options.timings)
        let failing = report.files.filter(\.fails)
        if !failing.isEmpty {
            throw .invalidData("\(failing.count) of \(report.files.count) files have errors (rows rejected or the file "
                + "unreadable); see the report")
        }
    }
}
