import ArgumentParser
import SafeguardingData

/// The return files a command computes from, with the population and postcode files that go
/// with them: declared once, for `indicators`, `validate` and `report`.
struct ReturnOptions: ParsableArguments {
    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("SSDA903 return folders or files (CSV or XML); folders are searched recursively.",
                               valueName: "DIR"))
    var ssda903: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("CIN census XML files or folders.", valueName: "FILE"))
    var cin: [String] = []

    @Option(help: ArgumentHelp("A population file (ONS layout, or la_code,year,population_0_17). Default: the bundled "
                               + "ONS estimates.", valueName: "FILE"))
    var population: String?

    @Option(help: ArgumentHelp("A postcode file (postcode,easting,northing), for the 20-mile indicator.", valueName: "FILE"))
    var postcodes: String?

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Local tables as CSV (INDICATORS.md §4): events (la,child,date,kind), episodes "
                               + "(la,child,start,end,kind), attendance (la,child,period_start,period_end,possible_sessions,"
                               + "attended_sessions) or audits (la,date,domain,grade).", valueName: "FILE"))
    var local: [String] = []

    @Option(name: .customLong("local-measure"),
            help: ArgumentHelp("A measure on the local tables, ID=TEMPLATE (repeatable), TEMPLATE one of "
                               + LocalMeasure.specificationForms.joined(separator: ", ")
                               + "; e.g. early_help.assessments.rate=event_rate:EHA. A framework row links to it by "
                               + "its computed_id.", valueName: "ID=TEMPLATE"))
    var localMeasure: [String] = []

    @Option(help: ArgumentHelp("How many return files to read at once (default: every core). The results are the same "
                               + "for any number.", valueName: "N"))
    var threads: Int?

    /// Whether return files (or local tables) were given.
    var hasReturns: Bool { !ssda903.isEmpty || !cin.isEmpty || !local.isEmpty }

    /// The `--local-measure`s.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` for one not written `ID=TEMPLATE`.
    func localMeasures() throws(ToolError) -> [LocalMeasure] {
        var measures: [LocalMeasure] = []
        for text in localMeasure {
            do { measures.append(try LocalMeasure(specification: text)) } catch {
                throw .invalidUsage("--local-measure \(error)")
            }
        }
        return measures
    }

    /// Whether any input file at all was given.
    var hasInputs: Bool { hasReturns || population != nil || postcodes != nil }
}
