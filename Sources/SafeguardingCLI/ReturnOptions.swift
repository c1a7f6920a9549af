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

    /// Whether return files were given.
    var hasReturns: Bool { !ssda903.isEmpty || !cin.isEmpty }

    /// Whether any input file at all was given.
    var hasInputs: Bool { hasReturns || population != nil || postcodes != nil }
}
