import ArgumentParser
import SafeguardingData

/// The published figures and neighbour list a comparison uses: the bundled ones unless files
/// are given.
struct ReferenceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Published figures in the DfE layout of the bundled la_csc_indicators file "
                               + "(default: the bundled 2024 and 2025 figures).", valueName: "FILE"))
    var published: String?

    @Option(help: ArgumentHelp("A statistical-neighbour list in the long layout (new_la_code, sn_rank, "
                               + "sn_new_la_code, closeness); default: the bundled 2025 list.", valueName: "FILE"))
    var neighbours: String?

    /// The comparer over the chosen files; problems in given files are written to stderr.
    func comparer(console: Console) throws(ToolError) -> NeighbourComparer {
        guard published != nil || neighbours != nil else { return try Reference.comparer() }
        let directory = try Reference.directory()
        do throws(DataError) {
            let table: IndicatorTable
            if let published {
                let result = try IndicatorTable.read(path: published, columns: PublishedColumn.dfeChildrensSocialCare,
                                                     directory: directory)
                result.report.problems.forEach { console.diagnose($0.description) }
                table = result.value
            } else {
                table = try ReferenceData.publishedIndicators(directory: directory)
            }
            let list: StatisticalNeighbourSet
            if let neighbours {
                let name = neighbours.split(separator: "/").last.map(String.init) ?? neighbours
                let version = name.split(separator: ".").first.map(String.init) ?? name
                let result = try StatisticalNeighbourSet.read(path: neighbours, version: version, directory: directory)
                result.report.problems.forEach { console.diagnose($0.description) }
                list = result.value
            } else {
                list = try ReferenceData.statisticalNeighbours2025Set(directory: directory)
            }
            return NeighbourComparer(table: table, neighbours: list)
        } catch {
            throw .data(error)
        }
    }
}
