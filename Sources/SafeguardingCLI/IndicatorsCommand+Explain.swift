import ArgumentParser
import SafeguardingData
import SafeguardingSpreadsheet

extension IndicatorsCommand {
    /// Checks `--explain`, `--cell` and `--pseudonymise-key-file`: child-level lists only with
    /// `--explain`, only to `--output FILE`, for a standard indicator.
    func validateExplanation() throws {
        guard let explain else {
            if cell != nil { throw ValidationError("--cell NAME needs --explain ID: it picks the cell whose records are listed") }
            if pseudonymiseKeyFile != nil {
                throw ValidationError("--pseudonymise-key-file FILE needs --explain ID: only its lists name children")
            }
            return
        }
        if list { throw ValidationError("--explain ID lists records; --list lists definitions: give one of them") }
        let local = inputs.files.localMeasure.compactMap { try? LocalMeasure(specification: $0) }
        let definition: Indicator
        if let measure = local.first(where: { $0.id.rawValue == explain }) {
            // A local measure of the command line is counted as itself, whatever the catalogue says of its id.
            guard measure.indicator.isExplainable else {
                throw ValidationError("--explain \(explain): " + ExplanationError.localMeasure(IndicatorID(explain)).description)
            }
            definition = measure.indicator
        } else {
            guard let standard = IndicatorCatalogue.standard[IndicatorID(explain)], standard.isExplainable else {
                throw ValidationError("--explain \(explain): not an indicator that can be explained; the standard ones are "
                    + IndicatorCatalogue.standard.indicators.filter(\.isExplainable).map(\.id.rawValue).joined(separator: ", ")
                    + ", and a --local-measure of events or episodes")
            }
            definition = standard
        }
        if !indicator.isEmpty { throw ValidationError("--explain ID explains one indicator: leave out --indicator") }
        if suppress { throw ValidationError("--explain ID lists the records themselves: it cannot be --suppress'ed") }
        if options.output == nil {
            throw ValidationError("--explain ID writes child-level records, so it needs --output FILE (never standard output)")
        }
        if cell != nil && breakdown == nil {
            throw ValidationError("--cell NAME needs --breakdown NAME: the cell is one of the breakdown's")
        }
        if let cell, let name = breakdown, let chosen = IndicatorsCommand.breakdown(named: name), !chosen.cellLabels.contains(cell) {
            throw ValidationError("--cell \(cell): not a cell of the \(chosen.rawValue) breakdown; its cells are "
                + chosen.cellLabels.joined(separator: ", "))
        }
        if inputs.postcodes == nil && definition.requirements.postcodes {
            throw ValidationError("--explain \(explain) needs --postcodes FILE (postcode,easting,northing) to measure distances")
        }
    }

    /// The pseudonymiser of `--pseudonymise-key-file`, if given.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` when the key cannot be read or is too short.
    func explanationPseudonymiser() throws(ToolError) -> ChildPseudonymiser? {
        guard let path = pseudonymiseKeyFile else { return nil }
        do {
            return try ChildPseudonymiser(keyFile: path)
        } catch {
            throw .invalidUsage("--pseudonymise-key-file \(path): \(error.reason)")
        }
    }

    /// The format of `--explain`'s file: JSON when asked for or when the file ends `.json`, else CSV.
    var explanationIsJSON: Bool {
        options.format == .json || (options.format == .text && options.output?.lowercased().hasSuffix(".json") == true)
    }

    /// Whether `--explain`'s file is an Excel workbook: asked for with `--format xlsx`, or a file ending `.xlsx`.
    var explanationIsWorkbook: Bool {
        options.format == .xlsx || (options.format == .text && options.output?.lowercased().hasSuffix(".xlsx") == true)
    }

    /// `--explain ID`: the records behind the figure of each requested authority (or its `--cell`),
    /// written to `--output` in one step. Standard error names the file and the number of records,
    /// never a child.
    func writeExplanation(_ id: IndicatorID, request: IndicatorRequest, pseudonymiser: ChildPseudonymiser?,
                          console: Console, stopwatch: inout Stopwatch) throws(ToolError) {
        let explanations: [IndicatorExplanation]
        do {
            let computation = try IndicatorComputation(request)
            explanations = try stopwatch.measure(.computing) { () throws(ExplanationError) in
                try request.areas.map { area throws(ExplanationError) in
                    try computation.explain(id, authority: request.cohort.authorities[Int(area)], cell: cell)
                }
            }
        } catch let error as AggregationError {
            throw .invalidData(error.description)
        } catch let error as ExplanationError {
            throw .invalidData(error.description)
        } catch {
            throw .invalidData("\(error)")
        }
        let report = ExplanationReport(explanations, pseudonymiser: pseudonymiser)
        if explanationIsWorkbook {
            try console.deliver(Workbook(report.tables()), to: options.output)
        } else {
            try console.deliver(explanationIsJSON ? report.json().rendered() : report.csv(), to: options.output)
        }
        let records = explanations.reduce(0) { $0 + $1.records.count }
        console.diagnose("note: \(options.output ?? "the output") holds personal data: \(records) records behind \(id)"
            + (pseudonymiser == nil ? ", by child id" : ", by keyed pseudonym"))
        stopwatch.report(to: console, if: options.timings)
    }
}
