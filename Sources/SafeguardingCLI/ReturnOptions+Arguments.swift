import Foundation

extension ReturnOptions {
    /// The arguments that name these returns and the population and postcode files, as another
    /// command reads them: `--ssda903`, `--cin`, `--population` and `--postcodes` with each path made
    /// absolute (so that the command runs from any folder), then the local tables (`--local`) and
    /// `--local-measure`s, so that a local measure's figure can be explained too.
    func fileArguments() -> [String] {
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
        var arguments: [String] = []
        if !ssda903.isEmpty { arguments += ["--ssda903"] + ssda903.map(absolute) }
        if !cin.isEmpty { arguments += ["--cin"] + cin.map(absolute) }
        if let population { arguments += ["--population", absolute(population)] }
        if let postcodes { arguments += ["--postcodes", absolute(postcodes)] }
        if !local.isEmpty { arguments += ["--local"] + local.map(absolute) }
        for measure in localMeasure { arguments += ["--local-measure", measure] }
        return arguments
    }
}
